// Which timeline file an address names: `?src=` (an address of its own) before `?timeline=` (an id, read from
// data/), before the default. Shared by the app and by the early script that asks for the file while the app's
// code is still loading (src/early.ts), so that both ask for the same URL.
import { DEFAULT_TIMELINE } from '../config';
import { VERIFIED_IDS } from './verified';

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
 * Whether the app will need the validator for `file`: yes unless it is the data file of a timeline the build
 * validated (verified.ts; a file changed since is still validated, only later). Then the validator can load
 * beside the file instead of after it.
 */
export function needsValidator(file: string, verified: readonly string[] = VERIFIED_IDS): boolean {
	const id = /^data\/([a-z0-9][a-z0-9-]*)\.json$/.exec(file)?.[1];
	return id === undefined || !verified.includes(id);
}

/** How the app asks for a timeline file: same-origin credentials, JSON accepted, cancellable. */
export const timelineRequest = (signal: AbortSignal): RequestInit => ({ credentials: 'same-origin', headers: { Accept: 'application/json' }, signal });

interface Early {
	file: string;
	response: Promise<Response>;
	controller: AbortController;
}

/** The request src/early.ts started, until the app takes it (this module is one instance for both). */
let early: Early | undefined;
/**
 * Whether the app's first load has asked already. Both scripts load side by side and either may run first (with
 * warm caches the app often does); an early request after the app's own would download the timeline twice.
 */
let appAsked = false;

/**
 * Asks for the file the address names now, while the app's code is still loading (src/early.ts); the app's first
 * load takes the request over (takeEarlyRequest). Does nothing when the page carries the timeline, twice, or once
 * the app has asked itself. Returns the file asked for.
 */
export function requestAddressed(search: string, doc: Document, fetcher: typeof fetch = fetch): string | undefined {
	const file = addressedFile(search, doc);
	if (file === undefined || early || appAsked) return undefined;
	const controller = new AbortController();
	const response = fetcher(file, timelineRequest(controller.signal));
	// Reported by the load that takes it; not an unhandled rejection meanwhile.
	response.catch(() => undefined);
	early = { file, response, controller };
	return file;
}

/**
 * The early request for `file`, once: a later load (a retry) asks again. An early request for another file is
 * cancelled. `abort` cancels the request (the load's time limit).
 */
export function takeEarlyRequest(file: string): { response: Promise<Response>; abort(): void } | undefined {
	appAsked = true;
	const taken = early;
	early = undefined;
	if (taken && taken.file !== file) taken.controller.abort();
	return taken?.file === file ? { response: taken.response, abort: () => taken.controller.abort() } : undefined;
}
