// A large timeline's events kept as columns (model/store.ts): every field of every event reads back as it was given,
// the items made from the columns are those made from the objects, and a text column gives back any text.
import { readFileSync } from 'node:fs';
import { describe, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import { storedTimeline, storeWhenIdle, eventsText, STORE_ABOVE } from '../../src/lib/model/store';
import { TextColumn } from '../../src/lib/model/text-column';
import { columnsInParts } from '../../src/lib/model/store-columns';
import { toItems, byIdOf } from '../../src/lib/model/items';
import { syntheticTimeline } from '../../bench/synthetic';
import type { Timeline, TimelineEvent } from '../../src/lib/model/schema';
import { ROOT, plainItem } from '../helpers';

const breach = JSON.parse(readFileSync(`${ROOT}/data/whatsapp-nso-2019.json`, 'utf8')) as Timeline;

/** Every field of the schema's events, read one by one from the view. */
const FIELDS = ['id', 'start', 'end', 'part', 'uncertainty', 'title', 'description', 'actors', 'category', 'status', 'sources', 'unsourced', 'annotation', 'importance', 'timeZone'] as const;

/** An event as the items compare it: its fields, its event by id. */
const itemFields = (items: ReturnType<typeof toItems>) => items.map((i) => ({ ...plainItem(i), event: i.event.id }));

/** A timeline of events with every optional field, texts per language and in Arabic, several sources. */
function rich(): Timeline {
	const base = breach.events[0];
	const events: TimelineEvent[] = [
		{ ...base, id: 'a', title: { en: 'Spyware', ar: 'برنامج تجسس' }, description: { en: 'One.', ar: 'واحد.' }, importance: 5, part: 'early', start: '2019-05' },
		{
			...base,
			id: 'b',
			start: '2019-05-13',
			end: '2019-05-14',
			uncertainty: { earliest: '2019-05-12', latest: '2019-05-14', note: { en: 'Sources differ.', ar: 'تختلف المصادر.' } },
			annotation: { text: 'Fix released', priority: 1 },
			timeZone: 'Europe/Dublin',
			unsourced: true,
			actors: ['whatsapp', 'nso-group', 'whatsapp'],
			sources: [
				{ publisher: 'FT', title: { en: 'Report', ar: 'تقرير' }, url: 'https://example.org/a?b=c#d', published: '2019-05-13', quote: '“Quoted”', primary: true },
				{ publisher: 'فيسبوك', title: 'T', url: 'http://example.org/' }
			]
		},
		{ ...base, id: 'c', title: '', description: 'Text with a \u0000 inside', sources: [] }
	];
	return { ...breach, events };
}

/** Makes every field of these events throw when read: what reads them then reads the objects. */
function poison(events: readonly TimelineEvent[]): void {
	for (const event of events) for (const key of Object.keys(event)) Object.defineProperty(event, key, { get: () => { throw new Error(`read ${key}`); } });
}

/** Runs work made of parts to its end, and gives its result. */
function drain<T>(work: Generator<void, T, void>): T {
	for (;;) {
		const step = work.next();
		if (step.done) return step.value;
	}
}

/** The timeline as views, its events stored at once. */
function stored(timeline: Timeline): Timeline {
	const { timeline: views, parts } = storedTimeline(timeline);
	drain(parts());
	return views;
}

/** The timeline as views, before its events are put into columns and after. */
function states(timeline: Timeline): [string, Timeline][] {
	return [
		['before it is stored', storedTimeline(timeline).timeline],
		['once stored', stored(timeline)]
	];
}

describe('storedTimeline', () => {
	for (const [name, timeline] of [
		['the breach', breach],
		['a synthetic timeline of 2,000 events', syntheticTimeline(2_000)],
		['events with every optional field, per-language and Arabic texts', rich()]
	] as const) {
		for (const [state, stored] of states(timeline)) {
			it(`gives back every field of every event of ${name}, and each event as JSON, ${state}`, () => {
				expect(stored.events).toHaveLength(timeline.events.length);
				stored.events.forEach((view, i) => {
					const event = timeline.events[i] as Record<string, unknown>;
					for (const field of FIELDS) expect(view[field], `${event.id}.${field}`).toEqual(event[field]);
					expect(JSON.parse(JSON.stringify(view))).toEqual(JSON.parse(JSON.stringify(event)));
				});
				// The rest of the timeline is the same.
				expect({ ...stored, events: [] }).toEqual({ ...timeline, events: [] });
			});

			it(`makes the items of ${name} that its objects make, ${state}`, () => {
				const items = toItems(stored);
				// Made once, with the views: toItems gives them again, and makes new ones for the objects.
				expect(toItems(stored)).toBe(items);
				expect(toItems(timeline)).not.toBe(toItems(timeline));
				expect(itemFields(items)).toEqual(itemFields(toItems(timeline)));
				// Each event is its own item.
				expect(new Set(items)).toEqual(new Set(stored.events));
				for (const item of items) expect(item.event).toBe(item);
				// Found by id, as a Map of the items finds them.
				const byId = byIdOf(items);
				expect(byId).not.toBeInstanceOf(Map);
				for (const item of items) expect(byId.get(item.id)).toBe(item);
				for (const id of ['', 'nope', items[0].id + 'x', items[0].id.toUpperCase()]) expect(byId.get(id)).toBeUndefined();
			});
		}
	}

	it('reads no event object once stored: the objects can go', () => {
		const timeline = rich();
		const { timeline: views, parts } = storedTimeline(timeline);
		const first = JSON.stringify(views.events);
		drain(parts());
		poison(timeline.events);
		expect(JSON.parse(JSON.stringify(views.events))).toEqual(JSON.parse(first));
		// Every field of every item's event is read without touching an object.
		expect(() => toItems(views).forEach((item) => FIELDS.forEach((f) => item.event[f]))).not.toThrow();
	});

	it('keeps the fields in the order of the schema when written as JSON', () => {
		const view = stored(rich()).events[0];
		expect(Object.keys(JSON.parse(JSON.stringify(view)))).toEqual(['id', 'start', 'part', 'title', 'description', 'actors', 'category', 'status', 'sources', 'importance']);
	});
});

describe('storeWhenIdle', () => {
	it('stores the events when the browser is next idle (here, without requestIdleCallback, a moment later), then marks it; a timeline shown before that cancels the last one', () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			performance.clearMarks('timeline:stored');
			const first = rich();
			const shownFirst = storeWhenIdle(first, 0);
			const second = rich();
			const shown = storeWhenIdle(second, 0);
			expect(shown.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
			// Not yet stored: the views read the objects.
			expect(performance.getEntriesByName('timeline:stored')).toHaveLength(0);
			expect(shown.events[0].title).toBe(second.events[0].title);
			vi.advanceTimersByTime(1_000);
			expect(performance.getEntriesByName('timeline:stored')).toHaveLength(1);
			poison(second.events);
			poison(first.events);
			expect(shown.events[1].sources).toEqual(rich().events[1].sources);
			// The first timeline's storing was cancelled: its views still read its objects.
			expect(() => shownFirst.events[0].title).toThrow('read title');
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('which timelines are stored', () => {
	it('estimates the JSON text of the events from a sample: all of a short list, 64 of a long one', () => {
		const short = syntheticTimeline(3).events.map((e) => ({ ...e, description: 'Latin-1 only: é' }));
		expect(eventsText(short)).toBe(JSON.stringify(short).length - (short.length + 1));
		// Lengths that vary along the list: longer descriptions towards its end.
		const events = syntheticTimeline(5_000).events.map((e, i) => ({ ...e, description: 'x'.repeat(i % 997) }));
		const text = JSON.stringify(events).length;
		expect(Math.abs(eventsText(events) - text) / text).toBeLessThan(0.05);
		expect(eventsText([])).toBe(0);
		// Arabic takes two bytes a character in V8's strings.
		const arabic = events.map((e) => ({ ...e, title: 'برنامج تجسس' }));
		expect(eventsText(arabic) / JSON.stringify(arabic).length).toBeGreaterThan(1.9);
	});

	it('keeps events whose text is within STORE_ABOVE as objects (no views, no storing), and stores those above it', () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			performance.clearMarks('timeline:stored');
			// The benchmark's 10,000 events: 2.6 MB of text, within the heap budget as objects.
			const small = syntheticTimeline(10_000);
			expect(eventsText(small.events)).toBeLessThan(STORE_ABOVE);
			storeWhenIdle(syntheticTimeline(2_000), 0);
			expect(storeWhenIdle(small)).toBe(small);
			vi.advanceTimersByTime(1_000);
			// Nothing stored: not the small one, nor the one given before it, whose storing it cancelled.
			expect(performance.getEntriesByName('timeline:stored')).toHaveLength(0);
			const large = syntheticTimeline(16_000);
			expect(eventsText(large.events)).toBeGreaterThan(STORE_ABOVE);
			const shown = storeWhenIdle(large);
			expect(shown).not.toBe(large);
			expect(toItems(shown)[0].event).toBe(toItems(shown)[0]);
			for (let i = 0; i < 100 && performance.getEntriesByName('timeline:stored').length === 0; i++) vi.advanceTimersToNextTimer();
			expect(performance.getEntriesByName('timeline:stored')).toHaveLength(1);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('storing in parts', () => {
	it('stops after every 5,000 rows and after each text column, and its columns hold every event', () => {
		const events = syntheticTimeline(12_000).events;
		const parts = columnsInParts(events);
		let stops = 0;
		let step = parts.next();
		for (; !step.done; step = parts.next()) stops++;
		expect(stops).toBe(2 + 9);
		const columns = step.value;
		for (const i of [0, 4_999, 5_000, 9_999, 10_000, 11_999]) {
			expect([columns.ids.get(i), columns.titles.get(i), columns.sourceUrls.get(i)]).toEqual([events[i].id, events[i].title, events[i].sources[0].url]);
		}
	});

	it('without requestIdleCallback, a part per task; the views read the same fields all along, and the columns once done', () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			performance.clearMarks('timeline:stored');
			const timeline = syntheticTimeline(12_000);
			const shown = storeWhenIdle(timeline, 0);
			let tasks = 0;
			while (performance.getEntriesByName('timeline:stored').length === 0) {
				expect(shown.events[7].title).toBe('Event 8');
				vi.advanceTimersToNextTimer();
				tasks++;
			}
			expect(tasks).toBe(2 + 9 + 1);
			for (const event of timeline.events.slice(0, 10)) Object.defineProperty(event, 'title', { get: () => { throw new Error('read'); } });
			expect(shown.events[7].title).toBe('Event 8');
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('TextColumn', () => {
	it('gives back any list of texts: empty, Arabic, emoji, NUL, lone surrogates aside', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ unit: fc.oneof(fc.constantFrom('a', 'ب', '\u0000', '😀', ' '), fc.string({ unit: 'grapheme', maxLength: 1 })) })), (texts) => {
				const column = new TextColumn(texts);
				expect(column.length).toBe(texts.length);
				expect(texts.map((_, i) => column.get(i))).toEqual(texts);
			}),
			{ numRuns: 300 }
		);
	});

	it('finds each text by its value, and no text that is not there', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'ب', '😀') })), fc.string({ unit: fc.constantFrom('a', 'b', 'ب') }), (texts, other) => {
				const column = new TextColumn(texts);
				texts.forEach((text, i) => expect(column.indexOf(text)).toBe(i));
				expect(column.indexOf(other)).toBe(texts.indexOf(other));
			}),
			{ numRuns: 300 }
		);
	});

	it('gives back long texts, of one-byte characters or not', () => {
		const texts = ['a'.repeat(5_000), 'ب'.repeat(3_000), 'x', 'é'.repeat(10)];
		const column = new TextColumn(texts);
		expect(texts.map((_, i) => column.get(i))).toEqual(texts);
		const ascii = new TextColumn([texts[0], 'b'.repeat(4_096), '']);
		expect([0, 1, 2].map((i) => ascii.get(i))).toEqual([texts[0], 'b'.repeat(4_096), '']);
	});

	it('holds a text in its UTF-8 bytes, a separator and an offset', () => {
		const texts = ['e1', 'برنامج', ''];
		const bytes = texts.reduce((sum, t) => sum + new TextEncoder().encode(t).length + 1, 0);
		expect(new TextColumn(texts).byteLength).toBe(bytes + 4 * (texts.length + 1));
	});
});
