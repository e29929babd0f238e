// Loads a timeline: fetch, check the response, parse JSON, validate once. Returns data or a readable error.
import { validateTimeline } from './validate';
import type { Problem } from './problems';
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
	let json: unknown;
	try {
		json = JSON.parse((await response.text()).replace(/^\uFEFF/, ''));
	} catch (e) {
		return { ok: false, error: { kind: 'json', message: `The file is not valid JSON: ${(e as Error).message}` } };
	}
	const result = validateTimeline(json);
	if (result.ok) return result;
	const n = result.problems.length;
	return {
		ok: false,
		error: { kind: 'invalid', message: `The timeline has ${n} problem${n === 1 ? '' : 's'}.`, problems: result.problems }
	};
}
