import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import {
	defaultMinGap,
	foldHelps,
	foldedScale,
	placeBreaks,
	quietSpans,
	rescaleFolded,
	ticksForScale,
	type Break
} from '../../src/lib/time/fold';
import { ticksFor, tickLevel } from '../../src/lib/time/ticks';
import { baseScale } from '../../src/lib/time/scale';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const span = (a: string, b: string): [number, number] => [at(a), at(b)];
const iso = (t: number) => new Date(t).toISOString();
const brk = (a: string, b: string): Break => ({ start: at(a), end: at(b) });
const inside = (t: number, breaks: readonly Break[]) => breaks.some((b) => t > b.start && t < b.end);
const zoomAbout = (k: number, px: number): ZoomTransform => zoomIdentity.translate(px * (1 - k), 0).scale(k);

/** Every instant the WhatsApp / NSO timeline must keep visible: mark positions, range and soft-extent ends. */
const REAL_EDGES = [
	'2018-06-01', '2018-07-01', '2018-08-01', '2018-09-01', '2018-10-01', '2018-12-01', '2019-01-01', '2019-02-01',
	'2019-03-01', '2019-04-01', '2019-04-29', '2019-05-01', '2019-05-06', '2019-05-09', '2019-05-10', '2019-05-12',
	'2019-05-13', '2019-05-13T12:00', '2019-05-14', '2019-05-14T19:52:40', '2019-05-15', '2019-05-16', '2019-06-01',
	'2019-10-28', '2019-10-29', '2019-10-31', '2019-11-01', '2019-11-03', '2020-01-14', '2020-01-16', '2020-07-12',
	'2020-07-13', '2020-07-16', '2021-11-03', '2021-11-08', '2023-01-09', '2024-12-20', '2025-04-28', '2025-05-06',
	'2025-10-17', '2025-11-19', '2025-11-20', '2026-05-20', '2026-05-22'
].map((d) => at(`${d}Z`));
/** Padded by 2% on each side, as extentOf does. */
const REAL_EXTENT: [number, number] = (() => {
	const lo = REAL_EDGES[0];
	const hi = REAL_EDGES[REAL_EDGES.length - 1];
	const pad = (hi - lo) * 0.02;
	return [lo - pad, hi + pad];
})();
const REAL_BREAKS = quietSpans(REAL_EDGES, REAL_EXTENT, defaultMinGap(REAL_EXTENT));

/** One year with two folded spans, drawn on 1000 px. */
const YEAR = span('2019-01-01Z', '2020-01-01Z');
const YEAR_BREAKS = [brk('2019-02-01Z', '2019-05-01Z'), brk('2019-06-01Z', '2019-12-01Z')];
const YEAR_RANGE: [number, number] = [10, 1010];
const YEAR_OPEN_MS = (31 + 31 + 31) * DAY;
const YEAR_PX_PER_MS = (1000 - 2 * 28) / YEAR_OPEN_MS;

describe('defaultMinGap', () => {
	it.for<[string, [number, number], number]>([
		['is 60 days for a one-year timeline', YEAR, 60 * DAY],
		['is 4% of an eight-year timeline', span('2018-01-01Z', '2026-01-01Z'), 0.04 * 2922 * DAY],
		['is 60 days for an empty extent', span('2019-05-13Z', '2019-05-13Z'), 60 * DAY]
	])('%s', ([_, extent, expected]) => {
		expect(defaultMinGap(extent)).toBeCloseTo(expected, -1);
	});

	it('takes its floor and share as options', () => {
		expect(defaultMinGap(YEAR, { days: 30, share: 0 })).toBe(30 * DAY);
		expect(defaultMinGap(YEAR, { days: 0, share: 0.5 })).toBe(0.5 * 365 * DAY);
	});
});

describe('quietSpans folds only the long spans that hold no edge', () => {
	it.for<[string, string[], [string, string], number, number | undefined, [string, string][]]>([
		['none when the edges are dense', ['2019-01-01', '2019-02-01', '2019-03-01', '2019-04-01', '2019-05-01', '2019-06-01'], ['2019-01-01', '2019-06-01'], 60, undefined, []],
		['one long gap folds, shrunk by a 10% margin each side', ['2019-01-01', '2019-01-10', '2019-07-01', '2019-07-05'], ['2019-01-01', '2019-07-05'], 60, undefined, [['2019-01-16', '2019-06-25']]],
		['a gap shorter than minGap does not fold', ['2019-01-01', '2019-02-20'], ['2019-01-01', '2019-02-20'], 60, undefined, []],
		['a gap of exactly minGap does not fold', ['2019-01-01', '2019-03-02'], ['2019-01-01', '2019-03-02'], 60, undefined, []],
		['an edge inside a gap prevents folding there', ['2019-01-01', '2019-02-15', '2019-04-01'], ['2019-01-01', '2019-04-01'], 60, undefined, []],
		['the same gap without that edge folds', ['2019-01-01', '2019-04-01'], ['2019-01-01', '2019-04-01'], 60, undefined, [['2019-01-07', '2019-03-26']]],
		['the margin is at least one day', ['2019-05-10', '2019-05-13T12:00'], ['2019-05-10', '2019-05-13T12:00'], 2, undefined, [['2019-05-11', '2019-05-12T12:00']]],
		['an explicit zero margin folds the whole gap', ['2019-01-01', '2019-04-01'], ['2019-01-01', '2019-04-01'], 60, 0, [['2019-01-01', '2019-04-01']]],
		['a margin that eats the gap leaves nothing to fold', ['2019-01-01', '2019-04-01'], ['2019-01-01', '2019-04-01'], 60, 45 * DAY, []],
		['unsorted and repeated edges count once', ['2019-07-01', '2019-01-01', '2019-07-01', '2019-01-01'], ['2019-01-01', '2019-07-01'], 60, undefined, [['2019-01-07', '2019-06-25']]],
		['long padding before the first edge folds', ['2019-01-01', '2019-01-10'], ['2018-01-01', '2019-01-10'], 60, undefined, [['2018-01-07', '2018-12-26']]],
		['short padding at both ends does not fold', ['2019-01-01', '2019-01-10'], ['2018-12-20', '2019-01-25'], 60, undefined, []],
		['edges outside the extent are ignored; breaks come sorted', ['2020-01-01', '2019-04-01', '2018-01-01'], ['2019-01-01', '2019-07-01'], 60, undefined, [['2019-01-07', '2019-03-26'], ['2019-04-07', '2019-06-25']]]
	])('%s', ([_, edges, extent, minGapDays, margin, expected]) => {
		const breaks = quietSpans(
			edges.map((d) => at(`${d}Z`)),
			[at(`${extent[0]}Z`), at(`${extent[1]}Z`)],
			minGapDays * DAY,
			margin === undefined ? {} : { margin }
		);
		expect(breaks.map((b) => [iso(b.start), iso(b.end)])).toEqual(expected.map(([a, b]) => [iso(at(`${a}Z`)), iso(at(`${b}Z`))]));
	});

	it('gives what sorting all the edges gives, with few buckets (the default gap) or too many (any gap)', () => {
		/** The definition, the long way: sort the edges inside the extent and its ends, and take the long spans. */
		const reference = (edges: number[], [e0, e1]: [number, number], minGap: number, margin: number) => {
			const stops = [e0, e1, ...edges.filter((t) => t >= e0 && t <= e1)].sort((a, b) => a - b);
			return stops.slice(1).flatMap((b, i) => (b - stops[i] > minGap && b - margin > stops[i] + margin ? [{ start: stops[i] + margin, end: b - margin }] : []));
		};
		fc.assert(
			fc.property(
				// Whole days, so that spans of exactly the gap come up.
				fc.array(fc.integer({ min: -400, max: 8 * 365 }), { maxLength: 60 }),
				fc.integer({ min: 0, max: 8 * 365 }),
				fc.integer({ min: 0, max: 8 * 365 }),
				fc.option(fc.integer({ min: 1, max: 400 })),
				(days, from, span, gapDays) => {
					const edges = days.map((d) => at('2018-01-01Z') + d * DAY);
					const extent: [number, number] = [at('2018-01-01Z') + from * DAY, at('2018-01-01Z') + (from + span) * DAY];
					const minGap = gapDays === null ? defaultMinGap(extent) : gapDays * DAY;
					const margin = Math.max(0.1 * minGap, DAY);
					expect(quietSpans(edges, extent, minGap)).toEqual(reference(edges, extent, minGap, margin));
				}
			),
			{ seed: 20190513, numRuns: 500 }
		);
	});

	it('gives sorted, disjoint breaks inside the extent that hold no edge, each longer than nothing', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 8 * 365 * 24 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 400 }), (hours, minGapDays) => {
				const edges = hours.map((h) => at('2018-01-01Z') + h * HOUR);
				const extent: [number, number] = [Math.min(...edges) - 10 * DAY, Math.max(...edges) + 10 * DAY];
				const breaks = quietSpans(edges, extent, minGapDays * DAY);
				breaks.forEach((b, i) => {
					expect(b.end).toBeGreaterThan(b.start);
					expect(b.start).toBeGreaterThanOrEqual(extent[0]);
					expect(b.end).toBeLessThanOrEqual(extent[1]);
					if (i > 0) expect(b.start).toBeGreaterThan(breaks[i - 1].end);
					expect(edges.some((t) => t >= b.start && t <= b.end)).toBe(false);
				});
			}),
			{ seed: 20190513, numRuns: 200 }
		);
	});
});

describe('foldHelps', () => {
	it('says yes for the real shape: 2018-06 to 2026-05 with a dense May 2019', () => {
		expect(REAL_BREAKS.length).toBeGreaterThanOrEqual(5);
		expect(foldHelps(REAL_EXTENT, REAL_BREAKS)).toBe(true);
	});

	it('says no for events spread evenly over the same years', () => {
		const edges = Array.from({ length: 66 }, (_, i) => at('2018-06-01Z') + i * 45 * DAY);
		const extent: [number, number] = [edges[0], edges[edges.length - 1]];
		expect(foldHelps(extent, quietSpans(edges, extent, defaultMinGap(extent)))).toBe(false);
	});

	it.for<[string, Break[], number | undefined, boolean]>([
		['no breaks do not help', [], undefined, false],
		['hiding exactly 40% helps', [{ start: 10 * DAY, end: 50 * DAY }], undefined, true],
		['hiding 39% does not', [{ start: 10 * DAY, end: 49 * DAY }], undefined, false],
		['only the part of a break inside the extent counts', [{ start: -100 * DAY, end: 30 * DAY }], undefined, false],
		['the threshold is an option', [{ start: 10 * DAY, end: 30 * DAY }], 0.2, true]
	])('%s', ([_, breaks, minShare, expected]) => {
		expect(foldHelps([0, 100 * DAY], breaks, minShare === undefined ? {} : { minShare })).toBe(expected);
	});
});

describe('foldedScale maps time piecewise, each break a fixed gap', () => {
	const x = foldedScale(YEAR, YEAR_RANGE, YEAR_BREAKS);
	const days = Array.from({ length: 366 }, (_, i) => YEAR[0] + i * DAY);

	it('maps the extent ends to the range ends', () => {
		expect(x(YEAR[0])).toBeCloseTo(10, 9);
		expect(x(YEAR[1])).toBeCloseTo(1010, 9);
	});

	it('gives each break gapPx', () => {
		for (const b of YEAR_BREAKS) expect(x(b.end) - x(b.start)).toBeCloseTo(28, 9);
		const wide = foldedScale(YEAR, YEAR_RANGE, YEAR_BREAKS, 40);
		for (const b of YEAR_BREAKS) expect(wide(b.end) - wide(b.start)).toBeCloseTo(40, 9);
	});

	it('gives every unfolded span the same ms per px', () => {
		const open: [number, number][] = [
			[YEAR[0], YEAR_BREAKS[0].start],
			[YEAR_BREAKS[0].end, YEAR_BREAKS[1].start],
			[YEAR_BREAKS[1].end, YEAR[1]]
		];
		for (const [a, b] of open) expect((x(b) - x(a)) / (b - a)).toBeCloseTo(YEAR_PX_PER_MS, 15);
	});

	it('is strictly increasing and inverts itself outside breaks', () => {
		const px = days.map((t) => x(t));
		for (let i = 1; i < px.length; i++) expect(px[i]).toBeGreaterThan(px[i - 1]);
		for (const t of days.filter((d) => !inside(d, YEAR_BREAKS))) expect(Math.abs(x.invert(x(t)).getTime() - t)).toBeLessThan(1);
	});

	it('equals the plain base scale without breaks', () => {
		const plain = foldedScale(YEAR, YEAR_RANGE, []);
		const base = baseScale(YEAR, YEAR_RANGE);
		expect(plain.domain()).toEqual(base.domain());
		expect(plain.range()).toEqual(base.range());
		for (const t of days) expect(plain(t)).toBe(base(t));
	});

	it('caps a break at a fair share, range/(2n+1), of a tiny range', () => {
		const tiny = foldedScale(YEAR, [0, 70], YEAR_BREAKS);
		for (const b of YEAR_BREAKS) expect(tiny(b.end) - tiny(b.start)).toBeCloseTo(14, 9);
		expect(tiny(YEAR[1])).toBeCloseTo(70, 9);
	});

	it('clips breaks to the extent and ignores those outside it', () => {
		const clipped = foldedScale(YEAR, YEAR_RANGE, [brk('2018-06-01Z', '2019-02-01Z'), brk('2021-01-01Z', '2022-01-01Z')]);
		expect(clipped.domain().map((d) => d.toISOString())).toEqual(['2019-01-01T00:00:00.000Z', '2019-01-01T00:00:00.000Z', '2019-02-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z']);
		expect(clipped(at('2019-02-01Z')) - clipped(YEAR[0])).toBeCloseTo(28, 9);
	});
});

describe('rescaleFolded zooms a folded scale', () => {
	const x = foldedScale(YEAR, YEAR_RANGE, YEAR_BREAKS);
	const days = Array.from({ length: 366 }, (_, i) => YEAR[0] + i * DAY);

	it.for<[string, ZoomTransform]>([
		['identity', zoomIdentity],
		['pan only', zoomIdentity.translate(-250, 0)],
		['zoom 3× about the middle', zoomAbout(3, 510)],
		['zoom 40× about a break', zoomAbout(40, 300)],
		['zoom 2000× about the start', zoomAbout(2000, 10)]
	])('%s: breaks take k·gapPx, every instant moves to k·x + tx, invert∘x = identity outside breaks', ([_, t]) => {
		const z = rescaleFolded(t, x);
		for (const b of YEAR_BREAKS) expect(z(b.end) - z(b.start)).toBeCloseTo(t.k * 28, 6);
		for (const d of days) expect(z(d)).toBeCloseTo(t.applyX(x(d)), 6);
		for (const d of days.filter((d) => !inside(d, YEAR_BREAKS))) expect(Math.abs(z.invert(z(d)).getTime() - d)).toBeLessThan(1);
	});

	it('matches transform.rescaleX on a plain scale', () => {
		const plain = baseScale(YEAR, YEAR_RANGE);
		const t = zoomAbout(7, 400);
		const a = rescaleFolded(t, plain);
		const b = t.rescaleX(plain);
		for (const d of days) expect(a(d)).toBeCloseTo(b(d), 6);
	});

	it('is needed: transform.rescaleX keeps invert∘x but smears the breaks of a folded scale', () => {
		const t = zoomAbout(3, 510);
		const z = t.rescaleX(x);
		for (const d of days.filter((d) => !inside(d, YEAR_BREAKS))) expect(Math.abs(z.invert(z(d)).getTime() - d)).toBeLessThan(1);
		const widths = YEAR_BREAKS.map((b) => z(b.end) - z(b.start));
		expect(widths.some((w) => Math.abs(w - 3 * 28) > 10)).toBe(true);
	});
});

describe('placeBreaks', () => {
	const x = foldedScale(YEAR, YEAR_RANGE, YEAR_BREAKS);
	const x0s = [10 + 31 * DAY * YEAR_PX_PER_MS, 10 + 62 * DAY * YEAR_PX_PER_MS + 28];

	it('places each break at its px on the scale, in order, keeping its dates', () => {
		const placed = placeBreaks(x, YEAR_BREAKS);
		expect(placed.map((p) => [p.start, p.end])).toEqual(YEAR_BREAKS.map((b) => [b.start, b.end]));
		placed.forEach((p, i) => {
			expect(p.x0).toBeCloseTo(x0s[i], 9);
			expect(p.x1).toBeCloseTo(x0s[i] + 28, 9);
		});
	});

	it('places breaks on a zoomed scale, off-range ones included', () => {
		const t = zoomAbout(10, 900);
		const placed = placeBreaks(rescaleFolded(t, x), YEAR_BREAKS);
		placed.forEach((p, i) => {
			expect(p.x0).toBeCloseTo(t.applyX(x0s[i]), 6);
			expect(p.x1 - p.x0).toBeCloseTo(280, 6);
		});
		expect(placed[0].x1).toBeLessThan(YEAR_RANGE[0]);
	});
});

describe('ticksForScale ticks a folded, zoomed scale', () => {
	it.for<[string, [number, number], number, ZoomTransform]>([
		['eight years, whole', span('2018-01-01Z', '2026-06-01Z'), 1200, zoomIdentity],
		['eight years on a phone', span('2018-01-01Z', '2026-06-01Z'), 350, zoomIdentity],
		['eight years zoomed into May 2019', span('2018-01-01Z', '2026-06-01Z'), 1200, zoomAbout(90, 190)],
		['one year zoomed to hours', YEAR, 1000, zoomAbout(3000, 500)],
		['two years panned', span('2019-01-01Z', '2021-01-01Z'), 1200, zoomIdentity.translate(-800, 0).scale(2)]
	])('equals ticksFor over the visible domain without breaks: %s', ([_, extent, width, t]) => {
		const z = rescaleFolded(t, foldedScale(extent, [12, 12 + width], []));
		expect(ticksForScale(z, 12, 12 + width, [])).toEqual(ticksFor([z.invert(12), z.invert(12 + width)], width));
	});

	it('equals ticksFor without breaks for random extents, widths and zooms', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 9 * 365 * 24 }),
				fc.integer({ min: 100, max: 1800 }),
				fc.double({ min: 1, max: 5000, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(hours, width, k, focus) => {
					const extent: [number, number] = [at('2018-01-01Z'), at('2018-01-01Z') + hours * HOUR];
					const z = rescaleFolded(zoomAbout(k, 12 + focus * width), foldedScale(extent, [12, 12 + width], []));
					expect(ticksForScale(z, 12, 12 + width, [])).toEqual(ticksFor([z.invert(12), z.invert(12 + width)], width));
				}
			),
			{ seed: 1305, numRuns: 300 }
		);
	});

	it('never puts a tick or context tick strictly inside a break, never repeats one, and picks the level from the unfolded ms per px', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 8 * 365 * 24 }), { minLength: 2, maxLength: 30 }),
				fc.integer({ min: 200, max: 1600 }),
				fc.double({ min: 1, max: 3000, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(hours, width, k, focus) => {
					const edges = hours.map((h) => at('2018-06-01Z') + h * HOUR);
					const lo = Math.min(...edges);
					const hi = Math.max(...edges, lo + DAY);
					const extent: [number, number] = [lo - (hi - lo) * 0.02, hi + (hi - lo) * 0.02];
					const breaks = quietSpans(edges, extent, defaultMinGap(extent));
					const [left, right] = [12, 12 + width];
					const z = rescaleFolded(zoomAbout(k, left + focus * width), foldedScale(extent, [left, right], breaks));
					const ticks = ticksForScale(z, left, right, breaks);
					const [d0, d1] = [z.invert(left).getTime(), z.invert(right).getTime()];
					for (const d of [...ticks.ticks, ...ticks.contextTicks]) expect(inside(d.getTime(), breaks)).toBe(false);
					for (const d of ticks.ticks) expect(d.getTime() >= d0 && d.getTime() <= d1).toBe(true);
					for (const list of [ticks.ticks, ticks.contextTicks]) {
						for (let i = 1; i < list.length; i++) expect(list[i].getTime()).toBeGreaterThan(list[i - 1].getTime());
					}
					if (breaks.length > 0) {
						const folded = breaks.reduce((s, b) => s + b.end - b.start, 0);
						const gap = Math.min(28, width / (2 * breaks.length + 1));
						const openMsPerPx = (extent[1] - extent[0] - folded) / ((width - breaks.length * gap) * k);
						expect(ticks.level).toBe(tickLevel(openMsPerPx).level);
					}
				}
			),
			{ seed: 20191029, numRuns: 300 }
		);
	});

	it('ticks the real shape at quarters where the unfolded axis would only fit years', () => {
		const x = foldedScale(REAL_EXTENT, [12, 1188], REAL_BREAKS);
		expect(ticksFor([x.invert(12), x.invert(1188)], 1176).level).toBe('years');
		expect(ticksForScale(x, 12, 1188, REAL_BREAKS).level).toBe('quarters');
	});

	it('drops the ticks that fall inside a break, and starts the context again at the break\'s end', () => {
		const extent = span('2019-01-01Z', '2019-12-31Z');
		const breaks = [brk('2019-02-10Z', '2019-11-20Z')];
		const t = ticksForScale(foldedScale(extent, [0, 1000], breaks), 0, 1000, breaks);
		expect(t.level).toBe('weeks');
		expect(t.context).toBe('months');
		const days = (ds: Date[]) => ds.map((d) => d.toISOString().slice(0, 10));
		expect(days(t.ticks)).toEqual([
			'2019-01-01', '2019-01-08', '2019-01-15', '2019-01-22', '2019-02-01', '2019-02-08',
			'2019-11-22', '2019-12-01', '2019-12-08', '2019-12-15', '2019-12-22'
		]);
		expect(days(t.contextTicks)).toEqual(['2019-01-01', '2019-02-01', '2019-11-20', '2019-12-01']);
	});

	it('keeps ticks that sit exactly on a break edge', () => {
		const extent = span('2019-01-01Z', '2019-12-31Z');
		const breaks = [brk('2019-02-01Z', '2019-11-01Z')];
		const t = ticksForScale(foldedScale(extent, [0, 1000], breaks), 0, 1000, breaks);
		const ticks = t.ticks.map((d) => d.getTime());
		expect(ticks).toContain(at('2019-02-01Z'));
		expect(ticks).toContain(at('2019-11-01Z'));
		expect(t.contextTicks.map((d) => d.getTime())).toContain(at('2019-11-01Z'));
	});

	it('keeps the tick on a break start that is also the left end of the view', () => {
		const extent = span('2019-01-01Z', '2019-12-31Z');
		const breaks = [brk('2019-01-01Z', '2019-11-01Z')];
		const t = ticksForScale(foldedScale(extent, [0, 1000], breaks), 0, 1000, breaks);
		expect(t.ticks[0].toISOString()).toBe('2019-01-01T00:00:00.000Z');
		expect(t.contextTicks[0].toISOString()).toBe('2019-01-01T00:00:00.000Z');
	});

	it('at the years level, names each piece after a break from its start in the context row', () => {
		const extent = span('2018-06-01Z', '2026-06-01Z');
		// A piece from March 2020 to May 2021 and one from 1 January 2023, where a year's tick stands.
		const breaks = [brk('2019-06-01Z', '2020-03-15Z'), brk('2021-05-01Z', '2023-01-01Z')];
		const t = ticksForScale(foldedScale(extent, [0, 300], breaks), 0, 300, breaks);
		expect(t.level).toBe('years');
		expect(t.context).toBe('years');
		expect(t.contextTicks.map((d) => d.toISOString().slice(0, 10))).toEqual(['2020-03-15']);
		expect(t.ticks.map((d) => d.getTime())).toContain(at('2023-01-01Z'));
		// Without a break in view the years have no context row.
		const whole = ticksForScale(foldedScale(extent, [0, 300], []), 0, 300, []);
		expect(whole.level).toBe('years');
		expect([whole.context, whole.contextTicks]).toEqual(['none', []]);
	});

	it('gives no ticks when the view lies inside a break', () => {
		const breaks = YEAR_BREAKS;
		const base = foldedScale(YEAR, YEAR_RANGE, breaks);
		const x = rescaleFolded(zoomAbout(1000, (base(breaks[0].start) + base(breaks[0].end)) / 2), base);
		expect(inside(x.invert(0).getTime(), breaks) && inside(x.invert(1000).getTime(), breaks)).toBe(true);
		const t = ticksForScale(x, 0, 1000, breaks);
		expect(t.ticks).toEqual([]);
		expect(t.contextTicks).toEqual([]);
	});
});
