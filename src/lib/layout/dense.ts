// The layout of a dense window: more than EXACT_LIMIT events in view, counted by bucket. Only a timeline of more events
// than that can need it, so it is a chunk of its own, loaded before such a timeline is drawn (inview.ts's
// loadDenseLayout); the reader of a small timeline never downloads it.
import { loOf, hiOf, type Item } from '../model/items';
import type { TimeScale } from '../time/scale';
import type { Mark } from './chart';
import { clusterMarks, type Cluster, type Node } from './clusters';
import { candidates, candidateCount, type ChartIndex, type LaneSeries } from './window';
import { exactWindow, EXACT_LIMIT, type InView } from './inview';
import { levelFor, levelOf, runsOf, countInRun, type Run } from './aggregate';
import { bisectLeft, bisectRight } from 'd3-array';
import { millisecondsInMinute as MINUTE } from 'date-fns/constants';

/**
 * The items whose mark sits before `anchor` but which still reach `t0` (a long range, a wide soft extent): they
 * belong to a window that starts at t0 although the aggregation by mark position puts them before it.
 */
function straddlers(index: ChartIndex, anchor: number, t0: number): { items: Item[]; touched: number } {
	const items: Item[] = [];
	let touched = 0;
	for (const c of index.classes) {
		const [from, to] = candidates(c, t0, anchor, anchor);
		for (let i = from; i < to; i++) {
			touched++;
			if (c.hi[i] >= t0 && c.items[i].at < anchor) items.push(c.items[i]);
		}
	}
	return { items, touched };
}

/**
 * While the view moves, lane `lane` of `lanes` is laid out exactly once `candidates`·4^(lane/lanes) ≤ `limit`
 * (EXACT_LIMIT, or the gesture's: see exactLimit), and the whole window once every lane is: near the limit a wheel
 * notch (2^0.2) turns one lane, not all at once. (The step that turned all of them drew some 200 nodes and 60 labels
 * anew: a frame of 70–100 ms at 10,000 events; at 2^(lane/lanes) two lanes often turned in one notch.) At rest the
 * whole window is exact from EXACT_LIMIT down.
 */
const turnsExact = (candidates: number, lane: number, lanes: number, limit = EXACT_LIMIT): boolean => candidates * 4 ** (lane / lanes) <= limit;

/**
 * The limit of turnsExact in a gesture that began with `start` candidates in view. A view exact at rest (up to
 * EXACT_LIMIT) stays so as the gesture begins: every lane exact up to `start` candidates, and beyond, the lanes leave
 * one at a time, the last first. (With EXACT_LIMIT, a gesture begun with more than EXACT_LIMIT/4^(5/6), 126 in six
 * lanes, turned the lanes above that into counts in its first frame, and back, one per notch, as it zoomed in.)
 */
const exactLimit = (start: number, lanes: number): number =>
	start <= EXACT_LIMIT ? Math.max(EXACT_LIMIT, start * 4 ** ((lanes - 1) / lanes)) : EXACT_LIMIT;

export interface AggregateInput {
	index: ChartIndex;
	t0: number;
	t1: number;
	x: TimeScale;
	/** Left edge of the plot: where events that began before the view are gathered. */
	left: number;
	markOf: (item: Item) => Mark;
	minDistance: number;
	/** Centre line of a lane's points, where its clusters sit. */
	pointY: (lane: number) => number;
	clusterRadius: number;
	/**
	 * The view is moving (a wheel or drag under way): its scale when the gesture began. Lanes change level at staggered
	 * zooms from the view then (see below), and turn exact at their own counts (turnsExact, exactLimit).
	 */
	moving?: TimeScale;
	/** How many items a scan of the window would look at (candidateCount): near the limit, lanes turn exact. */
	candidates: number;
	/** How close (px) an exact lane's marks may be before they cluster. */
	exactDistance: number;
}

/**
 * A dense window: each lane's events bucketed by the instant of their mark (buckets at least `minDistance` px
 * wide, and under twice that at rest, four times while moving), neighbouring buckets closer than that merged. A
 * bucket run of one event is drawn as that event; longer runs become clusters. Events that began before the first
 * bucket and reach into the view join the lane's first run, or gather at the left edge. Work is one entry per bucket
 * in view, whatever the number of events.
 */
export function aggregateWindow(input: AggregateInput): InView {
	const { index, t0, t1, x, left, markOf, minDistance, pointY, clusterRadius } = input;
	const at = (t: number) => x(new Date(t));
	/** The least span (ms) of `minDistance` px in [from, to] on `scale`: at its densest (a folded scale packs quiet spans tighter). */
	const minMsOf = (scale: TimeScale, from: number, to: number) => {
		let pxPerMs = 0;
		for (let i = 0; i <= 4; i++) {
			const t = from + ((to - from) * i) / 4;
			pxPerMs = Math.max(pxPerMs, (scale(new Date(t + MINUTE)) - scale(new Date(t))) / MINUTE);
		}
		return minDistance / Math.max(pxPerMs, Number.MIN_VALUE);
	};
	const minMs = minMsOf(x, t0, t1);
	const L = index.lanes.length;
	// The view when the gesture began: the same pixels on its scale. A window whose every lane has turned exact (see
	// exactLimit) is laid out as at rest.
	const { moving } = input;
	const [s0, s1] = moving ? [moving.invert(at(t0)).getTime(), moving.invert(at(t1)).getTime()] : [t0, t1];
	const limit = moving ? exactLimit(candidateCount(index, s0, s1), L) : EXACT_LIMIT;
	if (moving && turnsExact(input.candidates, L - 1, L, limit)) return exactWindow(index, t0, t1, markOf, input.exactDistance);
	const minMs0 = moving ? minMsOf(moving, s0, s1) : minMs;
	// While the view moves, each lane changes level at its own zoom: lane l's buckets are at least 2^(l/L) times the
	// minimum wide. A zoom step then regroups one lane or two, not all six at once (a regrouped lane draws tens of new
	// nodes, and all of them are more than a frame has room for). At rest every lane has the same level, so that
	// lanes can be compared.
	// A gesture that has not zoomed out (a drag, or a zoom in) holds each lane at most at the level every lane had at
	// rest when it began, until the lane's own level comes down to it: the gesture's first frame regroups no lane (it
	// regrouped the lanes whose own level was above rest's, about half of them), and a drag none at all. A zoom out
	// leaves the hold: its lanes then go up at their own zooms.
	// While the view moves near the limit, lanes turn exact one at a time (see turnsExact), each event of the window a
	// mark, clustered as exactWindow clusters them, from t0 to t1.
	// (A drag's spans are the same but for rounding: the scales differ in their translation.)
	const held = minMs <= minMs0 * (1 + 1e-6) ? levelFor(minMs0) : Infinity;
	const lanes = index.lanes.map((_, l) => {
		if (moving && turnsExact(input.candidates, l, L, limit)) return { exact: true, level: -1, width: 0, from: t0, to: t1 };
		const level = moving ? Math.min(levelFor(minMs * 2 ** (l / L)), held) : levelFor(minMs);
		const width = 2 ** level * MINUTE;
		return { exact: false, level, width, from: Math.floor(t0 / width) * width, to: (Math.floor(t1 / width) + 1) * width };
	});
	// Each lane draws (or counts) its items from its first bucket's start to its last bucket's end: every item from
	// the latest of those starts to the earliest of those ends is drawn.
	const from = Math.max(...lanes.map((l) => l.from));
	const to = Math.min(...lanes.map((l) => l.to));

	const early = straddlers(index, from, t0);
	let touched = early.touched;
	const earlyByLane = new Map<number, Item[]>();
	for (const item of early.items.sort((a, b) => a.order - b.order)) {
		const l = index.laneOf[item.order];
		if (l < 0 || item.at >= lanes[l].from) continue;
		const list = earlyByLane.get(l);
		if (list) list.push(item);
		else earlyByLane.set(l, [item]);
	}

	const marks: Mark[] = [];
	const nodes: Node[] = [];
	index.lanes.forEach((series, l) => {
		const { exact, level, width, from, to } = lanes[l];
		if (exact) {
			// Each event from t0 to t1, and those before that reach into the view, as in exactWindow.
			const [a, b] = [bisectLeft(series.at, t0), bisectRight(series.at, t1)];
			touched += b - a;
			const own = [...(earlyByLane.get(l) ?? []), ...series.items.slice(a, b)].map(markOf);
			marks.push(...own);
			nodes.push(...clusterMarks(own, input.exactDistance));
			return;
		}
		const lane = runsOf(levelOf(series, level), from / width, to / width - 1, at, minDistance);
		touched += lane.touched;
		const runs = lane.runs;
		const extra = earlyByLane.get(l) ?? [];
		if (extra.length && !(runs.length && runs[0].x < left + minDistance + clusterRadius)) {
			runs.unshift({ start: 0, end: 0, x: left + clusterRadius, from: Infinity, to: -Infinity });
		}
		runs.forEach((run, r) => {
			const before = r === 0 ? extra : [];
			if (run.end - run.start + before.length === 1) {
				const mark = markOf(before[0] ?? series.items[run.start]);
				marks.push(mark);
				nodes.push({ kind: 'mark', mark });
			} else nodes.push({ kind: 'cluster', cluster: runCluster(index, series, l, run, before, pointY(l)) });
		});
	});
	const earlySet = new Set(early.items);
	const drawn = (item: Item) => {
		const l = index.laneOf[item.order];
		const lane = lanes[l];
		return l < 0 || (item.at >= lane.from && (lane.exact ? item.at <= lane.to : item.at < lane.to)) || earlySet.has(item);
	};
	return { marks, nodes, touched, aggregated: true, from, to, drawn, levels: lanes.map((l) => l.level) };
}

/** A cluster over a run of a lane's series (and the events before it that reach into view), read lazily. */
function runCluster(index: ChartIndex, series: LaneSeries, lane: number, run: Run, before: Item[], y: number): Cluster {
	const first = before[0] ?? series.items[run.start];
	const inRun = (item: Item) => index.laneOf[item.order] === lane && index.posInLane[item.order] >= run.start && index.posInLane[item.order] < run.end;
	const runCategory = run.end > run.start && series.runStart[run.end - 1] <= run.start ? series.items[run.start].categoryIndex : null;
	const sameCategory = (run.end === run.start || runCategory !== null) && before.every((i) => i.categoryIndex === (runCategory ?? first.categoryIndex));
	let from = run.from;
	let to = run.to;
	for (const item of before) {
		from = Math.min(from, loOf(item));
		to = Math.max(to, hiOf(item));
	}
	return {
		id: `cluster:${first.id}`,
		lane,
		x: run.x,
		y,
		from,
		to,
		count: run.end - run.start + before.length,
		first,
		members: () => [...before, ...series.items.slice(run.start, run.end)],
		has: (item) => inRun(item) || before.includes(item),
		countIn: (set) => countInRun(series, run.start, run.end, set) + before.reduce((n, i) => n + (set.has(i) ? 1 : 0), 0),
		category: sameCategory ? first.categoryIndex : null
	};
}
