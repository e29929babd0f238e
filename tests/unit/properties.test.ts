// Properties over generated input: validation never throws, layout is finite and tidy at any width and zoom, and
// the URL state reads back what it wrote.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateTimeline, jsonSyntaxError } from '../../src/lib/model/validate';
import { parseTimeline } from '../../src/lib/model/load';
import { parseIsoDate } from '../../src/lib/model/date-check';
import { textFault, LINE, PROSE } from '../../src/lib/model/text';
import { overlaps } from '../../src/lib/layout/labels';
import { parseUrlState, formatUrlState, type UrlState } from '../../src/lib/state/url';
import { NO_FILTERS } from '../../src/lib/explore/filters';
import { chartOf, nonFinite, MARGIN } from '../hostile/layout';
import { readJson } from '../helpers';
import type { Json } from '../hostile/timeline';

const SEED = 20190513;
const real = readJson('data/whatsapp-nso-2019.json');

/** Every path to a value inside `value` (objects' keys and arrays' indices), the root excluded. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
	if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			const p = [...at, Array.isArray(value) ? Number(k) : k];
			out.push(p);
			paths(v, p, out);
		}
	}
	return out;
}

function expectReadable(input: unknown) {
	const r = validateTimeline(input);
	if (r.ok) return;
	expect(r.problems.length).toBeGreaterThan(0);
	for (const p of r.problems) {
		expect(typeof p.message === 'string' && p.message.trim().length > 0).toBe(true);
		expect(typeof p.path === 'string' && p.path.length > 0).toBe(true);
	}
}

describe('validation on anything (properties)', () => {
	const realPaths = paths(real);

	it('returns data or readable problems for any JSON value, and for values JSON cannot hold', () => {
		const odd = fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withDate: true, withTypedArray: true });
		fc.assert(fc.property(fc.oneof(fc.jsonValue(), odd), expectReadable), { numRuns: 400, seed: SEED });
	});

	it('returns data or readable problems when a key of the real timeline is dropped or a value replaced by any JSON', () => {
		const mutation = fc.record({ at: fc.nat(realPaths.length - 1), drop: fc.boolean(), value: fc.jsonValue({ maxDepth: 3 }) });
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
				const t = structuredClone(real);
				for (const { at, drop, value } of mutations) {
					const path = realPaths[at];
					const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), t);
					if (!parent || typeof parent !== 'object') continue;
					const key = String(path[path.length - 1]);
					if (drop && !Array.isArray(parent)) delete (parent as Json)[key];
					else (parent as Json)[key] = value;
				}
				expectReadable(t);
			}),
			{ numRuns: 150, seed: SEED }
		);
	});

	it('parseTimeline answers any text with a timeline or an error message, never a throw', async () => {
		const jsonish = fc.string({ unit: fc.constantFrom(...'{}[],:"\\ \n0123456789.eE+-truefalsnl\u00e9\u202e\ufeff'), maxLength: 60 });
		await fc.assert(
			fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), jsonish, fc.json()), async (text) => {
				const r = await parseTimeline(text);
				if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
			}),
			{ numRuns: 300, seed: SEED }
		);
	});

	it('finds a syntax error in a text exactly when JSON.parse rejects it, within the text', () => {
		// Edits land next to the structure of a list or object (brackets, commas, colons, quotes), where typing breaks JSON.
		const word = fc.stringMatching(/^[a-z ]{0,4}$/);
		const { value } = fc.letrec<{ value: unknown }>((tie) => ({
			value: fc.oneof(
				{ depthSize: 'small', withCrossShrink: true },
				fc.oneof(fc.integer({ min: -99, max: 99 }), fc.constantFrom(true, false, null, 1.5e-3), word),
				fc.array(tie('value'), { maxLength: 4 }),
				fc.dictionary(word, tie('value'), { maxKeys: 4 })
			)
		}));
		const container = fc.tuple(fc.oneof(fc.array(value, { minLength: 1, maxLength: 4 }), fc.dictionary(word, value, { minKeys: 1, maxKeys: 4 })), fc.constantFrom(0, 1)).map(([v, indent]) => JSON.stringify(v, null, indent));
		const token = fc.oneof(
			{ arbitrary: fc.constant(','), weight: 4 },
			{ arbitrary: fc.constant(''), weight: 3 },
			{ arbitrary: fc.constantFrom(':', '"', '{', '}', '[', ']', "'", '\\', ' ', '\n', '/', '-', '.', 'e', '0', 'n', 't', '\u0000'), weight: 3 },
			{ arbitrary: fc.string({ maxLength: 3 }), weight: 1 }
		);
		const edit = fc.record({ at: fc.nat(), remove: fc.constantFrom(0, 0, 1, 2), insert: token });
		const broken = fc.tuple(container, edit).map(([text, { at, remove, insert }]) => {
			const marks = [...text.matchAll(/[{}[\],:"]/g)].map((m) => m.index);
			const i = marks[at % marks.length];
			return text.slice(0, i) + insert + text.slice(i + remove);
		});
		fc.assert(
			fc.property(fc.oneof({ arbitrary: broken, weight: 4 }, { arbitrary: fc.json(), weight: 1 }), (text) => {
				let parses = true;
				try {
					JSON.parse(text);
				} catch {
					parses = false;
				}
				const found = jsonSyntaxError(text);
				expect(found === undefined).toBe(parses);
				if (found) expect(found.at >= 0 && found.at <= text.length && found.reason.length > 0).toBe(true);
			}),
			{ numRuns: 2000, seed: SEED }
		);
	});
});

const DAY = 86_400_000;
const T0 = Date.UTC(1990, 0, 1);
const T1 = Date.UTC(2040, 0, 1);
const PRECISIONS = ['year', 'month', 'day', 'minute', 'second'] as const;

/** An instant written at a precision: `2019`, `2019-05`, `2019-05-13`, `2019-05-13T06:30Z` or with seconds. */
function written(t: number, p: (typeof PRECISIONS)[number]): string {
	const iso = new Date(t).toISOString();
	return { year: iso.slice(0, 4), month: iso.slice(0, 7), day: iso.slice(0, 10), minute: `${iso.slice(0, 16)}Z`, second: `${iso.slice(0, 19)}Z` }[p];
}
const startOf = (text: string) => {
	const r = parseIsoDate(text);
	if (!r.ok) throw new Error(r.message);
	return r.value.start;
};
const text = (rule = LINE) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).map((s) => (textFault(s, rule) ? 'x' : s));

const eventArb = fc.record({
	at: fc.integer({ min: T0 / 1000, max: T1 / 1000 }).map((s) => s * 1000),
	precision: fc.constantFrom(...PRECISIONS),
	span: fc.option(fc.tuple(fc.integer({ min: 0, max: 800 * DAY }), fc.constantFrom(...PRECISIONS))),
	part: fc.option(fc.constantFrom('early', 'mid', 'late')),
	window: fc.option(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }))),
	importance: fc.option(fc.integer({ min: 1, max: 5 })),
	callout: fc.option(fc.record({ text: text(), priority: fc.integer({ min: 1, max: 5 }) })),
	actor: fc.nat(),
	category: fc.nat(),
	title: text()
});

/** A valid timeline: random dates at random precision, ranges, parts, uncertainty windows, lanes, importance and callouts. */
const timelineArb = fc
	.record({
		actors: fc.integer({ min: 1, max: 6 }),
		categories: fc.integer({ min: 1, max: 4 }),
		events: fc.array(eventArb, { minLength: 1, maxLength: 60 }),
		eras: fc.array(fc.tuple(fc.integer({ min: T0, max: T1 }), fc.integer({ min: 0, max: 900 * DAY })), { maxLength: 2 })
	})
	.map(({ actors, categories, events, eras }) => ({
		format: 1,
		id: 'generated',
		title: 'Generated',
		summary: 'A generated timeline.',
		languages: ['en'],
		asOf: '2026-01-01',
		actors: Array.from({ length: actors }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'other' })),
		categories: Array.from({ length: categories }, (_, i) => ({ id: `c${i}`, name: `Category ${i}` })),
		eras: eras.map(([t, length], i) => ({ id: `era${i}`, name: `Era ${i}`, start: written(t, 'day'), end: written(t + length, 'day') })),
		events: events.map((e, i) => {
			const start = written(e.at, e.precision);
			const end = e.span && written(e.at + e.span[0], e.span[1]);
			return {
				id: `e${i}`,
				start,
				...(end && startOf(end) >= startOf(start) ? { end } : {}),
				...(e.part && (e.precision === 'year' || e.precision === 'month') ? { part: e.part } : {}),
				...(e.window ? { uncertainty: { earliest: written(e.at - e.window[0] * DAY, 'day'), latest: written(e.at + e.window[1] * DAY, 'day') } } : {}),
				...(e.importance ? { importance: e.importance } : {}),
				...(e.callout ? { annotation: e.callout } : {}),
				title: e.title,
				description: 'Generated.',
				actors: [`a${e.actor % actors}`],
				category: `c${e.category % categories}`,
				status: 'confirmed',
				sources: [],
				unsourced: true
			};
		})
	}));

describe('layout of any valid timeline (property)', () => {
	it('gives finite coordinates and labels that neither overlap nor leave the plot, at any width and zoom', () => {
		const view = fc.record({
			width: fc.integer({ min: 240, max: 2400 }),
			from: fc.double({ min: -0.5, max: 1.2, noNaN: true }),
			length: fc.double({ min: 1e-7, max: 2, noNaN: true }),
			byCategory: fc.boolean()
		});
		fc.assert(
			fc.property(timelineArb, fc.array(view, { minLength: 1, maxLength: 3 }), (t, views) => {
				const r = validateTimeline(t);
				if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
				const chart = chartOf(r.timeline);
				const [e0, e1] = chart.extent;
				for (const { width, from, length, byCategory } of views) {
					const v0 = e0 + from * (e1 - e0);
					const { layout } = chart.layout({ width, range: [v0, v0 + Math.max(length * (e1 - e0), 60_000)], mode: byCategory ? 'category' : 'actor' });
					expect(nonFinite(layout)).toEqual([]);
					const boxes = layout.labels.map((l) => l.box);
					for (let i = 0; i < boxes.length; i++) {
						expect(boxes[i].x).toBeGreaterThanOrEqual(MARGIN - 1e-6);
						expect(boxes[i].x + boxes[i].width).toBeLessThanOrEqual(width - MARGIN + 1e-6);
						for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
					}
				}
			}),
			{ numRuns: 150, seed: SEED }
		);
	});
});

describe('URL state (properties beyond tests/unit/url.test.ts)', () => {
	const roundTrip = (s: Omit<UrlState, 'filters'>) => {
		const state: UrlState = { ...s, filters: NO_FILTERS };
		expect(parseUrlState(formatUrlState(state))).toStrictEqual(state);
	};

	it('gives back any timeline address: an http(s) URL or a relative path', () => {
		const relative = fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,30}$/), fc.constantFrom('', 'data/', '../', './x/')).map(([name, dir]) => `${dir}${name}.json`);
		fc.assert(fc.property(fc.oneof(fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }), relative), (src) => roundTrip({ src })), {
			numRuns: 300,
			seed: SEED
		});
	});

	it('gives back search text in any script, emoji and combining marks included', () => {
		const q = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).filter((s) => s.trim() !== '');
		fc.assert(fc.property(q, (q) => roundTrip({ q })), { numRuns: 300, seed: SEED });
	});

	it('gives back a range anywhere from year 0000 to 9999, in whole minutes', () => {
		const minute = fc.integer({ min: Date.parse('0000-01-01T00:00Z') / 60_000, max: Date.parse('9999-12-31T23:59Z') / 60_000 }).map((m) => m * 60_000);
		const range = fc.tuple(minute, minute).filter(([a, b]) => a !== b).map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));
		fc.assert(fc.property(range, (range) => roundTrip({ range })), { numRuns: 500, seed: SEED });
	});

	it('writes a link that reads back to itself: formatting what any query parses is stable', () => {
		const dates = ['2019', '2019-05', '2019-05-13', '2019-05-14', '2019-05-13T10:00Z', '2019-05-13T10:00:30Z', '2019-05-13T23:59:59.999Z', '2019-05-13T08:30+02:00', '0000-01-01', '9999-12-31'];
		const candidates: Record<string, string[]> = {
			timeline: ['whatsapp-nso-2019', 'Bad'],
			src: ['data/other.json', 'https://example.org/t.json?a=1&b=2,3', 'javascript:alert(1)'],
			lang: ['ar', 'en', 'EN'],
			lanes: ['actor', 'category'],
			fold: ['1', '0', 'yes'],
			start: dates,
			end: dates,
			event: ['ft-report', 'A'],
			q: [' NSO ', 'a&b=c+d%', 'مَجموعة'],
			actor: ['nso-group,whatsapp', 'a,,a', 'Bad'],
			category: ['attack', 'law,attack'],
			status: ['confirmed,denied', 'rumoured'],
			filter: ['fade', 'hide'],
			tz: ['utc', 'local', 'source'],
			numerals: ['latn', 'arab'],
			calendar: ['gregory', 'islamic-umalqura'],
			axis: ['ltr', 'rtl'],
			theme: ['auto', 'dark', 'contrast']
		};
		const param = (values: string[]) => fc.option(fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 4 }, { arbitrary: fc.string({ maxLength: 8 }), weight: 1 }), { nil: undefined });
		const query = fc
			.record(Object.fromEntries(Object.entries(candidates).map(([name, values]) => [name, param(values)])))
			.map((params) => new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString());
		fc.assert(
			fc.property(query, (search) => {
				const once = formatUrlState(parseUrlState(search));
				expect(formatUrlState(parseUrlState(once))).toBe(once);
			}),
			{ numRuns: 500, seed: SEED }
		);
	});
});
