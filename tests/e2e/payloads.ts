// Script-injection payloads for every text and URL field of a timeline. A payload that ran would call
// `window.__xss(n)`, which the tests record; one parsed as HTML would add an element or a handler attribute.

/** Text payloads: markup, event handlers, template syntax of common frameworks, and ways out of attributes and elements. */
export const PAYLOADS = [
	'<script>__xss(1)</script>',
	'<img src=x onerror="__xss(2)">',
	'<svg onload=__xss(3)><circle r=9 /></svg>',
	'"><iframe src="javascript:__xss(4)"></iframe>',
	"'-__xss(5)-'",
	'</textarea></title><script>__xss(6)</script>',
	'<a href="javascript:__xss(7)" data-injected>click</a>',
	'{@html "<b data-injected>8</b>"} {{constructor.constructor("__xss(8)")()}} ${__xss(8)}',
	'<style>body{display:none}</style><p data-injected>9</p>',
	'<math><mtext><table><mglyph><style><img src=x onerror=__xss(10)>',
	'<details open ontoggle=__xss(11)>',
	'javascript:__xss(12)'
];

/** Valid http(s) URLs that carry payload characters: they stay links, with the text as given. */
export const URL_PAYLOADS = [
	'https://example.org/search?q=<script>__xss(20)</script>',
	'https://example.org/"><img/src=x/onerror=__xss(21)>',
	"http://example.org/#'onmouseover='__xss(22)'",
	'https://example.org/path?x=javascript:__xss(23)'
];

/** Links the app must refuse, each named in the validator's message. */
export const BAD_URLS = [
	'javascript:__xss(30)',
	'data:text/html,<script>__xss(31)</script>',
	'vbscript:msgbox(32)',
	'JaVaScRiPt:__xss(33)',
	' javascript:__xss(34)'
];

/** Fields holding text for readers (plain, or one string per language). */
const TEXT_KEYS = new Set(['title', 'summary', 'name', 'description', 'text', 'note', 'annotation', 'notes', 'publisher', 'quote']);

/**
 * A copy of a valid timeline with a payload in every text field and URL, cycling through the payloads per field name
 * (so that every payload lands in some event title, which the event table shows).
 */
export function withPayloads<T>(timeline: T): T {
	const counters = new Map<string, number>();
	const next = (key: string, list: readonly string[]) => {
		const n = counters.get(key) ?? 0;
		counters.set(key, n + 1);
		return list[n % list.length];
	};
	const walk = (value: unknown, key?: string): unknown => {
		if (Array.isArray(value)) return value.map((v) => walk(v));
		if (key === 'url' && typeof value === 'string') return next(key, URL_PAYLOADS);
		if (key !== undefined && TEXT_KEYS.has(key)) {
			if (typeof value === 'string') return next(key, PAYLOADS);
			if (isTextByLanguage(value)) return Object.fromEntries(Object.keys(value).map((lang) => [lang, next(`${key}:${lang}`, PAYLOADS)]));
		}
		if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
		return value;
	};
	return walk(timeline) as T;
}

function isTextByLanguage(value: unknown): value is Record<string, string> {
	return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}
