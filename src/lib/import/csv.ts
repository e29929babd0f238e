/**
 * ## Our CSV and TSV format
 *
 * One event per row; the first row names the columns. Save the file as UTF-8 (a byte order mark is fine),
 * comma-separated (`.csv`) or tab-separated (`.tsv`). Column names ignore case, and spaces and underscores are
 * alike: `Source Publisher`, `source_publisher` and `SOURCE PUBLISHER` are the same column. Only `start` and
 * `title` are required; columns may come in any order.
 *
 * | column | required | meaning |
 * |---|---|---|
 * | `id` | no | the event's id (lowercase letters, digits, hyphens); if empty, made from the title: `Server patched` → `server-patched` |
 * | `start` | yes | ISO 8601; its form is its precision: `2019`, `2019-05`, `2019-05-13`, `2019-05-13T19:52Z` (a time needs `Z` or an offset such as `+03:00`) |
 * | `end` | no | the same form; makes the event a range |
 * | `part` | no | `early`, `mid` or `late`, for a start given as a month or a year |
 * | `earliest`, `latest` | no | when the sources disagree or are vague: the window the event happened in (both or neither; it must include `start`) |
 * | `uncertainty_note` | no | why the date is uncertain, in the import language (`uncertainty_note:ar` in another) |
 * | `title` | yes | the event's title, in the import language (`--lang`, default `en`) |
 * | `description` | no | the event's text; if empty, the title is repeated |
 * | `title:ar`, `description:ar` | no | the same in another language: any BCP 47 tag after the colon (`title:fr`, `description:pt-BR`) |
 * | `actors` | no | names separated by `;` (`Example Corp; City Council`); each name becomes an actor of kind `other`; none → "Not attributed" (Arabic: "غير منسوب") |
 * | `category` | no | a name; each name becomes a category; none → "Uncategorized" (Arabic: "غير مصنّف") |
 * | `status` | no | `confirmed`, `reported`, `alleged`, `disputed` or `denied`; empty → `reported` |
 * | `importance` | no | 1 (most) to 5 |
 * | `time_zone` | no | the IANA zone the sources state times in, e.g. `Europe/Dublin` |
 * | `source_url` | no | the source's address (`https:` or `http:`) |
 * | `source_publisher` | no | who published it; empty → the URL's host name |
 * | `source_title` | no | its title; empty → the URL's host name |
 * | `source_published` | no | when it was published (ISO 8601); leave empty for an undated page |
 * | `source_quote` | no | a short extract that supports the event |
 * | `source_primary` | no | `yes` for a primary record (a court filing, a regulator's statement) |
 * | `source2_url`, `source2_publisher`, … | no | a second source, and so on: `source3_…`, `source4_…`; `source1_…` is `source_…` |
 * | `date`, `precision` | no | written by the app's CSV export (export/data.ts) for reading; not read (noted) |
 *
 * Rows are counted as in a spreadsheet (the header is row 1); empty rows are skipped. A row without sources is
 * imported as unsourced: readers see "no source given". Every default filled in and everything left out (unknown
 * columns, a source without a URL) is listed in the import notes. A value that does not fit, such as the date
 * `13/05/2019` or the status `rumour`, stops the import with a problem naming the row and the value: dates are
 * never guessed. The timeline's id and title come from the file name and its `asOf` is the import date; edit
 * them afterwards.
 */
import type { Source, Status } from '../model/schema';
import { STATUSES } from '../model/status';
import { isTimeZone } from '../model/dates';
import { parseIsoDate } from '../model/date-check';
import { readHeader, type Column, type Field, type SourceField } from './csv-columns';
import { isBlank, parseTable, rowName, type Delimiter } from './table';
import { several } from './notes';
import { oneLine, webHost } from './host';
import { fault, type Context, type Converted, type DraftEvent, type Fault, type Texts } from './draft';

export function convertCsv(text: string, delimiter: Delimiter, ctx: Context): Converted {
	const rows = parseTable(text, delimiter);
	const header = readHeader(rows[0] ?? [], ctx.lang);
	if (header.missing.length > 0) {
		const has = (rows[0] ?? []).filter((c) => c.trim()).map((c) => `"${c.trim()}"`).join(', ') || 'nothing';
		const need = header.missing.map((k) => `"${k}"`).join(' and ');
		return { ok: false, faults: [fault('the header', `needs the column${header.missing.length > 1 ? 's' : ''} ${need}; it has ${has}`)] };
	}
	for (const { cell, why } of header.skipped) ctx.notes.add(`column "${cell.trim()}"`, why);
	const faults: Fault[] = [];
	const events: DraftEvent[] = [];
	rows.forEach((cells, i) => {
		if (i === 0 || isBlank(cells)) return;
		if (cells.slice(header.columns.length).some((c) => c.trim() !== '')) {
			ctx.notes.tally('extra cells', rowName(i), (n) => `cells beyond the header's columns${several(n, 'row')}: not carried over`);
		}
		const event = convertRow(cells, header.columns, rowName(i), ctx, faults);
		if (event) events.push(event);
	});
	return faults.length > 0 ? { ok: false, faults } : { ok: true, draft: { languages: header.languages, events, eras: [] } };
}

function convertRow(cells: string[], columns: (Column | undefined)[], where: string, ctx: Context, faults: Fault[]): DraftEvent | undefined {
	const fields: Partial<Record<Field, string>> = {};
	const title: Texts = {};
	const description: Texts = {};
	const note: Texts = {};
	const sources = new Map<number, Partial<Record<SourceField, string>>>();
	columns.forEach((column, j) => {
		const value = (cells[j] ?? '').trim();
		if (!column || value === '') return;
		if (column.kind === 'field') fields[column.name] = value;
		else if (column.kind === 'text' && column.name === 'title') title[column.lang ?? ctx.lang] = oneLine(value);
		else if (column.kind === 'text') (column.name === 'description' ? description : note)[column.lang ?? ctx.lang] = value;
		else sources.set(column.n, { ...sources.get(column.n), [column.name]: value });
	});
	const before = faults.length;
	const bad = (field: string, message: string) => faults.push(fault(where, message, { field }));
	const date = (field: string, value: string | undefined) => {
		if (value === undefined) return undefined;
		const r = parseIsoDate(value);
		if (!r.ok) bad(field, `${field}: ${r.message}`);
		return value;
	};

	if (fields.start === undefined) bad('start', 'no start date: every event needs one');
	const start = date('start', fields.start);
	const end = date('end', fields.end);
	const earliest = date('earliest', fields.earliest);
	const latest = date('latest', fields.latest);
	if ((earliest === undefined) !== (latest === undefined)) bad(earliest === undefined ? 'earliest' : 'latest', 'earliest and latest go together: give both, or neither');
	const noted = Object.keys(note).length > 0;
	if (noted && earliest === undefined && latest === undefined) ctx.notes.add(where, 'uncertainty_note without earliest and latest was not carried over');
	if (!title[ctx.lang]) bad('title', 'no title: every event needs one');
	const part = oneOf(fields.part, ['early', 'mid', 'late'] as const, 'part', bad);
	const status = oneOf(fields.status, STATUSES, 'status', bad) as Status | undefined;
	if (fields.importance !== undefined && !/^[1-5]$/.test(fields.importance)) {
		bad('importance', `importance "${clip(fields.importance)}" is not a whole number from 1 to 5`);
	}
	if (fields.time_zone !== undefined && !isTimeZone(fields.time_zone)) {
		bad('time_zone', `time_zone "${clip(fields.time_zone)}" is not an IANA time zone name (e.g. UTC, Europe/Dublin)`);
	}
	const kept: Source[] = [];
	for (const [n, s] of [...sources].sort(([a], [b]) => a - b)) {
		const name = n === 1 ? 'source' : `source${n}`;
		const source = toSource(s, name, where, ctx, bad, date);
		if (source) kept.push(source);
	}
	if (faults.length > before) return undefined;
	return {
		where,
		id: fields.id,
		start: start as string,
		end,
		part,
		uncertainty: earliest && latest ? { earliest, latest, note: noted ? note : undefined } : undefined,
		title,
		description,
		actors: [...new Set((fields.actors ?? '').split(';').map(oneLine).filter(Boolean))],
		category: fields.category === undefined ? undefined : oneLine(fields.category),
		status,
		importance: fields.importance === undefined ? undefined : Number(fields.importance),
		timeZone: fields.time_zone,
		sources: kept
	};
}

function toSource(
	s: Partial<Record<SourceField, string>>,
	name: string,
	where: string,
	ctx: Context,
	bad: (field: string, message: string) => void,
	date: (field: string, value: string | undefined) => string | undefined
): Source | undefined {
	if (s.url === undefined) {
		ctx.notes.add(where, `${name} has no URL and was not carried over (a source needs a link)`);
		return undefined;
	}
	const web = webHost(s.url);
	if (!web.ok) {
		bad(`${name}_url`, `${name}_url "${clip(s.url)}": ${web.message}`);
		return undefined;
	}
	const host = web.host;
	const primary = s.primary === undefined ? undefined : /^(yes|y|true|1|x)$/i.test(s.primary) ? true : /^(no|n|false|0)$/i.test(s.primary) ? false : null;
	if (primary === null) bad(`${name}_primary`, `${name}_primary "${clip(s.primary as string)}" is not yes or no`);
	if (!s.publisher) ctx.notes.tally('publisher from host', where, (n) => `a source without a publisher${several(n, 'row')}: its publisher is the link's host name`);
	if (!s.title) ctx.notes.tally('title from host', where, (n) => `a source without a title${several(n, 'row')}: its title is the link's host name`);
	const published = date(`${name}_published`, s.published);
	const source: Source = { publisher: oneLine(s.publisher ?? host), title: oneLine(s.title ?? host), url: s.url };
	if (published !== undefined) source.published = published;
	if (s.quote !== undefined) source.quote = s.quote;
	if (primary) source.primary = true;
	return source;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], field: string, bad: (field: string, message: string) => void): T | undefined {
	if (value === undefined) return undefined;
	const v = value.toLowerCase() as T;
	if (allowed.includes(v)) return v;
	bad(field, `${field} "${clip(value)}" is not one of ${allowed.join(', ')}`);
	return undefined;
}

function clip(s: string): string {
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
