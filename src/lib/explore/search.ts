// Full-text search over a timeline's events in one language, forgiving case, accents and Arabic spelling variants.
import type { Timeline } from '../model/schema';
import { compareIds, type Item } from '../model/items';
import { localize } from '../model/localize';

export type SearchField = 'title' | 'description' | 'actor' | 'publisher';

export interface SearchHit {
	id: string;
	score: number;
	/** The fields any query word was found in, in the order title, description, actor, publisher. */
	fields: SearchField[];
}

/** The normalized text of each event's fields in one language; build once per timeline and language. */
export interface SearchIndex {
	readonly entries: readonly SearchEntry[];
}

interface SearchEntry {
	id: string;
	order: number;
	/** Normalized, with a leading space so that a word start is found as `' ' + word`. */
	text: Record<SearchField, string>;
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
	// Plain ASCII (most English text) has nothing to fold but case, and its letters and digits are [a-z0-9]: the same
	// result, several times faster, for the 400,000 fields of a 100,000-event index.
	if (!NOT_ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/\p{M}/gu, '')
		.replace(ARABIC_MARKS, '')
		.replace(VARIANT, (c) => ARABIC_VARIANTS[c])
		.replace(EASTERN_DIGIT, (c) => String(c.charCodeAt(0) & 0xf))
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Indexes titles, descriptions, actor names and source publishers in `lang`, else the timeline's first language. */
export function buildSearchIndex(timeline: Timeline, items: readonly Item[], lang: string): SearchIndex {
	const fallback = timeline.languages[0];
	const actorName = new Map(timeline.actors.map((a) => [a.id, localize(a.name, lang, fallback)]));
	const prepare = (text: string) => ` ${normalize(text)}`;
	const entries = items.map(({ id, order, event }) => ({
		id,
		order,
		text: {
			title: prepare(localize(event.title, lang, fallback)),
			description: prepare(localize(event.description, lang, fallback)),
			actor: prepare(event.actors.map((a) => actorName.get(a) ?? '').join(' ')),
			publisher: prepare(event.sources.map((s) => s.publisher).join(' '))
		}
	}));
	return { entries };
}

/**
 * Events matching every word of the query: a word matches when it begins a word of the event's text, or, for words
 * of 3 or more characters, when it occurs anywhere inside one. Sorted by score, then chronologically; a blank query
 * finds nothing. The score adds, per query word and field it is found in, the field's weight (halved for a match
 * inside a word only).
 */
export function search(index: SearchIndex, query: string): SearchHit[] {
	const words = [...new Set(normalize(query).split(' ').filter(Boolean))];
	if (words.length === 0) return [];
	const hits: (SearchHit & { order: number })[] = [];
	for (const entry of index.entries) {
		const hit = score(entry, words);
		if (hit) hits.push({ id: entry.id, order: entry.order, ...hit });
	}
	hits.sort((a, b) => b.score - a.score || a.order - b.order || compareIds(a.id, b.id));
	return hits.map(({ id, score, fields }) => ({ id, score, fields }));
}

function score(entry: SearchEntry, words: readonly string[]): { score: number; fields: SearchField[] } | undefined {
	let total = 0;
	const found = new Set<SearchField>();
	for (const word of words) {
		let matched = false;
		for (const field of FIELDS) {
			const strength = matchStrength(entry.text[field], word);
			if (strength === 0) continue;
			matched = true;
			total += WEIGHT[field] * strength;
			found.add(field);
		}
		if (!matched) return undefined;
	}
	return { score: total, fields: FIELDS.filter((f) => found.has(f)) };
}

/** 1 when `word` begins a word of `text`, INSIDE when it is long enough and occurs only within a word, else 0. */
function matchStrength(text: string, word: string): number {
	if (text.includes(` ${word}`)) return 1;
	return [...word].length >= MIN_INSIDE && text.includes(word) ? INSIDE : 0;
}
