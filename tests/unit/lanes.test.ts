import { describe, it, expect } from 'vitest';
import { assignLanes } from '../../src/lib/layout/lanes';
import { toItem, type Item } from '../../src/lib/model/items';
import type { TimelineEvent } from '../../src/lib/model/schema';

const ev = (id: string, start: string, actors: string[], category: string, end?: string): Item =>
	toItem({ id, start, end, actors, category, title: id, description: id, status: 'confirmed', sources: [] } as TimelineEvent);

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

const items = [
	ev('a', '2019-04-29', ['nso', 'wa'], 'attack', '2019-05-10'),
	ev('b', '2019-05-01', ['nso'], 'attack', '2019-05-20'),
	ev('c', '2019-05-11', ['nso'], 'attack', '2019-05-12'),
	ev('d', '2019-05-13', ['wa'], 'law'),
	ev('e', '2019-10-29', ['court', 'wa'], 'law')
];

describe('assignLanes', () => {
	it('puts each event in the lane of its first actor, in the order actors are listed, skipping empty ones', () => {
		const r = assignLanes(items, 'actor', actors);
		expect(r.lanes.map((l) => l.id)).toEqual(['wa', 'nso', 'court']);
		expect(r.lane.get('a')).toBe(1);
		expect(r.lane.get('d')).toBe(0);
		expect(r.lane.get('e')).toBe(2);
	});

	it('switches to lanes by category', () => {
		const r = assignLanes(items, 'category', categories);
		expect(r.lanes.map((l) => l.id)).toEqual(['attack', 'law']);
		expect(r.lane.get('a')).toBe(0);
		expect(r.lane.get('e')).toBe(1);
	});

	it('puts overlapping ranges in different rows and reuses a row once it is free', () => {
		const r = assignLanes(items, 'actor', actors);
		expect(r.row.get('a')).toBe(0);
		expect(r.row.get('b')).toBe(1);
		expect(r.row.get('c')).toBe(0);
		expect(r.lanes[1].rangeRows).toBe(2);
		expect(r.row.has('d')).toBe(false);
	});

	it('never leaves two overlapping ranges in the same row of a lane', () => {
		const many = Array.from({ length: 60 }, (_, i) => {
			const day = 1 + ((i * 7) % 27);
			const len = 1 + ((i * 13) % 9);
			const end = Math.min(day + len, 28);
			return ev(`r${i}`, `2019-05-${String(day).padStart(2, '0')}`, [i % 2 ? 'wa' : 'nso'], 'attack', `2019-05-${String(end).padStart(2, '0')}`);
		});
		const r = assignLanes(many, 'actor', actors);
		for (const a of many)
			for (const b of many) {
				if (a === b || r.lane.get(a.id) !== r.lane.get(b.id) || r.row.get(a.id) !== r.row.get(b.id)) continue;
				const overlap = a.range![0] < b.range![1] && b.range![0] < a.range![1];
				expect(overlap, `${a.id} and ${b.id}`).toBe(false);
			}
	});
});
