// Files that are not JSON at all, or not quite: each is named with its line and column, never drawn.
import { timeline, notJson, renders, type HostileCase } from './timeline';

const cut = (before: string, keep = 0) => () => {
	const t = timeline();
	return t.slice(0, t.indexOf(before) + keep);
};

export const SYNTAX: HostileCase[] = [
	{ name: 'an empty file', text: '', expect: notJson('The file is empty.') },
	{ name: 'a file of white space only', text: ' \n\t\r\n ', expect: notJson('The file is empty.') },
	{ name: 'a byte-order mark before a valid timeline', text: `\uFEFF${timeline()}`, expect: renders(3) },
	{ name: 'a trailing comma after the last field', text: timeline().replace(/\n}$/, ',\n}'), expect: notJson('a comma before "}": JSON allows none after the last item') },
	{ name: 'a trailing comma in a list, with its line and column', text: '{\n  "format": 1,\n  "languages": ["en",]\n}', expect: notJson('line 3, column 21: a comma before "]"') },
	{ name: 'a file cut off between fields', text: cut('"events"'), expect: notJson('the file ends too early: a "{" is never closed') },
	{ name: 'a file cut off inside a text', text: cut('Hostile', 3), expect: notJson('quoted text that is never closed') },
	{ name: 'single quotes', text: "{'format': 1, 'id': 'x'}", expect: notJson('line 1, column 2: single quotes') },
	{ name: 'names without quotes (JavaScript, not JSON)', text: '{format: 1}', expect: notJson('a name without double quotes: format') },
	{ name: 'a comment before the timeline', text: `// exported by hand\n${timeline()}`, expect: notJson('line 1, column 1: expected a value, found "/"') },
	{ name: 'NaN as a number', text: timeline().replace('"format": 1', '"format": NaN'), expect: notJson('a word without quotes: NaN') },
	{ name: 'two timelines one after the other', text: timeline() + timeline(), expect: notJson('more after the end of the JSON: "{"') },
	{ name: 'a raw line break inside a text', text: '{"title": "two\nlines"}', expect: notJson('line 1, column 15: a line break (write it as \\n) inside quotes') },
	{ name: 'a backslash that escapes nothing (a Windows path)', text: '{"title": "C:\\dir"}', expect: notJson('"\\d" is not an escape JSON knows') },
	{ name: 'a web page instead of JSON', text: '<!doctype html><html><body>Not found</body></html>', expect: notJson('this looks like a web page (HTML), not JSON') },
	{ name: 'a binary file (a PNG header)', text: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', expect: notJson('is this a binary file?') },
	{ name: '100,000 arrays opened and never closed', text: () => '['.repeat(100_000), expect: notJson('100,000 brackets are never closed') }
];
