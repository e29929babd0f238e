// `npm run validate -- <file…>`: prints every problem with its path, item id and message; exits 1 on any.
import { readFileSync } from 'node:fs';
import { validateTimeline } from '../src/lib/model/validate';
import { problemLine } from '../src/lib/model/problems';

const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('usage: npm run validate -- <timeline.json> [more.json …]');
	process.exit(2);
}
let failed = 0;
for (const file of files) {
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
	} catch (e) {
		console.log(`${file}: cannot read as JSON: ${(e as Error).message}`);
		failed++;
		continue;
	}
	const r = validateTimeline(json);
	if (r.ok) {
		console.log(`${file}: valid (${r.timeline.events.length} events)`);
	} else {
		failed++;
		console.log(`${file}: ${r.problems.length} problem${r.problems.length > 1 ? 's' : ''}`);
		for (const p of r.problems) console.log(`  ${problemLine(p)}`);
	}
}
process.exit(failed ? 1 : 0);
