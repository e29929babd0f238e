// `npm run import -- <file> [--out file.json] [--lang ar] [--name id]`: converts a TimelineJS or CSV/TSV file into
// our timeline JSON. Notes and problems go to stderr so that stdout carries only the JSON and can be piped.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { importTimeline } from '../src/lib/import/index';
import { problemLine } from '../src/lib/model/problems';
import { Lang } from '../src/lib/model/schema';

const USAGE = 'usage: npm run import -- <file> [--out timeline.json] [--lang en] [--name timeline-id]';

function usage(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(2);
}

function parse() {
	try {
		return parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, lang: { type: 'string' }, name: { type: 'string' } } });
	} catch (e) {
		usage((e as Error).message);
	}
}
const args = parse();
const [file, ...extra] = args.positionals;
if (args.values.lang !== undefined && !Lang.safeParse(args.values.lang).success) usage(`--lang ${args.values.lang} is not a language tag such as en or ar`);
if (!file) usage('no file given');
if (extra.length > 0) usage(`one file at a time (also given: ${extra.join(' ')})`);

let text: string;
try {
	text = readFileSync(file, 'utf8');
} catch (e) {
	usage(`cannot read ${file}: ${(e as Error).message}`);
}

// --name replaces the file's own name (which gives the timeline its id and title) but keeps its extension.
const name = args.values.name ? `${args.values.name}${extname(file)}` : basename(file);
const r = importTimeline(text, { name, lang: args.values.lang });
for (const note of r.notes) console.error(`note: ${note.where}: ${note.message}`);
if (!r.ok) {
	for (const p of r.problems) console.error(`problem: ${problemLine(p)}`);
	console.error(`not imported${r.format ? ` from ${r.format}` : ''}: ${r.message}`);
	process.exit(1);
}
const json = `${JSON.stringify({ $schema: './timeline.schema.json', ...r.timeline }, null, 2)}\n`;
if (args.values.out) {
	try {
		writeFileSync(args.values.out, json);
	} catch (e) {
		usage(`cannot write ${args.values.out}: ${(e as Error).message}`);
	}
} else process.stdout.write(json);
const notes = `${r.notes.length} note${r.notes.length === 1 ? '' : 's'}`;
console.error(`imported ${r.timeline.events.length} event${r.timeline.events.length === 1 ? '' : 's'} from ${r.format}; ${notes}${args.values.out ? ` → ${args.values.out}` : ''}`);
