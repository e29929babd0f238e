// `npm run validate -- <file…>`: prints every problem (JSON path, item id, message) and every warning of each file.
// Exits 0 when all are valid (warnings allowed), 1 on any problem, 2 on no arguments or a file it cannot read.
import { readFileSync } from 'node:fs';
import { decodeTimelineBytes, parseJsonText, validateTimeline } from '../src/lib/model/validate';
import { timelineWarnings } from '../src/lib/model/warnings';
import { pathLine } from '../src/lib/model/problems';
import { grouped } from '../src/lib/model/text';

const USAGE = 'usage: npm run validate -- <timeline.json> [more.json …]';

const files = process.argv.slice(2);

const plural = (n: number, word: string) => `${grouped(n)} ${word}${n === 1 ? '' : 's'}`;

let failed = false;
let unreadable = files.length === 0;
for (const file of files) {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		const { code } = e as NodeJS.ErrnoException;
		const why = { ENOENT: 'there is no such file', EISDIR: 'it is a directory', EACCES: 'permission denied' }[code ?? ''] ?? (e as Error).message;
		console.error(`${file}: cannot read it: ${why}`);
		unreadable = true;
		continue;
	}
	const text = decodeTimelineBytes(bytes);
	const json = text.ok ? parseJsonText(text.value) : text;
	if (!json.ok) {
		console.log(`${file}: ${json.message}`);
		failed = true;
		continue;
	}
	const r = validateTimeline(json.value);
	if (!r.ok) {
		failed = true;
		console.log(`${file}: ${plural(r.problems.length, 'problem')}`);
		for (const p of r.problems) console.log(`  ${pathLine(p)}`);
		continue;
	}
	const warnings = timelineWarnings(r.timeline);
	console.log(`${file}: valid (${plural(r.timeline.events.length, 'event')}${warnings.length ? `, ${plural(warnings.length, 'warning')}` : ''})`);
	for (const w of warnings) console.log(`  warning: ${pathLine(w)}`);
}
if (unreadable) console.error(USAGE);
// Not process.exit(): that would cut off output still queued for a pipe (a file's ten thousand problems, say).
process.exitCode = unreadable ? 2 : failed ? 1 : 0;
