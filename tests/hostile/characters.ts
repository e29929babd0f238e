// What text fields may hold: markup shown as text; no controls, half characters or direction controls left open.
import { timeline, problem, renders, type HostileCase, type Json } from './timeline';

const SCRIPT = '<script>alert("xss")</script>';
const MARKUP = `${SCRIPT}<img src=x onerror=alert(1)><a href="javascript:alert(1)">link</a>{@html x}{{x}}`;

/** Sets every text field of the timeline to what `text` makes of the field's name. */
function everyText(t: Json, text: (field: string) => string): void {
	t.title = SCRIPT;
	t.summary = text('summary');
	for (const x of [...t.actors, ...t.categories, ...t.eras]) Object.assign(x, { name: text('name'), description: text('description') });
	for (const e of t.events) {
		Object.assign(e, { title: text('title'), description: text('description') });
		e.uncertainty = { earliest: e.start, latest: e.end ?? e.start, note: text('note') };
		if (e.annotation) e.annotation.text = text('callout');
		for (const s of e.sources) Object.assign(s, { publisher: text('publisher'), title: text('source'), quote: text('quote') });
	}
	for (const s of t.story) Object.assign(s, { title: text('step'), annotation: text('annotation'), notes: text('notes') });
	t.corrections = [{ date: '2026-01-01', text: text('correction') }];
}

/** A case that sets one field of the second event (or the timeline) and expects `message` at `path`. */
const field = (name: string, set: (t: Json) => void, message: string, path: string): HostileCase => ({ name, text: timeline(set), expect: problem(message, path) });

export const CHARACTERS: HostileCase[] = [
	{ name: 'HTML and script in every text field', text: timeline((t) => everyText(t, (f) => `${MARKUP} (${f})`)), expect: renders(3, SCRIPT) },
	field('a bell (U+0007) in a title', (t) => (t.events[1].title = 'Bell\u0007'), '"title" holds the control character U+0007 at character 5', 'events[1].title'),
	field('a NUL (U+0000) in a description', (t) => (t.events[1].description = '\u0000x'), '"description" holds the control character U+0000 at character 1', 'events[1].description'),
	field('an ANSI escape (U+001B) in a title', (t) => (t.events[1].title = '\u001b[2Jcleared'), '"title" holds the control character U+001B at character 1', 'events[1].title'),
	field('DEL (U+007F) in a publisher', (t) => (t.events[1].sources[0].publisher = 'Ex\u007Fample'), '"publisher" holds the control character U+007F at character 3', 'events[1].sources[0].publisher'),
	field('a C1 control (U+0085, next line) in a quote', (t) => (t.events[1].sources[0].quote = 'a\u0085b'), '"quote" holds the control character U+0085 at character 2', 'events[1].sources[0].quote'),
	field('a C1 control (U+009B, a terminal escape) in the summary', (t) => (t.summary = 'x\u009B31m'), '"summary" holds the control character U+009B at character 2', 'summary'),
	field('a tab in a title', (t) => (t.events[1].title = 'Tab\there'), '"title" holds a tab (U+0009) at character 4; it must be one line', 'events[1].title'),
	field('a line break in a name', (t) => (t.actors[0].name = 'Two\nlines'), '"name" holds a line break (U+000A) at character 4; it must be one line', 'actors[0].name'),
	{ name: 'tabs and line breaks in a description', text: timeline((t) => (t.events[1].description = 'One\tcolumn\r\nNext line\n\nNew paragraph')), expect: renders(3) },
	field('an unpaired surrogate in a title', (t) => (t.events[1].title = 'Half \uD83D here'), 'half a character (the unpaired surrogate U+D83D) at character 6', 'events[1].title'),
	field('a lone low surrogate in a description', (t) => (t.events[1].description = '\uDE00'), 'the unpaired surrogate U+DE00', 'events[1].description'),
	field('U+FFFD in a title (a file decoded from another encoding)', (t) => (t.events[1].title = 'Caf\uFFFD'), '"title" holds U+FFFD, the mark of an unreadable character, at character 4', 'events[1].title'),
	field('a blank title', (t) => (t.events[1].title = ' \u3000 '), '"title" must not be empty or only spaces', 'events[1].title'),
	field(
		'a right-to-left override (U+202E) never closed',
		(t) => (t.events[1].title = 'Invoice \u202Efdp.exe'),
		'"title" opens U+202E RIGHT-TO-LEFT OVERRIDE at character 9 and never closes it',
		'events[1].title'
	),
	field(
		'a right-to-left isolate (U+2067) never closed, in Arabic',
		(t) => {
			t.languages = ['en', 'ar'];
			t.events[1].description = { en: 'Fine.', ar: 'نص \u2067عربي' };
		},
		'"description" (ar) opens U+2067 RIGHT-TO-LEFT ISOLATE at character 4',
		'events[1].description.ar'
	),
	field('an override closed only by a line break', (t) => (t.events[1].description = 'a\u202Db\nc\u202C'), 'opens U+202D LEFT-TO-RIGHT OVERRIDE at character 2', 'events[1].description'),
	field('a pop (U+202C) that closes nothing', (t) => (t.categories[0].name = 'Attack\u202C'), '"name" holds U+202C POP DIRECTIONAL FORMATTING at character 7, which closes nothing', 'categories[0].name'),
	field('an isolate closed by the wrong pop', (t) => (t.events[1].title = '\u2066x\u202C'), 'holds U+202C POP DIRECTIONAL FORMATTING at character 3', 'events[1].title'),
	{
		name: 'isolates and embeddings that close (balanced)',
		text: timeline((t) => {
			t.events[1].title = 'Said \u2067«نعم»\u2069 and \u202Bقال\u202C';
			t.events[2].description = '\u2068NSO\u2069 \u202E\u2066x\u2069\u202C\nSecond paragraph';
		}),
		expect: renders(3)
	},
	{
		name: 'Arabic with direction marks (U+200E, U+200F, U+061C)',
		text: timeline((t) => {
			t.languages = ['ar', 'en'];
			t.title = { ar: 'خط زمني \u200Fللاختبار\u200E NSO', en: 'Test' };
			t.summary = { ar: 'الرقم \u061C-5 \u200F(NSO Group)\u200F', en: 'Test' };
		}),
		expect: renders(3, 'خط زمني')
	},
	field('a right-to-left override in an id', (t) => (t.events[1].id = 'evil\u202Eexe'), 'an id is 1–80 lowercase letters', 'events[1].id'),
	field('a 1 MB title', (t) => (t.title = 'x'.repeat(1 << 20)), '"title" is too long: 1,048,576 characters (at most 300)', 'title'),
	field('an 11,000-character description', (t) => (t.events[1].description = 'd'.repeat(11_000)), '"description" is too long: 11,000 characters (at most 10,000)', 'events[1].description'),
	{
		name: 'texts at their longest (300-character title, 10,000-character description, in emoji)',
		text: timeline((t) => {
			t.events[1].title = '😀'.repeat(300);
			t.events[1].description = 'd'.repeat(10_000);
		}),
		expect: renders(3)
	},
	field('a 1 MB field name', (t) => (t['k'.repeat(1 << 20)] = 1), `unknown field "${'k'.repeat(80)}…"`, '(the file)')
];
