// Semantic zoom: point marks that would overlap merge into one cluster; zooming in splits it again.
import type { Mark } from './chart';
import type { Item, ItemSet } from '../model/items';

export interface Cluster {
	/** Stable for the same members: `cluster:` and the first member's id. */
	id: string;
	lane: number;
	/** Centre of the cluster's circle. */
	x: number;
	y: number;
	/** Earliest and latest instants its members cover (marks and soft extents). */
	from: number;
	to: number;
	count: number;
	/** Its earliest event (first in time order). */
	first: Item;
	/** Its events in time order, built on demand: an aggregate of a dense stretch can hold thousands. */
	members: () => readonly Item[];
	/** Whether it holds this event (without building the member list). */
	has: (item: Item) => boolean;
	/** How many of its events are in `set` (search hits, faded events). */
	countIn: (set: ItemSet) => number;
	/** The category all its events share (its place in the timeline's categories), or null when they are mixed. */
	category: number | null;
}

/** A cluster of a few events the layout holds as marks. */
export function clusterOfItems(lane: number, x: number, y: number, members: readonly Item[]): Cluster {
	const categories = new Set(members.map((i) => i.categoryIndex));
	return {
		id: `cluster:${members[0].id}`,
		lane,
		x,
		y,
		from: Math.min(...members.map((i) => i.soft?.[0] ?? i.at)),
		to: Math.max(...members.map((i) => i.soft?.[1] ?? i.at)),
		count: members.length,
		first: members[0],
		members: () => members,
		has: (item) => members.includes(item),
		countIn: (set) => members.reduce((n, i) => n + (set.has(i) ? 1 : 0), 0),
		category: categories.size === 1 ? members[0].categoryIndex : null
	};
}

export type Node = { kind: 'mark'; mark: Mark } | { kind: 'cluster'; cluster: Cluster };

/**
 * Groups visible point marks whose centres are closer than `minDistance` px (directly or through a chain of
 * such neighbours) into clusters; ranges and lone points stay single. Returns every mark exactly once, as a
 * single node or inside one cluster, in chronological order (a cluster sits at its earliest member).
 */
export function clusterMarks(marks: readonly Mark[], minDistance: number): Node[] {
	const points = marks.filter((m) => m.visible && !m.item.range).sort((a, b) => a.x - b.x || a.item.order - b.item.order);
	const parent = points.map((_, i) => i);
	const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
	for (let i = 0; i < points.length; i++) {
		for (let j = i + 1; j < points.length && points[j].x - points[i].x < minDistance; j++) {
			const a = points[i];
			const b = points[j];
			if (a.lane === b.lane && Math.hypot(b.x - a.x, b.y - a.y) < minDistance) parent[root(j)] = root(i);
		}
	}
	const groups = new Map<number, Mark[]>();
	points.forEach((m, i) => {
		const r = root(i);
		const group = groups.get(r);
		if (group) group.push(m);
		else groups.set(r, [m]);
	});

	const clustered = new Set<Mark>();
	const nodes: { at: number; order: number; node: Node }[] = [];
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		group.sort((a, b) => a.item.order - b.item.order);
		group.forEach((m) => clustered.add(m));
		const cluster = clusterOfItems(
			group[0].lane,
			group.reduce((s, m) => s + m.x, 0) / group.length,
			Math.max(...group.map((m) => m.y)),
			group.map((m) => m.item)
		);
		nodes.push({ at: group[0].item.at, order: group[0].item.order, node: { kind: 'cluster', cluster } });
	}
	for (const mark of marks) {
		if (!clustered.has(mark)) nodes.push({ at: mark.item.at, order: mark.item.order, node: { kind: 'mark', mark } });
	}
	return nodes.sort((a, b) => a.order - b.order).map((n) => n.node);
}
