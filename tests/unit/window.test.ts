// Windowing and aggregation at scale: only what is in view is read, and no event is lost or drawn twice.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { toItems, extentOf, type Item } from '../../src/lib/model/items';
import { baseScale } from '../../src/lib/time/scale';
import { assignLanes } from '../../src/lib/layout/lanes';
import { layoutChart, GEOMETRY } from '../../src/lib/layout/chart';
import { indexItems, laneLayout, scanWindow, candidateCount, loOf, hiOf } from '../../src/lib/layout/window';
import { levelFor, levelOf, runsOf } from '../../src/lib/layout/aggregate';
import { useDenseLayout, EXACT_LIMIT } from '../../src/lib/layout/inview';
import { aggregateWindow } from '../../src/lib/layout/dense';
import type { Node } from '../../src/lib/layout/clusters';
import { estimate } from '../../src/lib/chart/measure';
import { overviewStrokes, strokeBands, type Stroke } from '../../src/lib/layout/overview';
import { syntheticTimeline } from '../../bench/synthetic';

function setup(count: number) {
	const timeline = syntheticTimeline(count);
	const items = toItems(timeline);
	const assignment = assignLanes(items, 'actor', timeline);
	const index = indexItems(items, assignment);
	const extent = extentOf(items);
	return { items, assignment, index, extent };
}

// The app loads the layout of dense windows before it draws a timeline that can need it (chart/dense-load.ts).
useDenseLayout(aggregateWindow);

const small = setup(3_000);
const big = setup(100_000);
const WIDTH = 1280;
const [LEFT, RIGHT] = [12, WIDTH - 12];
const measure = estimate();

/**
 * The chart's layout at zoom k around the instant `at` (ms): at rest, or while the reader moves the view in a gesture
 * that began at zoom `from`.
 */
function layout(s: ReturnType<typeof setup>, k: number, at: number, from?: number, dragged = 0) {
	const x = baseScale(s.extent, [LEFT, RIGHT]);
	const px = x(new Date(at));
	const zoomed = (k: number, dx = 0) => zoomIdentity.translate(px - k * px + dx, 0).scale(k).rescaleX(x);
	const xz = zoomed(k, dragged);
	const r = layoutChart({
		index: s.index,
		assignment: s.assignment,
		x: xz,
		left: LEFT,
		right: RIGHT,
		top: 88,
		label: (i) => String(i.event.title),
		callout: () => undefined,
		measure,
		laneNameWidth: () => 60,
		moving: from === undefined ? undefined : zoomed(from)
	});
	// The window the layout reads: the plot and its margin (layoutChart's pad).
	const pad = GEOMETRY.clusterRadius + 4;
	return { ...r, t0: xz.invert(LEFT).getTime(), t1: xz.invert(RIGHT).getTime(), candidates: candidateCount(s.index, xz.invert(LEFT - pad).getTime(), xz.invert(RIGHT + pad).getTime()) };
}

/** Each drawn event id with how many times it is drawn. */
function drawnCounts(nodes: Node[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const n of nodes) for (const item of n.kind === 'mark' ? [n.mark.item] : n.cluster.members()) counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
	return counts;
}

const touches = (item: Item, t0: number, t1: number) => loOf(item) <= t1 && hiOf(item) >= t0;

describe('scanWindow', () => {
	it('visits exactly the items that touch the window, and counts what it looked at', () => {
		const [a, b] = small.extent;
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), (start, length) => {
				const t0 = a + start * (b - a);
				const t1 = t0 + length * (b - a);
				const seen: Item[] = [];
				const touched = scanWindow(small.index, t0, t1, (i) => seen.push(i));
				const expected = small.items.filter((i) => touches(i, t0, t1));
				expect(seen.map((i) => i.id).sort()).toEqual(expected.map((i) => i.id).sort());
				expect(touched).toBe(candidateCount(small.index, t0, t1));
				expect(touched).toBeGreaterThanOrEqual(seen.length);
			}),
			{ numRuns: 60 }
		);
	});
});

describe('runsOf', () => {
	it('merges buckets closer than the distance and keeps every item of the span in exactly one run', () => {
		const series = big.index.lanes[0];
		const k = levelFor(30 * 86_400_000);
		const level = levelOf(series, k);
		const x = (t: number) => (t - Date.UTC(2019, 0, 1)) / 86_400_000; // 1 px a day
		const { runs, touched } = runsOf(level, -Infinity, Infinity, x, 14);
		expect(touched).toBe(level.key.length);
		expect(runs[0].start).toBe(0);
		expect(runs[runs.length - 1].end).toBe(series.items.length);
		for (let i = 1; i < runs.length; i++) {
			expect(runs[i].start).toBe(runs[i - 1].end);
			expect(runs[i].x - runs[i - 1].x).toBeGreaterThan(0);
		}
	});
});

describe('layoutChart at 100,000 events', () => {
	it('in full view counts dense stretches by bucket: the nodes depend on the width, not on the data', () => {
		const r = layout(big, 1, (big.extent[0] + big.extent[1]) / 2);
		expect(r.aggregated).toBe(true);
		const perLane = Math.ceil((RIGHT - LEFT) / 14) + 2;
		expect(r.nodes.length).toBeLessThanOrEqual(big.assignment.lanes.length * perLane);
		expect(r.touched).toBeLessThan(2_000);
		// Every event is in exactly one node.
		const counts = drawnCounts(r.nodes);
		expect(counts.size).toBe(big.items.length);
		expect([...counts.values()].every((c) => c === 1)).toBe(true);
		expect(r.nodes.reduce((n, node) => n + (node.kind === 'mark' ? 1 : node.cluster.count), 0)).toBe(big.items.length);
	});

	it('loses no event and draws none twice across the window edges, at any zoom', { timeout: 60_000 }, () => {
		const [a, b] = big.extent;
		const byId = new Map(big.items.map((i) => [i.id, i]));
		fc.assert(
			fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.integer({ min: 2, max: 20_000 }), fc.option(fc.integer({ min: 1, max: 20_000 })), (where, k, from) => {
				const moving = from !== null;
				const r = layout(big, k, a + where * (b - a), from ?? undefined);
				const counts = drawnCounts(r.nodes);
				expect([...counts.values()].every((c) => c === 1)).toBe(true);
				for (const item of big.items) if (touches(item, r.t0, r.t1)) expect(counts.has(item.id)).toBe(true);
				// Outside the view, only what is within the margin (a mark's reach; an edge bucket, under 80 px wide at
				// rest, under 4 × 40 px while moving: twice the least width, times 2 for a lane a level above rest) and
				// the keyboard's four neighbours.
				const slack = ((r.aggregated ? (moving ? 180 : 100) : 20) * (r.t1 - r.t0)) / (RIGHT - LEFT);
				const outside = [...counts.keys()].filter((id) => !touches(byId.get(id)!, r.t0 - slack, r.t1 + slack));
				expect(outside.length).toBeLessThanOrEqual(4);
			}),
			{ numRuns: 15 }
		);
	});

	it('touches a bounded number of items on every step of a wheel zoom from years to hours, moving or at rest', () => {
		const mid = Date.UTC(2019, 4, 13, 12);
		// While moving (a gesture from the whole view), lanes are bucketed at staggered levels and turn exact one at a
		// time (another path).
		for (const from of [undefined, 1]) {
			const touched: number[] = [];
			for (let step = 0; step < 60; step++) touched.push(layout(big, Math.pow(1.25, step), mid, from).touched);
			expect(Math.max(...touched)).toBeLessThanOrEqual(3 * EXACT_LIMIT);
		}
		// And a gesture back out from the first view exact at rest, whose lanes stay exact further out (exactLimit).
		const exactAt = Array.from({ length: 60 }, (_, i) => i).find((i) => !layout(big, Math.pow(1.25, i), mid).aggregated)!;
		const out: number[] = [];
		for (let step = exactAt; step >= 0; step--) out.push(layout(big, Math.pow(1.25, step), mid, Math.pow(1.25, exactAt)).touched);
		expect(Math.max(...out)).toBeLessThanOrEqual(3 * EXACT_LIMIT);
		// Deep in, the chart lays out each event again (no aggregation needed).
		expect(layout(big, Math.pow(1.25, 59), mid).aggregated).toBe(false);
	});
});

describe('a wheel zoom through dense views', () => {
	const mid = setup(10_000);
	/** The key each drawn node has in the chart (Marks): an event's id, a cluster's. */
	const keys = (nodes: Node[]) => new Set(nodes.map((n) => (n.kind === 'mark' ? n.mark.item.id : n.cluster.id)));

	/** Three instants to zoom in on, in time units of the synthetic timelines. */
	const anchors = (s: ReturnType<typeof setup>) => [(s.extent[0] + s.extent[1]) / 2, Date.UTC(2019, 4, 13, 12), Date.UTC(2020, 1, 3)];

	it("gives a cluster the category its events share (its place in the timeline's list), and none when they are mixed", () => {
		const categories = syntheticTimeline(20).categories.map((c) => c.id);
		let [shared, mixed] = [0, 0];
		for (const s of [small, mid]) {
			for (const at of anchors(s)) {
				for (const k of [1, 8, 64, 512]) {
					for (const n of layout(s, k, at).nodes) {
						if (n.kind !== 'cluster') continue;
						const own = new Set(n.cluster.members().map((i) => i.event.category));
						expect(n.cluster.category).toBe(own.size === 1 ? categories.indexOf([...own][0]) : null);
						if (own.size === 1) shared++;
						else mixed++;
					}
				}
			}
		}
		expect(shared).toBeGreaterThan(10);
		expect(mixed).toBeGreaterThan(10);
	});

	/** Views at rest, at 10,000 and 100,000 events, around each anchor, a notch apart (off the notches of other tests). */
	function* restViews(steps: number) {
		for (const s of [mid, big])
			for (const at of anchors(s))
				for (let step = 0; step < steps; step++) {
					const k = 2 ** (0.2 * step + 0.07);
					yield { s, at, k, rest: layout(s, k, at) };
				}
	}

	it('while the view moves, regroups a lane or two per step, so that no step draws more than 40 nodes anew', () => {
		// A wheel notch of d3-zoom's default (100 px of delta) zooms by 2^0.2. At rest (and before lanes changed level
		// at staggered zooms) every fifth step regroups all six lanes at once and draws 75 to 100 nodes anew.
		// Three gestures: in from the whole view; out from deep in; in and back out, as the benchmark's wheel runs.
		const range = (a: number, b: number) => Array.from({ length: Math.abs(b - a) + 1 }, (_, i) => a + Math.sign(b - a) * i);
		const gestures = [range(0, 59), range(40, 0), [...range(7, 37), ...range(36, 7)]];
		for (const s of [mid, big]) {
			for (const [at, steps] of anchors(s).flatMap((at) => gestures.map((g) => [at, g] as const))) {
				let before: Set<string> | undefined;
				let aggregatedSteps = 0;
				for (const step of steps) {
					const r = layout(s, 2 ** (0.2 * step), at, 2 ** (0.2 * steps[0]));
					const now = keys(r.nodes);
					// Only buckets in every lane: the steps near the exact layout, where lanes turn exact one at a time,
					// are the next test's.
					if (before && r.aggregated && !r.levels!.includes(-1)) {
						aggregatedSteps++;
						expect([...now].filter((key) => !before!.has(key)).length).toBeLessThanOrEqual(40);
					}
					before = now;
				}
				expect(aggregatedSteps).toBeGreaterThan(steps.length / 3);
			}
		}
	});

	it('while the view moves into the exact layout, turns lanes exact one at a time: no step draws 60 nodes or 30 labels anew', { timeout: 60_000 }, () => {
		// When the whole window turned exact at once, that step drew some 200 nodes and 60 labels anew (a frame of
		// 70–100 ms at 10,000 events in Chromium).
		// Gestures: in from the whole view; and out from the first view exact at rest (200 to 400 events in view),
		// where every lane begins exact and they leave one at a time.
		const labelKeys = (r: ReturnType<typeof layout>) => new Set(r.labels.map((l) => `${l.kind}:${l.id}`));
		let mixed = 0;
		for (const [s, at] of [mid, big].flatMap((s) => anchors(s).map((at) => [s, at] as const))) {
			const exactAt = Array.from({ length: 60 }, (_, i) => i).find((i) => !layout(s, 2 ** (0.2 * i), at).aggregated)!;
			for (const steps of [Array.from({ length: 60 }, (_, i) => i), Array.from({ length: exactAt + 1 }, (_, i) => exactAt - i)]) {
			let before: ReturnType<typeof layout> | undefined;
			for (const step of steps) {
				const r = layout(s, 2 ** (0.2 * step), at, 2 ** (0.2 * steps[0]));
				const counts = drawnCounts(r.nodes);
				expect([...counts.values()].every((c) => c === 1)).toBe(true);
				// Every event touching the view (found by scanWindow, which the first test holds to `touches`) is drawn.
				const missing: string[] = [];
				scanWindow(s.index, r.t0, r.t1, (item) => void (counts.has(item.id) || missing.push(item.id)));
				expect(missing).toEqual([]);
				if (r.aggregated) {
					// Exact lanes (level -1) are the first ones: lane l turns at its own zoom.
					const exact = r.levels!.map((level) => level === -1);
					expect(exact.indexOf(false) === -1 || exact.slice(exact.indexOf(false)).every((e) => !e)).toBe(true);
					if (exact.includes(true)) mixed++;
				}
				if (before) {
					const keysBefore = keys(before.nodes);
					expect([...keys(r.nodes)].filter((key) => !keysBefore.has(key)).length).toBeLessThan(60);
					const labelsBefore = labelKeys(before);
					expect([...labelKeys(r)].filter((key) => !labelsBefore.has(key)).length).toBeLessThan(30);
				}
				before = r;
			}
			}
		}
		expect(mixed).toBeGreaterThanOrEqual(24);
	});

	it('begins a gesture in a view exact at rest with every lane exact, and zooming in keeps them so', () => {
		// With the lanes' counts at rest, a gesture begun with 126 to 400 events in view turned the lanes above
		// 400/4^(l/6) into counts in its first frame, and back, one per notch, as it zoomed in.
		let compared = 0;
		for (const { s, at, k, rest } of restViews(60)) {
			if (rest.aggregated || rest.candidates < 150) continue;
			compared++;
			const first = layout(s, k, at, k);
			expect(first.aggregated).toBe(false);
			expect([...keys(first.nodes)]).toEqual([...keys(rest.nodes)]);
			for (const notches of [1, 3, 8]) expect(layout(s, k * 2 ** (0.2 * notches), at, k).aggregated).toBe(false);
			// A drag: as drawn at rest, unless it brings more events into view than it began with.
			for (const dx of [1, -3, 40.7]) {
				const dragged = layout(s, k, at, k, dx);
				if (dragged.candidates <= rest.candidates) expect(dragged.aggregated, `${rest.candidates} → ${dragged.candidates}`).toBe(false);
				else expect(dragged.levels?.[0], `${rest.candidates} → ${dragged.candidates}`).toBe(-1);
			}
		}
		expect(compared).toBeGreaterThan(8);
	});

	it('at rest groups every lane alike; while moving, some lanes by buckets one level wider, never narrower', () => {
		let staggered = 0;
		for (const at of anchors(mid)) {
			for (let step = 0; step < 25; step++) {
				const k = 2 ** (0.2 * step);
				const rest = layout(mid, k, at);
				if (!rest.aggregated) continue;
				expect(new Set(rest.levels).size).toBe(1);
				const level = rest.levels![0];
				// Gestures that began one, two and twelve notches further out, and two notches further in.
				for (const from of [k / 2 ** 0.2, k / 2 ** 0.4, k / 2 ** 2.4, k * 2 ** 0.4]) {
					const moving = layout(mid, k, at, from);
					// (A gesture that began in an exact view keeps its first lanes exact, level -1, a while longer.)
					expect(moving.levels!.every((l) => l === -1 || l === level || l === level + 1)).toBe(true);
					if (moving.levels!.some((l) => l !== level)) staggered++;
				}
			}
		}
		expect(staggered).toBeGreaterThan(30);
	});

	it('begins a gesture with the groups the view had at rest, and keeps them through a drag', () => {
		// Before, a gesture's first frame put the lanes whose own level is above rest's (about half of them) on that
		// level at once, and a drag, which does not zoom, kept them so until it ended.
		let compared = 0;
		for (const { s, at, k, rest } of restViews(40)) {
			if (!rest.aggregated) continue;
			compared++;
			// The first frame of a wheel zoom is at the scale the gesture began at.
			const moving = layout(s, k, at, k);
			expect(moving.levels).toEqual(rest.levels);
			expect([...keys(moving.nodes)]).toEqual([...keys(rest.nodes)]);
			// A drag moves the view by some pixels at the same zoom: grouped as the view it shows is at rest.
			for (const dx of [1, -3, 40.7, -117.3]) expect(layout(s, k, at, k, dx).levels).toEqual(layout(s, k, at, undefined, dx).levels);
		}
		expect(compared).toBeGreaterThan(60);
	});
});

describe('overviewStrokes', () => {
	it('draws 100,000 events in a few strokes per category, covering every event', () => {
		const x = baseScale(big.extent, [LEFT, RIGHT]);
		const strokes = overviewStrokes(big.items, (t) => x(new Date(t)));
		const categories = new Set(big.items.map((i) => i.categoryIndex));
		expect(strokes.length).toBeLessThanOrEqual(categories.size * 10);
		for (const item of big.items.filter((_, i) => i % 997 === 0)) {
			const px = x(new Date(item.at));
			expect(item.categoryIndex).toBeGreaterThanOrEqual(0);
			expect(strokes.some((s) => s.category === item.categoryIndex && s.x1 <= px && px <= s.x2)).toBe(true);
		}
	});

	it('gives the same strokes for items in time order (one pass) as in any other order, on a rising or falling scale', () => {
		/** The strokes as defined: per category in order of first appearance from left to right, spans sorted by start, merged. */
		function reference(items: readonly Item[], x: (t: number) => number, touch: number): Stroke[] {
			const spans = new Map<number, [number, number][]>();
			for (const item of [...items].sort((a, b) => x(a.at) - x(b.at))) {
				if (!spans.has(item.categoryIndex)) spans.set(item.categoryIndex, []);
				spans.get(item.categoryIndex)!.push([x(item.at), x(item.range?.[1] ?? item.at)]);
			}
			const out: Stroke[] = [];
			for (const [category, list] of spans) {
				let current: Stroke | undefined;
				for (const [x1, x2] of list.sort((a, b) => a[0] - b[0])) {
					if (current && x1 - current.x2 < touch) current.x2 = Math.max(current.x2, x2);
					else out.push((current = { category, x1, x2 }));
				}
			}
			return out;
		}
		const event = fc.record({ at: fc.integer({ min: 0, max: 1000 }), length: fc.option(fc.integer({ min: 0, max: 300 })), category: fc.constantFrom(0, 1, 2) });
		fc.assert(
			fc.property(fc.array(event, { maxLength: 60 }), fc.boolean(), fc.boolean(), fc.constantFrom(0, 2, 15), (events, inOrder, rising, touch) => {
				const items = events.map((e) => ({ at: e.at, range: e.length === null ? undefined : [e.at, e.at + e.length], categoryIndex: e.category }) as unknown as Item);
				if (inOrder) items.sort((p, q) => p.at - q.at);
				const x = (t: number) => (rising ? t / 3 : 500 - t / 3);
				expect(overviewStrokes(items, x, touch)).toEqual(reference(items, x, touch));
			}),
			{ numRuns: 500 }
		);
	});

	it("puts a bar that shares no pixel column with another category's across the band, and the others in their categories' rows", () => {
		const stroke = (category: number, x1: number, x2 = x1): Stroke => ({ category, x1, x2 });
		// Drawn 1 px wider on each side: 10 covers columns 9–11, 12.5 covers 11–14 (they meet at 11); 20 and 23 do not.
		expect(strokeBands([stroke(0, 10), stroke(1, 12.5), stroke(0, 20), stroke(2, 23)])).toEqual([[0, 0.5], [0.5, 0.5], [0, 1], [0, 1]]);
		// A category never crowds itself; a range reaches as far as its end; rows in the categories' order, not the strokes'.
		expect(strokeBands([stroke(0, 10), stroke(0, 11), stroke(3, 30, 60), stroke(1, 59)])).toEqual([[0, 1], [0, 1], [0.5, 0.5], [0, 0.5]]);
		// One row per category that meets another, whichever meeting it is in.
		expect(strokeBands([stroke(5, 0), stroke(2, 0.5), stroke(0, 100), stroke(3, 100.5), stroke(1, 200)])).toEqual([[0.75, 0.25], [0.25, 0.25], [0, 0.25], [0.5, 0.25], [0, 1]]);
		// Categories far apart in the list are told apart too (no bit per category that two could share).
		expect(strokeBands([stroke(0, 10), stroke(32, 10), stroke(64, 40)])).toEqual([[0, 0.5], [0.5, 0.5], [0, 1]]);
		expect(strokeBands([])).toEqual([]);
	});

	it('merges strokes that touch and keeps the others apart', () => {
		const same = small.items.filter((i) => i.event.category === 'attack' && !i.range).slice(0, 3);
		const px = new Map([[same[0].at, 10], [same[1].at, 11.5], [same[2].at, 50]]);
		expect(overviewStrokes(same, (t) => px.get(t)!, 2)).toEqual([
			{ category: same[0].categoryIndex, x1: 10, x2: 11.5 },
			{ category: same[0].categoryIndex, x1: 50, x2: 50 }
		]);
	});
});

describe('indexItems: length classes in order of start', () => {
	// Days and parts of months: their soft extents start before their marks, so an item can start before one whose
	// mark comes earlier. Such a class is sorted; one already in order (every synthetic event's) is taken as it is.
	const timeline = syntheticTimeline(2_000);
	const events = timeline.events.map((e, i) =>
		i % 3 === 0 ? { ...e, start: e.start.slice(0, 10), end: undefined } : i % 7 === 0 ? { ...e, start: e.start.slice(0, 7), end: undefined, part: 'late' as const } : e
	);
	const softened = toItems({ ...timeline, events });

	it.each([
		['with soft extents', softened],
		['of marks and ranges only', toItems(timeline)]
	])('lists each class by start, ties in time order, %s', (_, items) => {
		const index = indexItems(items, assignLanes(items, 'actor', timeline));
		let listed = 0;
		for (const c of index.classes) {
			listed += c.items.length;
			c.items.forEach((item, k) => {
				expect(c.lo[k]).toBe(loOf(item));
				if (k > 0) expect(c.lo[k - 1] < c.lo[k] || (c.lo[k - 1] === c.lo[k] && c.items[k - 1].order < item.order)).toBe(true);
			});
		}
		expect(listed).toBe(items.length);
	});

	it('has classes where an item starts before one listed earlier in time (what the sort is for)', () => {
		const starts = softened.map(loOf);
		expect(starts.some((lo, i) => i > 0 && lo < starts[i - 1])).toBe(true);
	});
});

describe('laneLayout', () => {
	const timeline = syntheticTimeline(2_000);
	const all = toItems(timeline);
	const attacks = all.filter((i) => i.event.category === 'attack');
	const legal = all.filter((i) => i.event.category === 'legal');

	it('lays out a list as assignLanes and indexItems do, and gives the same layout back for the last two lists and lane modes', () => {
		const first = laneLayout(all, all, 'actor', timeline);
		const assignment = assignLanes(all, 'actor', timeline);
		expect(first.assignment).toEqual(assignment);
		expect(first.index).toEqual(indexItems(all, assignment));
		// A filter that hides, then cleared: the whole list's layout comes back, not a new one.
		const hidden = laneLayout(all, attacks, 'actor', timeline);
		expect(hidden.index.items).toBe(attacks);
		expect(laneLayout(all, all, 'actor', timeline)).toBe(first);
		// The other lanes, and back.
		const byCategory = laneLayout(all, all, 'category', timeline);
		expect(byCategory.assignment.lanes.map((l) => l.id)).toEqual(['attack', 'response', 'legal', 'report']);
		// The same list in other lanes: its length classes are the ones already built, and the index is as a new one.
		expect(byCategory.index.classes).toBe(first.index.classes);
		expect(byCategory.index).toEqual(indexItems(all, assignLanes(all, 'category', timeline)));
		expect(laneLayout(all, all, 'actor', timeline)).toBe(first);
		expect(laneLayout(all, all, 'category', timeline)).toBe(byCategory);
	});

	it("builds a list's own length classes when given another list's index", () => {
		const assignment = assignLanes(attacks, 'category', timeline);
		const other = indexItems(all, assignLanes(all, 'category', timeline));
		const index = indexItems(attacks, assignment, other);
		expect(index.classes).not.toBe(other.classes);
		expect(index).toEqual(indexItems(attacks, assignment));
	});

	it('keeps two: a third list lays the oldest out again; another timeline, even of equal items, has its own', () => {
		const a = laneLayout(all, attacks, 'actor', timeline);
		laneLayout(all, legal, 'actor', timeline);
		laneLayout(all, all, 'actor', timeline);
		const again = laneLayout(all, attacks, 'actor', timeline);
		expect(again).not.toBe(a);
		expect(again.index).toEqual(a.index);
		const other = toItems(timeline);
		expect(laneLayout(other, other, 'actor', timeline)).not.toBe(laneLayout(all, all, 'actor', timeline));
	});

	it("keeps the whole list's layout in the current lanes however many filters hid events since, and no more than two others", () => {
		const items = toItems(timeline);
		const whole = laneLayout(items, items, 'actor', timeline);
		const filters = ['attack', 'legal', 'report', 'response'].map((c) => items.filter((i) => i.event.category === c));
		const laid = filters.map((list) => laneLayout(items, list, 'actor', timeline));
		// "Clear filters" after four of them: the layout drawn at load.
		expect(laneLayout(items, items, 'actor', timeline)).toBe(whole);
		// The last filter is still the one to go back to; the ones before it were let go.
		expect(laneLayout(items, filters[3], 'actor', timeline)).toBe(laid[3]);
		expect(laneLayout(items, filters[0], 'actor', timeline)).not.toBe(laid[0]);
		// In the other lanes, their whole list is the one kept.
		const byCategory = laneLayout(items, items, 'category', timeline);
		for (const list of filters) laneLayout(items, list, 'category', timeline);
		expect(laneLayout(items, items, 'category', timeline)).toBe(byCategory);
	});
});
