// Events at one instant are ordered by id, and the same way on every reader's machine: localeCompare would follow
// the browser's locale, where Danish puts "aa" after "z". Here localeCompare is made Danish to show that nothing
// depends on it.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { toItems, compareIds } from '../../src/lib/model/items';
import { assignLanes } from '../../src/lib/layout/lanes';
import { buildSearchIndex, search } from '../../src/lib/explore/search';
import { placeLabels, type LabelRequest } from '../../src/lib/layout/labels';
import { eventsTimeline } from '../../src/lib/export/data';
import type { Timeline } from '../../src/lib/model/schema';

const danish = new Intl.Collator('da');
beforeEach(() => {
	vi.spyOn(String.prototype, 'localeCompare').mockImplementation(function (this: string, other: string) {
		return danish.compare(String(this), other);
	});
});
afterEach(() => vi.restoreAllMocks());

const event = (id: string) => ({ id, start: '2019-05-13T10:00Z', title: `Call ${id}`, description: 'x', actors: ['wa'], category: 'attack', status: 'confirmed', sources: [] });
const timeline = {
	format: 1,
	id: 't',
	title: 'T',
	summary: 'S',
	languages: ['en'],
	asOf: '2026-11-28',
	timeZone: 'UTC',
	actors: [{ id: 'wa', name: 'WhatsApp', kind: 'company' }],
	categories: [{ id: 'attack', name: 'Attack' }],
	eras: [],
	events: [event('z'), event('aa'), event('a-b')]
} as unknown as Timeline;

describe('the order of events at one instant', () => {
	it('is code-unit order of ids, whatever the locale (the stub is Danish)', () => {
		expect(['z', 'aa'].sort((a, b) => a.localeCompare(b))).toEqual(['z', 'aa']);
		expect(['z', 'aa', 'a-b'].sort(compareIds)).toEqual(['a-b', 'aa', 'z']);
		expect(toItems(timeline).map((i) => i.id)).toEqual(['a-b', 'aa', 'z']);
	});

	it('is the same in the lanes: points stack in the items order', () => {
		const items = toItems(timeline);
		const { stack } = assignLanes(items, 'actor', timeline);
		expect(items.map((i) => stack[i.order])).toEqual([0, 1, 2]);
	});

	it('is the same in search hits of equal score, label placement and an exported timeline', () => {
		const items = toItems(timeline);
		expect(search(buildSearchIndex(timeline, items, 'en'), 'call').top().map((h) => h.id)).toEqual(['a-b', 'aa', 'z']);
		// Two labels of one rank wanting the same room: the first in id order takes the first choice, right of the mark.
		const label = (id: string): LabelRequest => ({ id, kind: 'label', x0: 100, x1: 100, y: 50, width: 40, height: 12, rank: 1, top: 40, bottom: 60 });
		const { placed } = placeLabels([label('z'), label('aa')], { left: 0, right: 400, levels: 0 });
		const right = placed.filter((p) => p.box.x > 100).map((p) => p.id);
		expect(right).toEqual(['aa']);
		expect(eventsTimeline(timeline, [...items].reverse()).events.map((e) => e.id)).toEqual(['a-b', 'aa', 'z']);
	});
});
