// Finds the items a time window touches without looking at the others: built once per set of items, queried per frame.
import { bisectLeft, bisectRight } from 'd3-array';
import { loOf, hiOf, type Item } from '../model/items';
import type { LaneAssignment } from './lanes';
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

/** Items in time order (as `toItems` returns them), indexed by length class and by lane. */
export function indexItems(items: readonly Item[], assignment: LaneAssignment): ChartIndex {
	const size = items.reduce((m, i) => Math.max(m, i.order + 1), 0);
	const laneOf = new Int32Array(size).fill(-1);
	const posInLane = new Int32Array(size);
	const rank = new Int32Array(size);
	const at = new Float64Array(items.length);
	const perLane: Item[][] = assignment.lanes.map(() => []);
	const perClass = new Map<number, Item[]>();
	items.forEach((item, i) => {
		at[i] = item.at;
		rank[item.order] = i;
		const c = Math.max(0, Math.ceil(Math.log2(Math.max(hiOf(item) - loOf(item), MINUTE) / MINUTE)));
		pushTo(perClass, c, item);
		const l = item.order < assignment.lane.length ? assignment.lane[item.order] : -1;
		if (l < 0) return;
		laneOf[item.order] = l;
		posInLane[item.order] = perLane[l].length;
		perLane[l].push(item);
	});
	const classes = [...perClass.entries()].map(([c, list]) => {
		list.sort((a, b) => loOf(a) - loOf(b));
		return { maxLength: 2 ** c * MINUTE, items: list, lo: floats(list, loOf), hi: floats(list, hiOf) };
	});
	const lanes = perLane.map((list) => {
		const runStart = new Int32Array(list.length);
		list.forEach((item, i) => (runStart[i] = i > 0 && list[i - 1].event.category === item.event.category ? runStart[i - 1] : i));
		return { items: list, at: floats(list, (i) => i.at), lo: floats(list, loOf), hi: floats(list, hiOf), runStart };
	});
	return { items, at, classes, lanes, laneOf, posInLane, rank };
}

/** `Float64Array.from(list, f)` by a plain loop: the iterator protocol that `from` goes through costs about three times as much. */
function floats(list: readonly Item[], f: (item: Item) => number): Float64Array {
	const out = new Float64Array(list.length);
	for (let i = 0; i < list.length; i++) out[i] = f(list[i]);
	return out;
}

function pushTo(map: Map<number, Item[]>, key: number, item: Item): void {
	let list = map.get(key);
	if (!list) map.set(key, (list = []));
	list.push(item);
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
