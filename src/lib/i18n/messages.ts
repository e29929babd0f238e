// The interface's own words, one table per language (en.ts with en-more.ts, ar.ts). Data text comes from the timeline,
// not from here. English, the reference, ships with the page, but for the words of the views that load when first
// shown (en-more.ts, which comes with them); other tables load when a language is first asked for.
import { baseLanguage, formatNumber } from './locale';
import { createSubscriber } from 'svelte/reactivity';
import { en, type Messages, type Plural } from './en';
import { loadSide } from '../embed/sideload';

export { en, type Messages, type Plural };

// The embed, one classic script, cannot split off a chunk: its Arabic words are a side script of their own.
const LOADERS: Record<string, () => Promise<Messages>> = {
	ar: () => (import.meta.env.MODE === 'embed' ? loadSide('ar') : import('./ar').then((m) => m.ar))
};

/** The tables loaded so far. Text written in English while a table loads is redrawn when it comes: t() subscribes. */
let tables: Record<string, Partial<Messages>> = { en };
let changed: (() => void) | undefined;
const subscribe = createSubscriber((update) => {
	changed = update;
	return () => (changed = undefined);
});
const pending = new Map<string, Promise<void>>();

/** Whether t() was asked for a word of en-more.ts before it came (and gave '' for it). */
let missed = false;

/**
 * Adds the rest of the English words (en-more.ts calls this as it loads). Text is redrawn only if a word was missing:
 * the views that use them import en-more.ts first, and redrawing every text would, for one, repeat the live region's
 * last announcement.
 */
export function addEnglish(more: Partial<Messages>): void {
	tables = { ...tables, en: { ...tables.en, ...more } };
	if (missed) changed?.();
	missed = false;
}

/**
 * Loads en-more.ts for a word asked for before any view that needs it imported it. The embed's script carries it
 * (Embed.svelte imports it), and an import() here would make its build wrap every module (scripts/embed-build.ts).
 */
let more: Promise<unknown> | undefined;
const loadMore = () => (more ??= (import.meta.env.MODE === 'embed' ? Promise.resolve() : import('./en-more')).catch(() => (more = undefined)));

/**
 * Loads the table of `lang` (a language or a full locale tag); resolves at once for English or an unknown language.
 * It never rejects: a table that cannot be loaded (offline, a chunk gone after a deploy) leaves that language's
 * words in English. It is asked for once (t() asks on every text, and would ask again and again while offline).
 */
export function loadMessages(lang: string): Promise<void> {
	const base = baseLanguage(lang);
	const load = LOADERS[base];
	if (tables[base] || !load) return Promise.resolve();
	let promise = pending.get(base);
	if (!promise) {
		promise = load().then(
			(table) => {
				tables = { ...tables, [base]: table };
				changed?.();
			},
			() => undefined
		);
		pending.set(base, promise);
	}
	return promise;
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of a message for `count` by the language's plural rules (Arabic: 1, 2, 3–10, 11–99, 100…); `other` without a count. */
function wording(message: string | Plural, lang: string, count: string | number | undefined): string {
	if (typeof message === 'string') return message;
	if (typeof count !== 'number') return message.other;
	let rule = rules.get(lang);
	if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
	return message[rule.select(count)] ?? message.other;
}

/**
 * Looks up a message (in its plural form for `values.count`, when it has forms) and fills `{name}` slots; numbers
 * are written in the locale's digits. `lang` may be a full locale tag (`ar-EG-u-nu-latn`): its language picks the
 * table. Unknown languages fall back to English.
 */
export function t(lang: string, key: keyof Messages, values: Record<string, string | number> = {}): string {
	const base = baseLanguage(lang);
	subscribe();
	const table = tables[base];
	if (!table && LOADERS[base]) void loadMessages(base);
	const message = table?.[key] ?? tables.en[key];
	if (message === undefined) {
		missed = true;
		void loadMore();
		return '';
	}
	const text = wording(message, lang, values.count);
	return text.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = values[name];
		return value === undefined ? `{${name}}` : typeof value === 'number' ? formatNumber(value, lang) : value;
	});
}
