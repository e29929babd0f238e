// Events as chart items: their instants, their order, and where their actor and category stand in the timeline's
// lists, which the lanes, the colours and the overview read instead of the event.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { toItems, toItem, listsOf, compareIds, byTime, type Item } from '../../src/lib/model/items';
import { validateTimeline } from '../../src/lib/model/validate';
import { laneLayout } from '../../src/lib/layout/window';
import { overviewStrokes } from '../../src/lib/layout/overview';
import { syntheticTimeline } from '../../bench/synthetic';
import type { Timeline, TimelineEvent } from '../../src/lib/model/schema';

const breach = (() => {
	const r = validateTimeline(JSON.parse(readFileSync(new URL('../../data/whatsapp-nso-2019.json', import.meta.url), 'utf8')));
	if (!r.ok) throw new Error('the breach timeline is invalid');
	return r.timeline;
})();
const utc = Date.UTC;
const DAY = 86_400_000;

describe('toItems', () => {
	const items = toItems(breach);
	const item = (id: string) => items.find((i) => i.id === id)!;
	const instants = (id: string) => (({ at, range, soft }) => ({ at, range, soft }))(item(id));

	it("gives each event's mark, range and soft extent", () => {
		// A range of days: from the start of its first day to the end of its last, marked at its start.
		expect(instants('attack-window')).toEqual({ at: utc(2019, 3, 29), range: [utc(2019, 3, 29), utc(2019, 4, 11)], soft: undefined });
		// A day: the whole day, marked at its middle.
		expect(instants('server-fix')).toEqual({ at: utc(2019, 4, 10) + DAY / 2, range: undefined, soft: [utc(2019, 4, 10), utc(2019, 4, 11)] });
		// Sources disagree (13 or 14 May): the window, marked at its middle.
		expect(instants('ft-report')).toEqual({ at: utc(2019, 4, 14), range: undefined, soft: [utc(2019, 4, 13), utc(2019, 4, 15)] });
		// Early May: days 1 to 10.
		expect(instants('attack-discovered')).toEqual({ at: utc(2019, 4, 6), range: undefined, soft: [utc(2019, 4, 1), utc(2019, 4, 11)] });
		// A second: an instant, no extent.
		expect(instants('cve-published')).toEqual({ at: utc(2019, 4, 14, 19, 52, 40), range: undefined, soft: undefined });
	});

	it('orders the items by time, then by id, and numbers them in that order', () => {
		expect(items.map((i) => i.order)).toEqual(items.map((_, i) => i));
		for (let i = 1; i < items.length; i++) expect(items[i - 1].at - items[i].at || compareIds(items[i - 1].id, items[i].id)).toBeLessThan(0);
		expect(new Set(items.map((i) => i.event))).toEqual(new Set(breach.events));
		// byTime is that order (the lanes take items so ordered as they come), and a range's mark is its start.
		expect([...items].reverse().sort(byTime)).toEqual(items);
		for (const item of items) if (item.range) expect(item.range[0]).toBe(item.at);
	});

	it("gives each item its first actor's and its category's place in the timeline's lists", () => {
		for (const i of items) {
			expect(breach.actors[i.actorIndex].id).toBe(i.event.actors[0]);
			expect(breach.categories[i.categoryIndex].id).toBe(i.event.category);
		}
		// tel-aviv-court is the seventh actor; litigation-il the sixth category.
		expect(item('amnesty-petition')).toMatchObject({ actorIndex: 6, categoryIndex: 5 });
		// An event on its own, with no lists to look in, has no place: -1.
		expect(toItem(breach.events[0])).toMatchObject({ actorIndex: -1, categoryIndex: -1 });
		// The file's first event: Amnesty (third actor), background (first category).
		expect(breach.events[0].id).toBe('amnesty-staffer-targeted');
		expect(toItem(breach.events[0], listsOf(breach))).toMatchObject({ actorIndex: 2, categoryIndex: 0 });
	});

	it('gives each event, in any order of the file, the item it gives that event on its own', () => {
		const timeline = syntheticTimeline(300);
		const lists = listsOf(timeline);
		fc.assert(
			fc.property(fc.shuffledSubarray(timeline.events, { minLength: 0 }), (events) => {
				const shuffled = { ...timeline, events } as Timeline;
				const expected = events.map((e) => toItem(e, lists)).sort((a, b) => a.at - b.at || compareIds(a.id, b.id)).map((i, order) => ({ ...i, order }));
				expect(toItems(shuffled)).toEqual(expected);
			}),
			{ numRuns: 50 }
		);
	});
});

describe('what reads the items, not the events', () => {
	/** The items, each of whose event counts the times it is read. */
	function counted(items: readonly Item[]): { items: Item[]; reads: () => number } {
		let reads = 0;
		const copies = items.map((item) => {
			const { event, ...rest } = item;
			return Object.defineProperty({ ...rest }, 'event', { get: () => (reads++, event), enumerable: true }) as Item;
		});
		return { items: copies, reads: () => reads };
	}

	it('lays the lanes out, by actor and by category, and draws the overview without reading an event', () => {
		// The synthetic file lists its events in no time order: an event read in time order is a read anywhere in the heap.
		const timeline = syntheticTimeline(5_000);
		const { items, reads } = counted(toItems(timeline));
		const byActor = laneLayout(items, items, 'actor', timeline);
		const byCategory = laneLayout(items, items, 'category', timeline);
		const strokes = overviewStrokes(items, (t) => t / DAY);
		expect(reads()).toBe(0);
		// And what they found is the events' own.
		for (const item of items.filter((_, i) => i % 97 === 0)) {
			const event = item.event as TimelineEvent;
			expect(byActor.assignment.lanes[byActor.assignment.lane[item.order]].id).toBe(event.actors[0]);
			expect(byCategory.assignment.lanes[byCategory.assignment.lane[item.order]].id).toBe(event.category);
			expect(strokes.some((s) => timeline.categories[s.category].id === event.category && s.x1 <= item.at / DAY && item.at / DAY <= s.x2)).toBe(true);
		}
	});
});
