// Full-text search over a timeline's events in one language, forgiving case, accents and Arabic spelling variants.
import type { Timeline } from '../model/schema';
import type { Item, ItemSet } from '../model/items';
import { localize } from '../model/localize';

export type SearchField = 'title' | 'description' | 'actor' | 'publisher';

export interface SearchHit {
	id: string;
	score: number;
	/** The fields any query word was found in, in the order title, description, actor, publisher. */
	fields: readonly SearchField[];
}

/**
 * The normalized text of each event's fields in one language; build once per timeline and language. Each field is one
 * string for all events (each event's text after a space, so that a word start is found as `' ' + word`, and SEP
 * between events): a query word is then a few `indexOf` scans of four strings, not one `includes` per event and
 * field (at 100,000 events, 400,000 calls for each word typed).
 */
export interface SearchIndex {
	/** The events' ids, in chronological order: an event's place here is its item's `order`. */
	readonly ids: readonly string[];
	readonly fields: Record<SearchField, FieldText>;
}

interface FieldText {
	text: string;
	/** Where each event's text begins in `text`, and one more past the end. */
	starts: Int32Array;
}

const FIELDS: readonly SearchField[] = ['title', 'description', 'actor', 'publisher'];

/** Title hits weigh most, then actors, then publishers, then descriptions. */
const WEIGHT: Record<SearchField, number> = { title: 8, actor: 4, publisher: 2, description: 1 };

/** A query word found only inside a word (not at its start) counts for this share of the field's weight. */
const INSIDE = 0.5;

/** Query words this long or longer also match inside words (Arabic attaches و، ب، ل، ال to the word they precede). */
const MIN_INSIDE = 3;

/** Harakat, superscript alef and tatweel: written or not, they do not change the word. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** Letter variants that writers use interchangeably, including the Persian yeh and keheh. */
const ARABIC_VARIANTS: Record<string, string> = {
	'\u0623': '\u0627', // أ → ا
	'\u0625': '\u0627', // إ → ا
	'\u0622': '\u0627', // آ → ا
	'\u0671': '\u0627', // ٱ → ا
	'\u0649': '\u064A', // ى → ي
	'\u0629': '\u0647', // ة → ه
	'\u0624': '\u0648', // ؤ → و
	'\u0626': '\u064A', // ئ → ي
	'\u06CC': '\u064A', // ی → ي
	'\u06A9': '\u0643' // ک → ك
};
const VARIANT = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join('')}]`, 'g');

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits; in both blocks the low four bits are the value. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Folds text for matching: compatibility forms, case (locale-independent), accents and other combining marks,
 * Arabic diacritics and letter variants, Eastern digits; every run of other characters becomes one space, trimmed.
 */
export function normalize(text: string): string {
	return fold(text, false).trim();
}

/** Between events' texts in an index: a control character, which a valid text never holds (model/text.ts). */
const SEP = '\0';

/** normalize without the trim, keeping SEP when `joined` (each character folds on its own, so texts can be folded joined). */
function fold(text: string, joined: boolean): string {
	// Plain ASCII (most English text) has nothing to fold but case, and its letters and digits are [a-z0-9].
	if (!NOT_ASCII.test(text)) return text.toLowerCase().replace(joined ? /[^a-z0-9\0]+/g : /[^a-z0-9]+/g, ' ');
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/\p{M}/gu, '')
		.replace(ARABIC_MARKS, '')
		.replace(VARIANT, (c) => ARABIC_VARIANTS[c])
		.replace(EASTERN_DIGIT, (c) => String(c.charCodeAt(0) & 0xf))
		.replace(joined ? /[^\p{L}\p{N}\0]+/gu : /[^\p{L}\p{N}]+/gu, ' ');
}

/**
 * One field's texts, folded in one pass over them all: a space before each (a word start is then `' ' + word`), SEP
 * between them. Spaces left at either end of a text change no match. Texts are found again by their separators; if a
 * text held one (no valid timeline's does), each is folded on its own instead.
 */
function fieldText(texts: readonly string[]): FieldText {
	const text = ` ${fold(texts.join(SEP), true).replaceAll(SEP, `${SEP} `)}`;
	const starts = new Int32Array(texts.length + 1);
	let i = 0;
	for (let at = text.indexOf(SEP); at >= 0 && i < texts.length; at = text.indexOf(SEP, at + 1)) starts[++i] = at + 1;
	if (i !== Math.max(0, texts.length - 1)) {
		const parts = texts.map((t) => ` ${normalize(t)}`);
		parts.forEach((part, k) => (starts[k + 1] = starts[k] + part.length + 1));
		return { text: parts.join(SEP), starts };
	}
	starts[texts.length] = text.length + 1;
	return { text, starts };
}

/** Events indexed in one part by `indexInParts` (about 25 ms of work in Chromium here). */
const PART = 10_000;

/**
 * Indexes titles, descriptions, actor names and source publishers in `lang`, else the timeline's first language.
 * `items` as toItems gives them: in chronological order, each item's `order` its place. At once: the tests' form; the
 * app builds it with `indexInParts`.
 */
export function buildSearchIndex(timeline: Timeline, items: readonly Item[], lang: string): SearchIndex {
	const parts = indexParts(timeline, items, lang);
	let step = parts.next();
	while (!step.done) step = parts.next();
	return step.value;
}

/**
 * The same index, built PART events at a time with a task between parts, so that a key pressed while it is built
 * (at 100,000 events, about 250 ms in all) is not held until the end.
 */
export async function indexInParts(timeline: Timeline, items: readonly Item[], lang: string): Promise<SearchIndex> {
	const parts = indexParts(timeline, items, lang);
	let step = parts.next();
	while (!step.done) {
		await new Promise((resolve) => setTimeout(resolve));
		step = parts.next();
	}
	return step.value;
}

/** The index, one part of the events (and of each field's text) per step. */
function* indexParts(timeline: Timeline, items: readonly Item[], lang: string): Generator<void, SearchIndex> {
	const fallback = timeline.languages[0];
	const actorName = new Map(timeline.actors.map((a) => [a.id, localize(a.name, lang, fallback)]));
	// Most events name one actor and one source: their text is the name itself, with no array to build and join.
	const names = <T>(list: readonly T[], name: (value: T) => string) => (list.length === 1 ? name(list[0]) : list.map(name).join(' '));
	const textOf: Record<SearchField, (event: Item['event']) => string> = {
		title: (e) => localize(e.title, lang, fallback),
		description: (e) => localize(e.description, lang, fallback),
		actor: (e) => names(e.actors, (a) => actorName.get(a) ?? ''),
		publisher: (e) => names(e.sources, (s) => s.publisher)
	};
	const parts = FIELDS.map((): FieldText[] => []);
	for (let from = 0; from === 0 || from < items.length; from += PART) {
		if (from) yield;
		const part = items.slice(from, from + PART);
		FIELDS.forEach((field, f) => parts[f].push(fieldText(part.map(({ event }) => textOf[field](event)))));
	}
	// Joining the parts is a part's work too.
	if (parts[0].length > 1) yield;
	const fields = Object.fromEntries(FIELDS.map((field, f) => [field, joined(parts[f], items.length)])) as SearchIndex['fields'];
	return { ids: items.map((i) => i.id), fields };
}

/** Parts of one field's text (of `count` events in all) as one: SEP between them, each part's starts moved by the length before it. */
function joined(parts: readonly FieldText[], count: number): FieldText {
	if (parts.length === 1) return parts[0];
	const starts = new Int32Array(count + 1);
	let [at, offset] = [0, 0];
	for (const part of parts) {
		for (let i = 0; i < part.starts.length - 1; i++) starts[at++] = part.starts[i] + offset;
		offset += part.text.length + 1;
	}
	starts[at] = offset;
	return { text: parts.map((p) => p.text).join(SEP), starts };
}

/** A search's matches: the chart asks by item, the list of results takes the best few. */
export interface Matches extends ItemSet {
	/** The first `count` matches, best first (all of them without a count). */
	top(count?: number): SearchHit[];
}

/**
 * A search's matches. They are found as a mask over the index's events and ranked as positions: at 100,000 events a
 * one-letter query matches them all, and a `Set` of their ids and an object per match took about as long to build as
 * the search itself, on every key. Objects are made only for the matches listed (`top`); the chart asks by item.
 */
class SearchResult implements Matches {
	readonly #ids: readonly string[];
	/** Positions of the matches, best first. */
	readonly #ranked: Int32Array;
	readonly #score: Float64Array;
	readonly #found: Uint8Array;
	/** 1 at the position of each match. */
	readonly #mask: Uint8Array;

	constructor(ids: readonly string[], ranked: Int32Array, score: Float64Array, found: Uint8Array, mask: Uint8Array) {
		this.#ids = ids;
		this.#ranked = ranked;
		this.#score = score;
		this.#found = found;
		this.#mask = mask;
	}

	/** How many events match. */
	get size(): number {
		return this.#ranked.length;
	}

	/** Whether the item (of the items indexed) matches. */
	has(item: Item): boolean {
		return this.#mask[item.order] === 1;
	}

	/** The first `count` matches, best first (all of them without a count). */
	top(count = this.size): SearchHit[] {
		return Array.from(this.#ranked.subarray(0, count), (i) => ({ id: this.#ids[i], score: this.#score[i], fields: FOUND[this.#found[i]] }));
	}
}

/**
 * Events matching every word of the query: a word matches when it begins a word of the event's text, or, for words
 * of 3 or more characters, when it occurs anywhere inside one. Ranked by score, then chronologically; a blank query
 * finds nothing. The score adds, per query word and field it is found in, the field's weight (halved for a match
 * inside a word only).
 */
export function search(index: SearchIndex, query: string): Matches {
	const words = [...new Set(normalize(query).split(' ').filter(Boolean))];
	const n = words.length === 0 ? 0 : index.ids.length;
	const score = new Float64Array(n);
	/** Bit f: found in FIELDS[f]. */
	const found = new Uint8Array(n);
	/** 1 while an event has every word so far. */
	const every = new Uint8Array(n).fill(1);
	for (const word of words) {
		const has = new Uint8Array(n);
		FIELDS.forEach((field, f) => {
			const strength = strengths(index.fields[field], word, n);
			for (let i = 0; i < n; i++) {
				if (strength[i] === 0) continue;
				has[i] = 1;
				score[i] += WEIGHT[field] * (strength[i] === WORD_START ? 1 : INSIDE);
				found[i] |= 1 << f;
			}
		});
		for (let i = 0; i < n; i++) every[i] &= has[i];
	}
	// Ranked by counting (the sort is stable, so ties stay in time order): twice a score is a whole number, at most
	// TOP per query word. Two passes over the events, where a sort with a comparator took longer than the search.
	const top = TOP * words.length;
	const start = new Int32Array(top + 2);
	for (let i = 0; i < n; i++) if (every[i]) start[top - 2 * score[i] + 1]++;
	for (let k = 1; k <= top + 1; k++) start[k] += start[k - 1];
	const ranked = new Int32Array(start[top + 1]);
	for (let i = 0; i < n; i++) if (every[i]) ranked[start[top - 2 * score[i]]++] = i;
	return new SearchResult(index.ids, ranked, score, found, every);
}

/** Twice the highest score one query word can add (found at a word's start in every field). */
const TOP = 2 * Object.values(WEIGHT).reduce((sum, w) => sum + w);

/** The fields of each bit set of FIELDS (bit f: FIELDS[f]), shared by the hits that have it. */
const FOUND: readonly (readonly SearchField[])[] = Array.from({ length: 1 << FIELDS.length }, (_, bits) => FIELDS.filter((_, f) => bits & (1 << f)));

const WORD_START = 2;
const WITHIN = 1;

/** Per event: WORD_START when `word` begins a word of its text, WITHIN when it is long enough and occurs only inside one, else 0. */
function strengths({ text, starts }: FieldText, word: string, n: number): Uint8Array {
	const strength = new Uint8Array(n);
	const mark = (needle: string, value: number) => {
		// Matches come in order, so the event they fall in only moves forward. A needle holds no SEP, so each match
		// lies within one event's text (or begins at the space that starts it).
		let event = 0;
		for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
			while (starts[event + 1] <= at) event++;
			if (strength[event] === 0) strength[event] = value;
		}
	};
	mark(` ${word}`, WORD_START);
	if ([...word].length >= MIN_INSIDE) mark(word, WITHIN);
	return strength;
}
