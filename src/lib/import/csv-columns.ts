// The header of our CSV/TSV format: which column holds which part of an event (documented in csv.ts).
import { Lang } from '../model/schema';
import { headerKey } from './table';

export type Field = 'id' | 'start' | 'end' | 'part' | 'earliest' | 'latest' | 'actors' | 'category' | 'status' | 'importance' | 'time_zone';
export type TextField = 'title' | 'description' | 'uncertainty_note';
export type SourceField = 'url' | 'publisher' | 'title' | 'published' | 'quote' | 'primary';

export type Column =
	| { kind: 'field'; name: Field }
	| { kind: 'text'; name: TextField; lang: string | undefined }
	| { kind: 'source'; n: number; name: SourceField };

const FIELDS: Record<string, Field> = {
	id: 'id', start: 'start', end: 'end', part: 'part', earliest: 'earliest', latest: 'latest', actors: 'actors', category: 'category',
	status: 'status', importance: 'importance', time_zone: 'time_zone', timezone: 'time_zone'
};

/** Columns the app's CSV export adds for people to read (export/data.ts); dates are read from `start` and `end`. */
const FOR_READING = new Set(['date', 'precision']);
const READING = 'not read: the dates come from "start" and "end" (the app\'s CSV export writes this column for reading)';

export interface Header {
	/** The meaning of each column, or undefined for a column that is not carried over. */
	columns: (Column | undefined)[];
	/** Languages of `title:xx` and `description:xx` columns. */
	languages: string[];
	/** What is wrong with the header as a whole, if anything. */
	missing: string[];
	/** Notes on columns: unknown ones, repeated ones. */
	skipped: { cell: string; why: string }[];
}

export function readHeader(cells: readonly string[], lang: string): Header {
	const seen = new Set<string>();
	const languages = new Set<string>();
	const skipped: Header['skipped'] = [];
	const columns = cells.map((cell) => {
		const column = columnOf(headerKey(cell), lang);
		if (!column) {
			if (cell.trim() !== '') skipped.push({ cell, why: FOR_READING.has(headerKey(cell)) ? READING : 'not carried over: our CSV format has no such column' });
			return undefined;
		}
		const key = column.kind === 'source' ? `source${column.n}_${column.name}` : column.kind === 'text' ? `${column.name}:${column.lang ?? lang}` : column.name;
		if (seen.has(key)) {
			skipped.push({ cell, why: 'appears twice; the later column was ignored' });
			return undefined;
		}
		seen.add(key);
		if (column.kind === 'text' && column.lang) languages.add(column.lang);
		return column;
	});
	const missing = ['start', `title:${lang}`].filter((k) => !seen.has(k)).map((k) => k.replace(/:.*/, ''));
	return { columns, languages: [...languages], missing, skipped };
}

function columnOf(key: string, lang: string): Column | undefined {
	if (key in FIELDS) return { kind: 'field', name: FIELDS[key] };
	const text = /^(title|description|uncertainty_note)(?::(.+))?$/.exec(key);
	if (text) {
		const tag = text[2];
		if (tag === undefined || tag === lang.toLowerCase()) return { kind: 'text', name: text[1] as TextField, lang: undefined };
		return Lang.safeParse(tag).success ? { kind: 'text', name: text[1] as TextField, lang: tag } : undefined;
	}
	const source = /^source_?(\d*)_(url|publisher|title|published|quote|primary)$/.exec(key);
	if (source) {
		const n = source[1] === '' ? 1 : Number(source[1]);
		return n >= 1 && n <= 99 ? { kind: 'source', n, name: source[2] as SourceField } : undefined;
	}
	return undefined;
}
