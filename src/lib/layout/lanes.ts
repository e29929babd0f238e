// Puts each item in a lane (its first actor, or its category) and each range in a row of that lane.
import { compareIds, type Item } from '../model/items';
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

/**
 * Lanes in the order the timeline lists its actors or categories, keeping only those that hold an item.
 * Ranges in a lane go to the first row where they overlap no other range (a `gap` ms apart at least); points at
 * the very same instant are stacked, so that no zoom level leaves one hidden under another. Items carry distinct
 * `order` numbers, as toItems gives them.
 */
export function assignLanes(items: readonly Item[], mode: LaneMode, groups: readonly Group[], gap = 0): LaneAssignment {
	const key = mode === 'actor' ? (item: Item) => item.event.actors[0] : (item: Item) => item.event.category;
	const used = new Set<string>();
	let size = 0;
	for (const item of items) {
		used.add(key(item));
		size = Math.max(size, item.order + 1);
	}
	const ordered = groups.filter((g) => used.has(g.id));
	const index = new Map(ordered.map((g, i) => [g.id, i]));
	// Arrays by `order`, not maps by id: at 100,000 items, three maps of string keys cost more than the rest.
	const lane = new Int32Array(size).fill(-1);
	const row = new Int32Array(size).fill(-1);
	const stack = new Int32Array(size);
	const rowEnds: number[][] = ordered.map(() => []);
	const depth = ordered.map(() => 1);
	// Per lane: the instant of its latest point so far, and how many points sit there. Points come in time order,
	// so the points of a lane at one instant come one after another.
	const lastAt = ordered.map(() => NaN);
	const atLast = ordered.map(() => 0);

	const byStart = [...items].sort((a, b) => (a.range?.[0] ?? a.at) - (b.range?.[0] ?? b.at) || compareIds(a.id, b.id));
	for (const item of byStart) {
		const l = index.get(key(item));
		if (l === undefined) continue;
		lane[item.order] = l;
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
