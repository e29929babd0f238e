import { describe, it, expect, vi } from 'vitest';
import { assignLanes } from '../../src/lib/layout/lanes';
import { listsOf, toItem, type Item } from '../../src/lib/model/items';
import type { TimelineEvent } from '../../src/lib/model/schema';

const actors = [
	{ id: 'wa', name: 'WhatsApp' },
	{ id: 'nso', name: 'NSO' },
	{ id: 'idle', name: 'Unused' },
	{ id: 'court', name: 'Court' }
];
const categories = [
	{ id: 'attack', name: 'Attack' },
	{ id: 'law', name: 'Law' }
];

const ev = (id: string, start: string, who: string[], category: string, end?: string): Item =>
	toItem({ id, start, end, actors: who, category, title: id, description: id, status: 'confirmed', sources: [] } as TimelineEvent, listsOf({ actors, categories }));

/** Numbered as toItems numbers items (`order`), which the assignment is indexed by. */
const numbered = (list: Item[]): Item[] => list.map((item, order) => ({ ...item, order }));

const items = numbered([
	ev('a', '2019-04-29', ['nso', 'wa'], 'attack', '2019-05-10'),
	ev('b', '2019-05-01', ['nso'], 'attack', '2019-05-20'),
	ev('c', '2019-05-11', ['nso'], 'attack', '2019-05-12'),
	ev('d', '2019-05-13', ['wa'], 'law'),
	ev('e', '2019-10-29', ['court', 'wa'], 'law')
]);
const order = (id: string, list = items) => list.find((i) => i.id === id)!.order;

describe('assignLanes', () => {
	it('puts each event in the lane of its first actor, in the order actors are listed, skipping empty ones', () => {
		const r = assignLanes(items, 'actor', { actors, categories });
		expect(r.lanes.map((l) => l.id)).toEqual(['wa', 'nso', 'court']);
		expect(r.lane[order('a')]).toBe(1);
		expect(r.lane[order('d')]).toBe(0);
		expect(r.lane[order('e')]).toBe(2);
	});

	it('switches to lanes by category', () => {
		const r = assignLanes(items, 'category', { actors, categories });
		expect(r.lanes.map((l) => l.id)).toEqual(['attack', 'law']);
		expect(r.lane[order('a')]).toBe(0);
		expect(r.lane[order('e')]).toBe(1);
	});

	it('puts overlapping ranges in different rows and reuses a row once it is free', () => {
		const r = assignLanes(items, 'actor', { actors, categories });
		expect(r.row[order('a')]).toBe(0);
		expect(r.row[order('b')]).toBe(1);
		expect(r.row[order('c')]).toBe(0);
		expect(r.lanes[1].rangeRows).toBe(2);
		expect(r.row[order('d')]).toBe(-1);
	});

	it('never leaves two overlapping ranges in the same row of a lane', () => {
		const many = numbered(Array.from({ length: 60 }, (_, i) => {
			const day = 1 + ((i * 7) % 27);
			const len = 1 + ((i * 13) % 9);
			const end = Math.min(day + len, 28);
			return ev(`r${i}`, `2019-05-${String(day).padStart(2, '0')}`, [i % 2 ? 'wa' : 'nso'], 'attack', `2019-05-${String(end).padStart(2, '0')}`);
		}));
		const r = assignLanes(many, 'actor', { actors, categories });
		for (const a of many)
			for (const b of many) {
				if (a === b || r.lane[a.order] !== r.lane[b.order] || r.row[a.order] !== r.row[b.order]) continue;
				const overlap = a.range![0] < b.range![1] && b.range![0] < a.range![1];
				expect(overlap, `${a.id} and ${b.id}`).toBe(false);
			}
	});

	it('stacks the points of a lane that sit at the very same instant, whatever comes between them', () => {
		const points = numbered([
			ev('p1', '2019-05-13T10:00Z', ['wa'], 'law'),
			ev('range', '2019-05-13T10:00Z', ['wa'], 'law', '2019-05-14'),
			ev('p2', '2019-05-13T10:00Z', ['wa'], 'law'),
			ev('other-lane', '2019-05-13T10:00Z', ['nso'], 'law'),
			ev('p3', '2019-05-13T10:00Z', ['wa'], 'law'),
			ev('later', '2019-05-13T10:01Z', ['wa'], 'law'),
			ev('later-2', '2019-05-13T10:01Z', ['wa'], 'law')
		]);
		// Shuffled: the assignment does not depend on the order it is given the items in.
		const r = assignLanes([...points].reverse(), 'actor', { actors, categories });
		const stack = (id: string) => r.stack[order(id, points)];
		expect([stack('p1'), stack('p2'), stack('p3')]).toEqual([0, 1, 2]);
		expect([stack('other-lane'), stack('later'), stack('later-2')]).toEqual([0, 0, 1]);
		expect(r.lanes.map((l) => [l.id, l.stackDepth, l.rangeRows])).toEqual([
			['wa', 3, 1],
			['nso', 1, 0]
		]);
		expect(r.row[order('range', points)]).toBe(0);
		expect(r.row[order('p1', points)]).toBe(-1);
	});

	it('takes items that come in time order as they are, and sorts a copy of any others', () => {
		const sort = vi.spyOn(Array.prototype, 'sort');
		try {
			const inOrder = assignLanes(items, 'actor', { actors, categories });
			expect(sort).not.toHaveBeenCalled();
			const reversed = assignLanes([...items].reverse(), 'actor', { actors, categories });
			expect(sort).toHaveBeenCalledTimes(1);
			expect(reversed).toEqual(inOrder);
		} finally {
			sort.mockRestore();
		}
	});

	it('leaves -1 for an item it was not given', () => {
		const r = assignLanes(items.slice(0, 2), 'actor', { actors, categories });
		expect(r.lane.length).toBe(2);
		expect(r.lane[order('e')]).toBeUndefined();
		const some = assignLanes([items[4]], 'actor', { actors, categories });
		// Only its lane (court) is drawn, so it is lane 0.
		expect([...some.lane]).toEqual([-1, -1, -1, -1, 0]);
	});

	it('leaves an item whose group is not listed out of every lane, and draws no lane for it', () => {
		const stray = numbered([...items.slice(0, 4), ev('x', '2019-05-14', ['ghost'], 'law', '2019-05-16'), items[4]]);
		const r = assignLanes(stray, 'actor', { actors, categories });
		expect(r.lanes.map((l) => l.id)).toEqual(['wa', 'nso', 'court']);
		expect(r.lane[order('x', stray)]).toBe(-1);
		expect(r.row[order('x', stray)]).toBe(-1);
		expect(r.lane[order('e', stray)]).toBe(2);
		// Nothing in the listed lanes moved for it.
		expect([...r.lane].filter((l) => l >= 0)).toEqual([...assignLanes(items, 'actor', { actors, categories }).lane]);
	});
});
