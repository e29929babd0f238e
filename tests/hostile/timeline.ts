// The shape of a hostile case, and a small valid timeline that the cases break one way each.

export type Expectation =
	| {
			outcome: 'problem';
			/** A substring of the message shown: identical in the validator's output and in the browser. */
			message: string;
			/** The JSON path of the problem, for `kind: 'invalid'`. */
			path?: string;
			kind?: 'json' | 'invalid';
	  }
	| {
			outcome: 'renders';
			/** Events the valid timeline holds. */
			events: number;
			/** A string that must appear as text on the page (a raw `<script>` payload shown literally). */
			visibleText?: string;
	  };

export interface HostileCase {
	name: string;
	/** The file's text; a function for the large ones, built only when a test needs it. */
	text: string | (() => string);
	expect: Expectation;
}

export const textOf = (c: HostileCase): string => (typeof c.text === 'function' ? c.text() : c.text);

export const problem = (message: string, path?: string): Expectation => ({ outcome: 'problem', kind: 'invalid', message, ...(path ? { path } : {}) });
export const notJson = (message: string): Expectation => ({ outcome: 'problem', kind: 'json', message });
export const renders = (events: number, visibleText?: string): Expectation => ({ outcome: 'renders', events, ...(visibleText ? { visibleText } : {}) });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cases break the timeline in every way, types included
export type Json = Record<string, any>;

const event = (id: string, start: string, more: Json = {}): Json => ({
	id,
	start,
	title: `Event ${id}`,
	description: `What happened in event ${id}.`,
	actors: ['acme'],
	category: 'attack',
	status: 'confirmed',
	sources: [{ publisher: 'Example News', title: 'A story', url: `https://example.org/${id}` }],
	...more
});

/** A fresh valid timeline of three events (a point, a time, a range), one era and one story step. */
export function base(): Json {
	return {
		format: 1,
		id: 'hostile',
		title: 'Hostile input',
		summary: 'A small timeline that the hostile cases break.',
		languages: ['en'],
		asOf: '2026-01-01',
		actors: [
			{ id: 'acme', name: 'Acme', kind: 'company' },
			{ id: 'court', name: 'A court', kind: 'court' }
		],
		categories: [{ id: 'attack', name: 'Attack' }],
		eras: [{ id: 'window', name: 'Window', start: '2019-05-01', end: '2019-05-20' }],
		events: [
			event('first', '2019-05-13', { annotation: { text: 'A callout', priority: 1 } }),
			event('second', '2019-05-14T19:52:40Z', { actors: ['court'] }),
			event('third', '2019-06', { end: '2019-07' })
		],
		story: [{ id: 'step', title: 'Step', range: { start: '2019-05-01', end: '2019-06-01' }, events: ['first'] }]
	};
}

/** The base timeline changed by `mutate`, as JSON text indented by `indent` (what `mutate` returns is ignored). */
export function timeline(mutate: (t: Json) => unknown = () => undefined, indent = 2): string {
	const t = base();
	mutate(t);
	return JSON.stringify(t, null, indent);
}

/** `n` short valid events, spread two hours apart from 2000 on, unsourced to keep the bytes few. */
export function manyEvents(n: number, eventOf: (i: number) => Json = () => ({})): Json[] {
	const t0 = Date.UTC(2000, 0, 1);
	return Array.from({ length: n }, (_, i) => ({
		id: `e${i}`,
		start: `${new Date(t0 + i * 7_200_000).toISOString().slice(0, 16)}Z`,
		title: `E${i}`,
		description: 'd',
		actors: ['acme'],
		category: 'attack',
		status: 'confirmed',
		sources: [],
		unsourced: true,
		...eventOf(i)
	}));
}

/** `depth` arrays nested in each other, as JSON text: `[[[…]]]`. */
export const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** `depth` objects nested in each other, as JSON text: `{"a":{"a":…1}}`. */
export const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
