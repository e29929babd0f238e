// Puts each item in a lane (its first actor, or its category) and each range in a row of that lane.
import type { Item } from '../model/items';
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
	/** Lane index of each item id. */
	lane: Map<string, number>;
	/** Range row of each range item id; points have none. */
	row: Map<string, number>;
	/** For points: 0, or how many earlier points of the lane sit at the very same instant. */
	stack: Map<string, number>;
}

interface Group {
	id: string;
	name: Localized;
}

/**
 * Lanes in the order the timeline lists its actors or categories, keeping only those that hold an item.
 * Ranges in a lane go to the first row where they overlap no other range (a `gap` ms apart at least); points at
 * the very same instant are stacked, so that no zoom level leaves one hidden under another.
 */
export function assignLanes(items: readonly Item[], mode: LaneMode, groups: readonly Group[], gap = 0): LaneAssignment {
	const key = (item: Item) => (mode === 'actor' ? item.event.actors[0] : item.event.category);
	const used = new Set(items.map(key));
	const ordered = groups.filter((g) => used.has(g.id));
	const index = new Map(ordered.map((g, i) => [g.id, i]));
	const lane = new Map<string, number>();
	const row = new Map<string, number>();
	const stack = new Map<string, number>();
	const rowEnds: number[][] = ordered.map(() => []);
	const depth = ordered.map(() => 1);
	// Per lane: how many points sit at each instant so far.
	const atInstant = ordered.map(() => new Map<number, number>());

	const byStart = [...items].sort((a, b) => (a.range?.[0] ?? a.at) - (b.range?.[0] ?? b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (const item of byStart) {
		const l = index.get(key(item));
		if (l === undefined) continue;
		lane.set(item.id, l);
		if (!item.range) {
			const s = atInstant[l].get(item.at) ?? 0;
			atInstant[l].set(item.at, s + 1);
			stack.set(item.id, s);
			depth[l] = Math.max(depth[l], s + 1);
			continue;
		}
		const ends = rowEnds[l];
		let r = ends.findIndex((end) => end + gap <= item.range![0]);
		if (r === -1) r = ends.length;
		ends[r] = item.range[1];
		row.set(item.id, r);
	}
	return {
		lanes: ordered.map((g, i) => ({ id: g.id, name: g.name, rangeRows: rowEnds[i].length, stackDepth: depth[i] })),
		lane,
		row,
		stack
	};
}
