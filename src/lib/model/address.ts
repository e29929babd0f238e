// Which timeline file an address names: `?src=` (an address of its own) before `?timeline=` (an id, read from
// data/), before the default. Shared by the app and by the early script that asks for the file while the app's
// code is still loading (src/early.ts), so that both ask for the same URL.
import { DEFAULT_TIMELINE } from '../config';

/** An id of a timeline, event, actor or category as the URL may carry it. */
export const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** `?src=`: a relative path or an http(s) URL of at most 2,000 characters; anything else (`javascript:`, `data:`…) is dropped. */
export function sourceAddress(value: string | null): string | undefined {
	if (value === null || value.trim() === '' || value.length > 2000) return undefined;
	try {
		const url = new URL(value, 'http://relative.invalid/');
		return url.protocol === 'https:' || url.protocol === 'http:' ? value : undefined;
	} catch {
		return undefined;
	}
}

/** `?timeline=`: a well-formed id, or undefined. */
export function timelineParam(value: string | null): string | undefined {
	return value !== null && ID.test(value) ? value : undefined;
}

/** The file the app fetches for this `?src=` and `?timeline=` (both as parseUrlState reads them). */
export function timelineFile({ src, timeline }: { src?: string; timeline?: string }): string {
	return src ?? `data/${timeline ?? DEFAULT_TIMELINE}.json`;
}

/** The file the app will fetch for this query string, or undefined when the page carries it (an inline block). */
export function addressedFile(search: string, doc: Document): string | undefined {
	const p = new URLSearchParams(search);
	const src = sourceAddress(p.get('src'));
	const id = timelineParam(p.get('timeline')) ?? DEFAULT_TIMELINE;
	if (src === undefined && inlineBlock(id, doc)) return undefined;
	return timelineFile({ src, timeline: id });
}

/**
 * The timeline the page carries itself (`<script type="application/json" id="timeline-data" data-timeline="id">`),
 * so that an embed in a sandboxed, opaque-origin frame needs no fetch; undefined when the page has none for `id`.
 */
export function inlineBlock(id: string, doc: Document): HTMLElement | undefined {
	const block = doc.getElementById('timeline-data');
	return block?.getAttribute('type') === 'application/json' && block.dataset.timeline === id ? block : undefined;
}

/**
 * Asks for the file the address names now, as a `<link rel="preload" as="fetch" crossorigin>` that the app's own
 * fetch is answered from (same URL, CORS mode, same-origin credentials): see src/early.ts. Returns the link, or
 * undefined when the page carries the timeline or there is a link for it already.
 */
export function preloadAddressed(search: string, doc: Document): HTMLLinkElement | undefined {
	const file = addressedFile(search, doc);
	if (file === undefined) return undefined;
	const href = new URL(file, doc.baseURI).href;
	if ([...doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].some((l) => l.href === href)) return undefined;
	const link = doc.createElement('link');
	link.rel = 'preload';
	link.as = 'fetch';
	link.crossOrigin = 'anonymous';
	link.href = file;
	doc.head.append(link);
	return link;
}
