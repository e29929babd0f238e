// Loads a timeline: fetch, check the response, parse JSON, validate once. Returns data or a readable error.
import type { Problem } from './problems';
import { isVerified } from './verified';
import type { Timeline } from './schema';
import { loadSide } from '../embed/sideload';
import { inlineBlock, takeEarlyRequest, timelineRequest } from './address';

type ValidatorModule = Pick<typeof import('./validate'), 'validateTimeline' | 'parseJsonText'>;

/** The validator, loaded on demand: a chunk of its own, or in the embed's classic build its side script (embed/sideload.ts). */
const validator = (): Promise<ValidatorModule> => (import.meta.env.MODE === 'embed' ? loadSide('side') : import('./validate'));

/** The validator's load started by prefetchValidator, taken by the next parse (so that a failure is reported, not retried). */
let early: Promise<ValidatorModule> | undefined;

/**
 * Starts loading the validator now, for a timeline the build did not validate (`?src=`, or `?timeline=` of a file the
 * build did not have: see needsValidator): it then downloads beside the timeline instead of after it.
 */
export function prefetchValidator(): void {
	early = validator();
	early.catch(() => undefined);
}

/** The validator: the load prefetchValidator started, or a new one. */
function takeValidator(): Promise<ValidatorModule> {
	const v = early ?? validator();
	early = undefined;
	return v;
}

export type LoadError =
	| { kind: 'network'; message: string }
	| { kind: 'http'; status: number; message: string }
	| { kind: 'timeout'; seconds: number; message: string }
	| { kind: 'too-large'; message: string }
	| { kind: 'json'; message: string }
	/** A file in no format the app reads (an opened file that is not JSON, CSV or TimelineJS). */
	| { kind: 'format'; message: string }
	| { kind: 'invalid'; message: string; problems: Problem[] };

export type LoadResult = { ok: true; timeline: Timeline } | { ok: false; error: LoadError };

export interface LoadOptions {
	fetcher?: typeof fetch;
	/** Seconds to wait for the whole response; 15 unless given. */
	timeout?: number;
	/** Called with the number of events once the text is parsed, before it is validated: code that a timeline of that size needs can load meanwhile. */
	onParsed?: (events: number) => void;
}

/** The largest timeline text read (bytes as the server states them, or characters): 100,000 events take about 40 MB. */
export const MAX_TIMELINE_BYTES = 64 * 1024 * 1024;

/**
 * Fetches a timeline with a time limit. A response that is not JSON (a web page from a server's fallback route, say)
 * is named as such, so that a wrong address does not read as a broken file.
 */
export async function loadTimeline(url: string, { fetcher = fetch, timeout = 15, onParsed }: LoadOptions = {}): Promise<LoadResult> {
	const controller = new AbortController();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, timeout * 1000);
	const late = (): LoadResult => ({
		ok: false,
		error: { kind: 'timeout', seconds: timeout, message: `No complete answer came within ${timeout} seconds.` }
	});
	// The request the page's early script made for this file, if any (src/early.ts): its cancel follows ours.
	const early = takeEarlyRequest(url);
	if (early) controller.signal.addEventListener('abort', early.abort);
	try {
		let response: Response;
		try {
			response = await (early?.response ?? fetcher(url, timelineRequest(controller.signal)));
		} catch (e) {
			if (timedOut) return late();
			return { ok: false, error: { kind: 'network', message: `The request failed (${(e as Error).message}).` } };
		}
		if (!response.ok) {
			return { ok: false, error: { kind: 'http', status: response.status, message: `The server answered ${response.status} ${response.statusText}`.trim() + '.' } };
		}
		const stated = Number(response.headers.get('Content-Length'));
		if (stated > MAX_TIMELINE_BYTES) return tooLarge(stated);
		// Read as a Blob, then decoded: Chromium then receives and decodes the body off the main thread. Read with
		// text(), a 13 MB file (50,000 events) held the main thread for about 350 ms, and the validator's code, which
		// arrives meanwhile, waited behind it. Both decode as UTF-8 and drop a byte-order mark.
		let text: string;
		let body: Blob;
		try {
			body = await response.blob();
			if (body.size > MAX_TIMELINE_BYTES) return tooLarge(body.size);
			text = await body.text();
		} catch (e) {
			if (timedOut) return late();
			return { ok: false, error: { kind: 'network', message: `The answer broke off (${(e as Error).message}).` } };
		}
		const type = response.headers.get('Content-Type') ?? '';
		if (/^text\/html\b/i.test(type) && /^\s*</.test(text)) {
			return { ok: false, error: { kind: 'json', message: 'The address returned a web page, not a timeline file (JSON).' } };
		}
		return parseTimeline(text, undefined, body, onParsed);
	} finally {
		clearTimeout(timer);
	}
}

/** The error for a file of `size` bytes over MAX_TIMELINE_BYTES (fetched, or opened from the reader's computer). */
export function tooLargeError(size: number): LoadError {
	const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
	return { kind: 'too-large', message: `The file is ${mb(size)}; at most ${mb(MAX_TIMELINE_BYTES)} can be shown.` };
}

const tooLarge = (size: number): LoadResult => ({ ok: false, error: tooLargeError(size) });

/** The timeline the page carries itself (see inlineBlock), parsed; undefined when the page has none for `id`. */
export function inlineTimeline(id: string, doc: Document = document): Promise<LoadResult> | undefined {
	const block = inlineBlock(id, doc);
	return block && parseTimeline(block.textContent ?? '');
}

/**
 * Parses and validates a timeline's JSON text (a leading byte-order mark is allowed). Text the build validated
 * (see verified.ts) is not validated again; for any other, the validator loads on demand. `bytes`: what the text was
 * decoded from, if it was; `onParsed`: see LoadOptions.
 */
export async function parseTimeline(text: string, verified?: readonly string[], bytes?: Blob, onParsed?: LoadOptions['onParsed']): Promise<LoadResult> {
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		// The engine's own message differs from browser to browser and may lack a position: name it in plain English.
		const read = await takeValidator().then(
			(v) => v.parseJsonText(text),
			() => undefined
		);
		return { ok: false, error: { kind: 'json', message: read && !read.ok ? read.message : 'The file is not valid JSON.' } };
	}
	const events = (json as { events?: unknown } | null)?.events;
	if (Array.isArray(events)) onParsed?.(events.length);
	if (await isVerified(text, verified, bytes)) return { ok: true, timeline: json as Timeline };
	let validateTimeline: ValidatorModule['validateTimeline'];
	try {
		({ validateTimeline } = await takeValidator());
	} catch (e) {
		return { ok: false, error: { kind: 'network', message: `The validator could not be loaded (${(e as Error).message}).` } };
	}
	const result = validateTimeline(json);
	if (result.ok) return result;
	const n = result.problems.length;
	return {
		ok: false,
		error: { kind: 'invalid', message: `The timeline has ${n} problem${n === 1 ? '' : 's'}.`, problems: result.problems }
	};
}
