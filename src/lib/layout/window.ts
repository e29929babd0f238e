// Finds the items a time window touches without looking at the others: built once per set of items, queried per frame.
import { bisectLeft, bisectRight } from 'd3-array';
import { loOf, hiOf, type Item } from '../model/items';
import { assignLanes, type LaneAssignment, type LaneGroups, type LaneMode } from './lanes';
import { millisecondsInMinute as MINUTE } from 'date-fns/constants';

export { loOf, hiOf };

/**
 * Items of one length class (covering at most `maxLength` ms), sorted by their earliest instant. An item touches
 * [t0, t1] when lo ≤ t1 and hi ≥ t0; in this class hi ≥ t0 needs lo ≥ t0 − maxLength, so two binary searches
 * bound the scan, and at most the items of the class within `maxLength` before t0 are looked at in vain.
 */
interface LengthClass {
	maxLength: number;
	items: Item[];
	lo: Float64Array;
	hi: Float64Array;
}

/** One lane's items in time order (by the instant their mark sits at): the aggregation runs on these. */
export interface LaneSeries {
	items: Item[];
	at: Float64Array;
	lo: Float64Array;
	hi: Float64Array;
	/** For each position, where the run of items of the same category that ends there starts. */
	runStart: Int32Array;
}

export interface ChartIndex {
	/** The items, in time order. */
	items: readonly Item[];
	at: Float64Array;
	classes: LengthClass[];
	lanes: LaneSeries[];
	/** Lane of each item, by `item.order`; -1 when it has none. */
	laneOf: Int32Array;
	/** Position of each item in its lane's series, by `item.order`. */
	posInLane: Int32Array;
	/** Chronological rank of each item in `items`, by `item.order` (`order` counts all items, not only these). */
	rank: Int32Array;
}

/** The lanes and the index of one list of events, and what they were built from. */
interface LaidOut {
	shown: readonly Item[];
	mode: LaneMode;
	assignment: LaneAssignment;
	index: ChartIndex;
}

/** For each timeline (its items, all of them), the lists laid out lately; lists are never changed (a new filter makes a new one). */
const recent = new WeakMap<readonly Item[], LaidOut[]>();

/**
 * `assignLanes` and `indexItems` for the events drawn (`shown`, among `all` the timeline's), kept for the last two
 * lists and lane modes, and the whole list's in the current lanes however many filters came since: clearing the
 * filters, or going back to the other lanes, gives back a list the chart has laid out (at 100,000 events, about
 * 60 ms of layout, and the zoom levels aggregate.ts keeps for each lane's series). Another timeline has its own,
 * and the old one's go with it.
 */
export function laneLayout(all: readonly Item[], shown: readonly Item[], mode: LaneMode, lists: LaneGroups): LaidOut {
	// One timeline's lists are always the same (its actors and its categories).
	const kept = recent.get(all) ?? [];
	// The same list in the other lanes shares its length classes, which do not depend on the lanes.
	const laid = kept.find((r) => r.shown === shown && r.mode === mode) ?? lay(shown, mode, assignLanes(shown, mode, lists), kept.find((r) => r.shown === shown)?.index);
	// The latest first: the other is the one to go back to. The whole list stays third while filters change.
	// (One entry at most is the whole list in these lanes: entries are found by list and mode.)
	recent.set(all, [laid, ...kept.filter((r) => r !== laid).filter((r, i) => i < 1 || (r.shown === all && r.mode === mode))]);
	return laid;
}

const lay = (shown: readonly Item[], mode: LaneMode, assignment: LaneAssignment, same?: ChartIndex): LaidOut => ({ shown, mode, assignment, index: indexItems(shown, assignment, same) });

/**
 * Items in time order (as `toItems` returns them), indexed by length class and by lane. Each item's extent is read
 * once into arrays by its position, and the lists are built and sorted as positions over those arrays: reading it
 * again in every comparison of the sorts cost most of this on a first load (10,000 items, cold: 38 ms). `same`, an
 * index of the same list in other lanes, gives its length classes (sorting them was about half of a change of
 * lanes at 100,000 events).
 */
export function indexItems(items: readonly Item[], assignment: LaneAssignment, same?: ChartIndex): ChartIndex {
	const reuse = same?.items === items ? same : undefined;
	const n = items.length;
	let size = 0;
	for (const item of items) size = Math.max(size, item.order + 1);
	const laneOf = new Int32Array(size).fill(-1);
	const posInLane = new Int32Array(size);
	const rank = new Int32Array(size);
	const at = new Float64Array(n);
	const lo = new Float64Array(n);
	const hi = new Float64Array(n);
	const perLane: number[][] = assignment.lanes.map(() => []);
	const perClass = new Map<number, number[]>();
	for (let i = 0; i < n; i++) {
		const item = items[i];
		at[i] = item.at;
		lo[i] = loOf(item);
		hi[i] = hiOf(item);
		rank[item.order] = i;
		if (!reuse) {
			const c = Math.max(0, Math.ceil(Math.log2(Math.max(hi[i] - lo[i], MINUTE) / MINUTE)));
			let list = perClass.get(c);
			if (!list) perClass.set(c, (list = []));
			list.push(i);
		}
		const l = item.order < assignment.lane.length ? assignment.lane[item.order] : -1;
		if (l < 0) continue;
		laneOf[item.order] = l;
		posInLane[item.order] = perLane[l].length;
		perLane[l].push(i);
	}
	const classes = reuse?.classes ?? [...perClass.entries()].map(([c, list]) => {
		// Positions in time order, so ties keep it, as a stable sort of the items did. Most lists are in order already
		// (an item starts at its mark unless a soft extent reaches before it): a pass finds that, instead of a sort.
		if (!list.every((p, k) => k === 0 || lo[list[k - 1]] <= lo[p])) list.sort((a, b) => lo[a] - lo[b] || a - b);
		return { maxLength: 2 ** c * MINUTE, items: list.map((i) => items[i]), lo: pick(lo, list), hi: pick(hi, list) };
	});
	const lanes = perLane.map((list) => {
		const series = list.map((i) => items[i]);
		const runStart = new Int32Array(list.length);
		for (let k = 1; k < list.length; k++) runStart[k] = series[k - 1].categoryIndex === series[k].categoryIndex ? runStart[k - 1] : k;
		return { items: series, at: pick(at, list), lo: pick(lo, list), hi: pick(hi, list), runStart };
	});
	return { items, at, classes, lanes, laneOf, posInLane, rank };
}

/** The values of `from` at these positions. */
function pick(from: Float64Array, positions: readonly number[]): Float64Array {
	const out = new Float64Array(positions.length);
	for (let k = 0; k < positions.length; k++) out[k] = from[positions[k]];
	return out;
}

/** The positions of a class that can touch [t0, t1]: lo from t0 − maxLength up to t1 (or up to, not at, `before`). */
export function candidates(c: LengthClass, t0: number, t1: number, before?: number): [number, number] {
	return [bisectLeft(c.lo, t0 - c.maxLength), before === undefined ? bisectRight(c.lo, t1) : bisectLeft(c.lo, before)];
}

/** How many items a scan of [t0, t1] would look at: an upper bound on those it touches, found without scanning. */
export function candidateCount(index: ChartIndex, t0: number, t1: number): number {
	let n = 0;
	for (const c of index.classes) {
		const [from, to] = candidates(c, t0, t1);
		n += Math.max(0, to - from);
	}
	return n;
}

/**
 * Calls `visit` for every item that touches [t0, t1] (and only those), in no particular order; returns how many
 * items were looked at.
 */
export function scanWindow(index: ChartIndex, t0: number, t1: number, visit: (item: Item) => void): number {
	let touched = 0;
	for (const c of index.classes) {
		const [from, to] = candidates(c, t0, t1);
		for (let i = from; i < to; i++) {
			touched++;
			if (c.hi[i] >= t0) visit(c.items[i]);
		}
	}
	return touched;
}

/**
 * The nearest items outside what is drawn, in time order: the last one before, the next one after, and the first
 * and last of all. Keyboard users step onto them from the edge of the view, which then pans to them.
 */
export function neighbours(index: ChartIndex, from: number, to: number, drawn: (item: Item) => boolean): Item[] {
	const { items, at } = index;
	const out = new Set<Item>();
	let before = bisectLeft(at, from) - 1;
	while (before >= 0 && drawn(items[before])) before--;
	let after = bisectRight(at, to);
	while (after < items.length && drawn(items[after])) after++;
	for (const i of [0, before, after, items.length - 1]) if (i >= 0 && i < items.length && !drawn(items[i])) out.add(items[i]);
	return [...out];
}
