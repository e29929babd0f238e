// Loads a timeline: fetch, check the response, parse JSON, validate once. Returns data or a readable error.
import type { Problem } from './problems';
import { isVerified } from './verified';
import type { Timeline } from './schema';

export type LoadError =
	| { kind: 'network'; message: string }
	| { kind: 'http'; status: number; message: string }
	| { kind: 'json'; message: string }
	| { kind: 'invalid'; message: string; problems: Problem[] };

export type LoadResult = { ok: true; timeline: Timeline } | { ok: false; error: LoadError };

export async function loadTimeline(url: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
	let response: Response;
	try {
		response = await fetcher(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
	} catch (e) {
		return { ok: false, error: { kind: 'network', message: `The timeline could not be fetched (${(e as Error).message}).` } };
	}
	if (!response.ok) {
		return {
			ok: false,
			error: { kind: 'http', status: response.status, message: `The server answered ${response.status} ${response.statusText}`.trim() + '.' }
		};
	}
	return parseTimeline(await response.text());
}

/**
 * A timeline the page carries itself (`<script type="application/json" id="timeline-data" data-timeline="id">`),
 * so that an embed in a sandboxed, opaque-origin frame needs no fetch; undefined when the page has none for `id`.
 */
export function inlineTimeline(id: string, doc: Document = document): Promise<LoadResult> | undefined {
	const block = doc.getElementById('timeline-data');
	if (!block || block.getAttribute('type') !== 'application/json' || block.dataset.timeline !== id) return undefined;
	return parseTimeline(block.textContent ?? '');
}

/**
 * Parses and validates a timeline's JSON text (a leading byte-order mark is allowed). Text the build validated
 * (see verified.ts) is not validated again; for any other, the validator loads on demand.
 */
export async function parseTimeline(text: string, verified?: readonly string[]): Promise<LoadResult> {
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		return { ok: false, error: { kind: 'json', message: `The file is not valid JSON: ${(e as Error).message}` } };
	}
	if (await isVerified(text, verified)) return { ok: true, timeline: json as Timeline };
	const { validateTimeline } = await import('./validate');
	const result = validateTimeline(json);
	if (result.ok) return result;
	const n = result.problems.length;
	return {
		ok: false,
		error: { kind: 'invalid', message: `The timeline has ${n} problem${n === 1 ? '' : 's'}.`, problems: result.problems }
	};
}
