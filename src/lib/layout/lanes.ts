// Puts each item in a lane (its first actor, or its category) and each range in a row of that lane.
import { byTime, type Item } from '../model/items';
import type { Localized } from '../model/schema';

export type LaneMode = 'actor' | 'category';

export interface Lane {
	id: string;
	name: Localized;
	/** How many rows of range bars the lane needs (0 when it holds only points). */
	rangeRows: number;
	/** How many points of the lane share one instant at most (they are stacked, not drawn on top of each other). */
	stackDepth: number;
}

export interface LaneAssignment {
	lanes: Lane[];
	/** Lane index of each item, by `item.order` (toItems numbers them); -1 for an item not given or in no lane. */
	lane: Int32Array;
	/** Range row of each range, by `item.order`; -1 for points. */
	row: Int32Array;
	/** For points, by `item.order`: 0, or how many earlier points of the lane sit at the very same instant. */
	stack: Int32Array;
}

interface Group {
	id: string;
	name: Localized;
}

/** The timeline's actors and categories, in its order: the lanes of each mode, and what items' places point into. */
export interface LaneGroups {
	actors: readonly Group[];
	categories: readonly Group[];
}

/**
 * Lanes in the order the timeline lists its actors or categories (the lists each item's `actorIndex` and
 * `categoryIndex` point into), keeping only those that hold an item.
 * Ranges in a lane go to the first row where they overlap no other range (a `gap` ms apart at least); points at
 * the very same instant are stacked, so that no zoom level leaves one hidden under another. Items carry distinct
 * `order` numbers, as toItems gives them.
 */
export function assignLanes(items: readonly Item[], mode: LaneMode, lists: LaneGroups, gap = 0): LaneAssignment {
	const groups = mode === 'actor' ? lists.actors : lists.categories;
	let size = 0;
	for (const item of items) size = Math.max(size, item.order + 1);
	// Arrays by `order`, not maps by id: at 100,000 items, three maps of string keys cost more than the rest. Each
	// item's group is its position in `groups`, found once by toItems: reading it from the event here (and looking the
	// id up) was about half of a change of lanes at 100,000 events.
	const lane = new Int32Array(size).fill(-1);
	const row = new Int32Array(size).fill(-1);
	const stack = new Int32Array(size);
	const used = groups.map(() => false);
	for (const item of items) {
		const g = mode === 'actor' ? item.actorIndex : item.categoryIndex;
		if (g >= 0 && g < used.length) used[(lane[item.order] = g)] = true;
	}
	const ordered = groups.filter((_, i) => used[i]);
	// Each group's lane among the groups used.
	let n = 0;
	const laneOfGroup = used.map((u) => (u ? n++ : -1));
	lane.forEach((g, o) => g >= 0 && (lane[o] = laneOfGroup[g]));
	const rowEnds: number[][] = ordered.map(() => []);
	const depth = ordered.map(() => 1);
	// Per lane: the instant of its latest point so far, and how many points sit there. Points come in time order,
	// so the points of a lane at one instant come one after another.
	const lastAt = ordered.map(() => NaN);
	const atLast = ordered.map(() => 0);

	// By start (a range's mark is its start), as toItems gives them, or any part of them: a pass that finds them so
	// costs a comparison per item; sorting a copy anyway cost n log n of them (10,000 items: ~4 ms of the first
	// render, and again at each change of lanes).
	const byStart = items.every((item, i) => i === 0 || byTime(items[i - 1], item) <= 0) ? items : [...items].sort(byTime);
	for (const item of byStart) {
		const l = lane[item.order];
		if (l < 0) continue;
		if (!item.range) {
			const s = item.at === lastAt[l] ? atLast[l] : 0;
			lastAt[l] = item.at;
			atLast[l] = s + 1;
			stack[item.order] = s;
			depth[l] = Math.max(depth[l], s + 1);
			continue;
		}
		const ends = rowEnds[l];
		let r = ends.findIndex((end) => end + gap <= item.range![0]);
		if (r === -1) r = ends.length;
		ends[r] = item.range[1];
		row[item.order] = r;
	}
	return {
		lanes: ordered.map((g, i) => ({ id: g.id, name: g.name, rangeRows: rowEnds[i].length, stackDepth: depth[i] })),
		lane,
		row,
		stack
	};
}
