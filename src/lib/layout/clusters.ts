// Semantic zoom: point marks that would overlap merge into one cluster; zooming in splits it again.
import type { Mark } from './chart';

export interface Cluster {
	/** Stable for the same members: `cluster:` and the first member's id. */
	id: string;
	marks: Mark[];
	/** Centre of the cluster's circle. */
	x: number;
	y: number;
	/** Earliest and latest instants its members cover (marks and soft extents). */
	from: number;
	to: number;
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
		groups.set(r, [...(groups.get(r) ?? []), m]);
	});

	const clustered = new Set<Mark>();
	const nodes: { at: number; order: number; node: Node }[] = [];
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		group.sort((a, b) => a.item.order - b.item.order);
		group.forEach((m) => clustered.add(m));
		const from = Math.min(...group.map((m) => m.item.soft?.[0] ?? m.item.at));
		const to = Math.max(...group.map((m) => m.item.soft?.[1] ?? m.item.at));
		const cluster: Cluster = {
			id: `cluster:${group[0].item.id}`,
			marks: group,
			x: group.reduce((s, m) => s + m.x, 0) / group.length,
			y: Math.max(...group.map((m) => m.y)),
			from,
			to
		};
		nodes.push({ at: group[0].item.at, order: group[0].item.order, node: { kind: 'cluster', cluster } });
	}
	for (const mark of marks) {
		if (!clustered.has(mark)) nodes.push({ at: mark.item.at, order: mark.item.order, node: { kind: 'mark', mark } });
	}
	return nodes.sort((a, b) => a.order - b.order).map((n) => n.node);
}
