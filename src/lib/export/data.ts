// The shown events as data: a CSV for spreadsheets and a smaller timeline in our own format. Pure, no DOM.
import { csvFormat } from 'd3-dsv';
import { min, max } from 'd3-array';
import type { Timeline } from '../model/schema';
import { loOf, hiOf, byTime, startOf, type Item } from '../model/items';
import { toPreciseDate } from '../model/dates';
import { localize } from '../model/localize';
import { formatEventDate } from '../time/format';
import { baseLanguage } from '../i18n/locale';
import type { SourceField, TextField } from '../import/csv-columns';

/**
 * The CSV header: the columns of our import format (import/csv.ts), so that a file saved here opens again in the app
 * with its texts and sources, and `date` and `precision` for reading (the import takes dates from `start` and `end`).
 * Stable machine names, in English whatever the language of the values. After them, for each other language of the
 * timeline, its texts as the import reads them (`title:ar`, `description:ar`, `uncertainty_note:ar`), and then one
 * group of SOURCE_COLUMNS for each source of the event with the most: `source_url`, `source_publisher`, …, then
 * `source2_url`, ….
 */
export const CSV_COLUMNS = [
	'id', 'start', 'end', 'part', 'earliest', 'latest', 'date', 'precision', 'title', 'description', 'uncertainty_note',
	'actors', 'category', 'status', 'importance', 'time_zone'
] as const;
/** The texts of an event that the import reads in more than one language (`title:ar`); the other names have one. */
export const TEXT_COLUMNS = ['title', 'description', 'uncertainty_note'] as const satisfies readonly TextField[];
export const SOURCE_COLUMNS = ['url', 'publisher', 'title', 'published', 'quote', 'primary'] as const satisfies readonly SourceField[];

/** The name of a column of the `n`th source (from 1), as the import reads it. */
export const sourceColumn = (n: number, name: (typeof SOURCE_COLUMNS)[number]) => `${n === 1 ? 'source' : `source${n}`}_${name}`;

/**
 * Excel on Windows reads a CSV without a byte-order mark in the legacy code page, which garbles Arabic; with it, Excel,
 * LibreOffice and Google Sheets all read UTF-8 (the latter two drop the mark). d3-dsv ends lines with `\n` rather
 * than RFC 4180's CRLF: all three read that, and quote-wrapped line breaks inside a cell, without trouble.
 */
const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes an apostrophe to text a spreadsheet would run as a formula, as OWASP advises. Only free text from the
 * data goes through it (title, description, uncertainty note, actors, category, the sources' publishers, titles and
 * quotes): the other columns cannot start that way, since the schema holds ids, statuses and parts to lowercase
 * letters and digits, dates to ISO years of four digits, importance to 1–5, zones to IANA names, URLs to http(s),
 * and the formatted date comes from Intl. Leaving them alone keeps them machine-readable.
 */
function neutralize(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * CSV of the shown events (one row each, in the given order), values in `lang` (falling back to the timeline's first
 * language), and the texts in the timeline's other languages as they are (empty where the data has none).
 */
export function eventsCsv(timeline: Timeline, items: readonly Item[], lang: string, zone: string): string {
	const fallback = timeline.languages[0];
	const text = (v: Parameters<typeof localize>[0]) => localize(v, lang, fallback);
	// The language of the untagged columns (`lang` may be a locale tag, or a language the timeline lacks).
	const main = [lang, baseLanguage(lang)].find((l) => timeline.languages.includes(l)) ?? fallback;
	const others = timeline.languages.filter((l) => l !== main);
	const exact = (v: Parameters<typeof localize>[0], l: string) => (v === undefined || typeof v === 'string' ? '' : (v[l] ?? ''));
	const actorNames = new Map(timeline.actors.map((a) => [a.id, text(a.name)]));
	const categoryNames = new Map(timeline.categories.map((c) => [c.id, text(c.name)]));
	let sources = 0;
	const rows = items.map((item) => {
		const { event } = item;
		const row: Record<string, string> = {
			id: event.id,
			start: event.start,
			end: event.end ?? '',
			part: event.part ?? '',
			earliest: event.uncertainty?.earliest ?? '',
			latest: event.uncertainty?.latest ?? '',
			date: formatEventDate(item, lang, zone),
			precision: startOf(item).precision,
			title: neutralize(text(event.title)),
			description: neutralize(text(event.description)),
			uncertainty_note: neutralize(event.uncertainty?.note === undefined ? '' : text(event.uncertainty.note)),
			actors: neutralize(event.actors.map((id) => actorNames.get(id) ?? id).join('; ')),
			category: neutralize(categoryNames.get(event.category) ?? event.category),
			status: event.status,
			importance: event.importance === undefined ? '' : String(event.importance),
			time_zone: event.timeZone ?? ''
		};
		const texts = { title: event.title, description: event.description, uncertainty_note: event.uncertainty?.note };
		for (const l of others) for (const name of TEXT_COLUMNS) row[`${name}:${l}`] = neutralize(exact(texts[name], l));
		event.sources.forEach((source, k) => {
			const column = (name: (typeof SOURCE_COLUMNS)[number]) => sourceColumn(k + 1, name);
			row[column('url')] = source.url;
			row[column('publisher')] = neutralize(source.publisher);
			row[column('title')] = neutralize(text(source.title));
			row[column('published')] = source.published ?? '';
			row[column('quote')] = neutralize(source.quote ?? '');
			row[column('primary')] = source.primary ? 'yes' : '';
		});
		sources = Math.max(sources, event.sources.length);
		return row;
	});
	const translated = others.flatMap((l) => TEXT_COLUMNS.map((name) => `${name}:${l}`));
	const cited = Array.from({ length: sources }, (_, k) => SOURCE_COLUMNS.map((name) => sourceColumn(k + 1, name))).flat();
	const columns = [...CSV_COLUMNS, ...translated, ...cited];
	return BOM + csvFormat(rows, columns);
}

/**
 * A valid timeline in our format holding just these events: the same metadata, the events in chronological order,
 * only the actors and categories they name, the eras that overlap their span, and the story steps that keep at
 * least one of them. Throws on no items, since the format needs at least one event.
 */
export function eventsTimeline(timeline: Timeline, items: readonly Item[]): Timeline {
	const unique = [...new Map(items.map((item) => [item.id, item])).values()];
	if (unique.length === 0) throw new RangeError('a timeline needs at least one event: there is nothing to export');
	unique.sort(byTime);
	const events = unique.map((item) => item.event);
	const kept = new Set(events.map((e) => e.id));
	const actorIds = new Set(events.flatMap((e) => e.actors));
	const categoryIds = new Set(events.map((e) => e.category));

	// The span is half-open like the eras' periods; an event at one instant counts as a span of 1 ms.
	const lo = min(unique, loOf) ?? 0;
	const hi = Math.max(lo + 1, max(unique, hiOf) ?? 0);
	const eras = timeline.eras.filter((era) => toPreciseDate(era.start).start < hi && toPreciseDate(era.end).end > lo);

	const story = (timeline.story ?? [])
		.map((step) => ({ ...step, events: step.events.filter((id) => kept.has(id)) }))
		.filter((step) => step.events.length > 0);

	const result: Timeline = {
		...timeline,
		actors: timeline.actors.filter((a) => actorIds.has(a.id)),
		categories: timeline.categories.filter((c) => categoryIds.has(c.id)),
		eras,
		events,
		story
	};
	if (story.length === 0) delete result.story;
	return result;
}
