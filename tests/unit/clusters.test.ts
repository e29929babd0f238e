import { describe, it, expect } from 'vitest';
import { clusterMarks, type Node } from '../../src/lib/layout/clusters';
import type { Mark } from '../../src/lib/layout/chart';
import { toItem } from '../../src/lib/model/items';
import type { TimelineEvent } from '../../src/lib/model/schema';

let order = 0;
function mark(id: string, x: number, { lane = 0, y = 100, range = false, visible = true } = {}): Mark {
	const event = { id, start: '2019-05-13', end: range ? '2019-05-20' : undefined, title: id, description: id, actors: ['a'], category: 'c', status: 'confirmed', sources: [] } as TimelineEvent;
	const item = { ...toItem(event), order: order++ };
	return { item, lane, x, x2: range ? x + 80 : x, y, visible };
}

const summary = (nodes: Node[]) => nodes.map((n) => (n.kind === 'mark' ? n.mark.item.id : `[${n.cluster.members().map((i) => i.id).join(' ')}]`));

describe('clusterMarks', () => {
	it('merges points closer than the distance, chaining neighbours, and leaves the rest single', () => {
		const nodes = clusterMarks([mark('a', 100), mark('b', 110), mark('c', 120), mark('d', 200)], 14);
		expect(summary(nodes)).toEqual(['[a b c]', 'd']);
	});

	it.each<[string, number[], string[]]>([
		['10 px apart: one cluster', [0, 10, 20, 30], ['[a b c d]']],
		['two pairs far apart: two clusters', [0, 10, 50, 60], ['[a b]', '[c d]']],
		['14 px apart: exactly the threshold, all single', [0, 14, 28, 42], ['a', 'b', 'c', 'd']],
		['zoomed in, 40 px apart: all single', [0, 40, 80, 120], ['a', 'b', 'c', 'd']]
	])('splits as zoom spreads the marks (threshold 14 px): %s', (_, xs, expected) => {
		expect(summary(clusterMarks(['a', 'b', 'c', 'd'].map((id, i) => mark(id, xs[i])), 14))).toEqual(expected);
	});

	it('counts every mark exactly once', () => {
		const marks = Array.from({ length: 200 }, (_, i) => mark(`m${i}`, (i * 37) % 500, { lane: i % 3 }));
		const nodes = clusterMarks(marks, 14);
		const ids = nodes.flatMap((n) => (n.kind === 'mark' ? [n.mark.item.id] : n.cluster.members().map((i) => i.id)));
		expect(ids.sort()).toEqual(marks.map((m) => m.item.id).sort());
		for (const n of nodes) if (n.kind === 'cluster') expect(n.cluster.count).toBeGreaterThan(1);
	});

	it('never merges across lanes, nor marks stacked apart vertically, nor ranges', () => {
		const nodes = clusterMarks([mark('a', 100), mark('b', 101, { lane: 1 }), mark('c', 100, { y: 85 }), mark('r', 100, { range: true })], 14);
		expect(summary(nodes).sort()).toEqual(['a', 'b', 'c', 'r']);
	});

	it('leaves marks outside the plot alone', () => {
		const nodes = clusterMarks([mark('a', -500, { visible: false }), mark('b', -499, { visible: false })], 14);
		expect(summary(nodes)).toEqual(['a', 'b']);
	});

	it('gives a cluster its members\' span and puts it in time order', () => {
		const nodes = clusterMarks([mark('late', 300), mark('x', 100), mark('y', 105)], 14);
		const cluster = nodes.find((n) => n.kind === 'cluster');
		expect(cluster?.kind === 'cluster' && [cluster.cluster.from, cluster.cluster.to]).toEqual([Date.parse('2019-05-13Z'), Date.parse('2019-05-14Z')]);
		expect(summary(nodes)).toEqual(['late', '[x y]']);
	});
});
