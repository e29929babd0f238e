// The columns that hold a large timeline's events (store.ts), row by row: their texts as UTF-8 (text-column.ts), the
// names they share (actors, categories, statuses, publishers) as places in one list, and the fields an event seldom
// has (uncertainty, part, annotation, zone) as one JSON text.
import type { Localized, Source, TimelineEvent } from './schema';
import type { Instants } from './items';
import { TextColumn } from './text-column';

/** The items' columns, in time order. */
export interface ItemColumns {
	/** Row → place of its event in the file. */
	readonly file: Uint32Array;
	/** Per row: its mark; its actor's and its category's places (-1: not in the timeline's lists). */
	readonly at: Float64Array;
	readonly actors: Int32Array;
	readonly categories: Int32Array;
	/** The rows that have a range or a soft extent, in order; for each, its range's ends, then its soft extent's (NaN: none). */
	readonly spanRows: Uint32Array;
	readonly spans: Float64Array;
}

/** The items' columns from what items.ts read of the events. */
export function itemColumnsOf({ instants, groups, byTime }: Instants): ItemColumns {
	const n = byTime.length;
	const file = Uint32Array.from(byTime);
	const at = new Float64Array(n);
	const actors = new Int32Array(n);
	const categories = new Int32Array(n);
	let spanning = 0;
	for (let e = 0; e < n; e++) if (!Number.isNaN(instants[e * 5 + 1]) || !Number.isNaN(instants[e * 5 + 3])) spanning++;
	const spanRows = new Uint32Array(spanning);
	const spans = new Float64Array(spanning * 4);
	for (let row = 0, spanned = 0; row < n; row++) {
		const e = file[row];
		const k = e * 5;
		at[row] = instants[k];
		actors[row] = groups[e * 2];
		categories[row] = groups[e * 2 + 1];
		if (Number.isNaN(instants[k + 1]) && Number.isNaN(instants[k + 3])) continue;
		for (let j = 0; j < 4; j++) spans[spanned * 4 + j] = instants[k + 1 + j];
		spanRows[spanned++] = row;
	}
	return { file, at, actors, categories, spanRows, spans };
}

/** Flags of an event: it has an end; its title or description is given per language (stored as JSON). */
export const HAS_END = 1;
export const TITLE_JSON = 2;
export const DESCRIPTION_JSON = 4;

/**
 * The fields of an event and of a source that have no column, as JSON ('' when it has none of them). The schema
 * allows no others (its objects are strict); importance has a column unless it is not a small whole number.
 */
const eventRest = ({ part, uncertainty, unsourced, annotation, timeZone, importance }: TimelineEvent, storable: boolean): string =>
	part === undefined && uncertainty === undefined && unsourced === undefined && annotation === undefined && timeZone === undefined && (storable || importance === undefined)
		? ''
		: JSON.stringify({ part, uncertainty, unsourced, annotation, timeZone, importance: storable ? undefined : importance });
const sourceRest = ({ published, quote, primary }: Source): string =>
	published === undefined && quote === undefined && primary === undefined ? '' : JSON.stringify({ published, quote, primary });

/** Short texts many events share, each kept once. */
class Words {
	readonly list: string[] = [];
	readonly #place = new Map<string, number>();
	of(word: string): number {
		let i = this.#place.get(word);
		if (i === undefined) this.#place.set(word, (i = this.list.push(word) - 1));
		return i;
	}
}

export interface Columns {
	readonly ids: TextColumn;
	readonly starts: TextColumn;
	readonly ends: TextColumn;
	readonly titles: TextColumn;
	readonly descriptions: TextColumn;
	/** The other fields as JSON, or '' for none. */
	readonly rests: TextColumn;
	readonly flags: Uint8Array;
	readonly words: readonly string[];
	readonly category: Uint32Array;
	readonly status: Uint32Array;
	/** An event's actors are actorWords[actorFrom[i]] up to actorFrom[i + 1]; its sources likewise. */
	readonly actorFrom: Uint32Array;
	readonly actorWords: Uint32Array;
	/** 1 to 255; 0: none given. */
	readonly importance: Uint8Array;
	readonly sourceFrom: Uint32Array;
	readonly sourcePublisher: Uint32Array;
	readonly sourceTitles: TextColumn;
	readonly sourceTitleJson: Uint8Array;
	readonly sourceUrls: TextColumn;
	readonly sourceRests: TextColumn;
	/** The rest of the event last read (a view's getters read it one field at a time). */
	last: { row: number; rest: Partial<TimelineEvent> } | undefined;
}

/** A text or a text per language, as stored: the text, or JSON (its flag then says so). */
const localizedText = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null'));
export const readLocalized = (text: string, json: boolean): Localized => (json ? JSON.parse(text) : text);

/** Rows read between two of columnsInParts's stops: about 10 ms of work here. */
const ROWS_PER_PART = 5_000;

/**
 * The columns of these events, a row for each, made a part at a time: it stops (`yield`) after every ROWS_PER_PART
 * rows and after each text column, so that a caller can let other work (a frame, an input) run between the parts. Made in one go, the columns of 100,000
 * events held the main thread for 250–280 ms.
 */
export function* columnsInParts(events: readonly TimelineEvent[]): Generator<void, Columns, void> {
	const n = events.length;
	const words = new Words();
	const ids: string[] = new Array(n);
	const starts: string[] = new Array(n);
	const ends: string[] = new Array(n);
	const titles: string[] = new Array(n);
	const descriptions: string[] = new Array(n);
	const rests: string[] = new Array(n);
	const flags = new Uint8Array(n);
	const category = new Uint32Array(n);
	const status = new Uint32Array(n);
	const importance = new Uint8Array(n);
	const actorFrom = new Uint32Array(n + 1);
	const actorWords: number[] = [];
	const sourceFrom = new Uint32Array(n + 1);
	const publishers: number[] = [];
	const sourceTitles: string[] = [];
	const sourceTitleJson: number[] = [];
	const urls: string[] = [];
	const sourceRests: string[] = [];
	for (let i = 0; i < n; i++) {
		const e = events[i];
		ids[i] = e.id;
		starts[i] = e.start;
		ends[i] = e.end ?? '';
		titles[i] = localizedText(e.title);
		descriptions[i] = localizedText(e.description);
		flags[i] = (e.end === undefined ? 0 : HAS_END) | (typeof e.title === 'string' ? 0 : TITLE_JSON) | (typeof e.description === 'string' ? 0 : DESCRIPTION_JSON);
		category[i] = words.of(e.category);
		status[i] = words.of(e.status);
		for (const actor of e.actors) actorWords.push(words.of(actor));
		actorFrom[i + 1] = actorWords.length;
		const storable = Number.isInteger(e.importance) && e.importance! >= 1 && e.importance! <= 255;
		if (storable) importance[i] = e.importance!;
		rests[i] = eventRest(e, storable);
		for (const s of e.sources) {
			publishers.push(words.of(s.publisher));
			sourceTitles.push(localizedText(s.title));
			sourceTitleJson.push(typeof s.title === 'string' ? 0 : 1);
			urls.push(s.url);
			sourceRests.push(sourceRest(s));
		}
		sourceFrom[i + 1] = urls.length;
		if ((i + 1) % ROWS_PER_PART === 0) yield;
	}
	const texts: TextColumn[] = [];
	for (const list of [ids, starts, ends, titles, descriptions, rests, sourceTitles, urls, sourceRests]) {
		texts.push(new TextColumn(list));
		yield;
	}
	return {
		ids: texts[0],
		starts: texts[1],
		ends: texts[2],
		titles: texts[3],
		descriptions: texts[4],
		rests: texts[5],
		flags,
		words: words.list,
		category,
		status,
		actorFrom,
		actorWords: Uint32Array.from(actorWords),
		importance,
		sourceFrom,
		sourcePublisher: Uint32Array.from(publishers),
		sourceTitles: texts[6],
		sourceTitleJson: Uint8Array.from(sourceTitleJson),
		sourceUrls: texts[7],
		sourceRests: texts[8],
		last: undefined
	};
}

/** The fields of the `i`th event that have no column. */
export function restAt(columns: Columns, i: number): Partial<TimelineEvent> {
	if (columns.last?.row === i) return columns.last.rest;
	const text = columns.rests.get(i);
	const rest: Partial<TimelineEvent> = text ? JSON.parse(text) : {};
	columns.last = { row: i, rest };
	return rest;
}
