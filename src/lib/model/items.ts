// Turns validated events into chart items: UTC instants for the mark, the bar of a range and the soft extent.
import { utcDay, utcMonth } from 'd3-time';
import type { Timeline, TimelineEvent } from './schema';
import { toPreciseDate, type PreciseDate } from './dates';
import { millisecondsInDay as DAY, millisecondsInHour as HOUR } from 'date-fns/constants';

export interface Item {
	readonly id: string;
	/** Position in chronological order (0-based). */
	readonly order: number;
	/** The event; its dates, parsed, are `startOf` and `endOf` (kept out of the item: 100,000 items held 6 MB of them). */
	readonly event: TimelineEvent;
	/** The instant the mark sits at: a range's start. */
	readonly at: number;
	/** For ranges: from the start of `start` to the end of `end`. */
	readonly range?: [number, number];
	/** Where the event may have happened, when that is wider than an instant ("sometime on 13 May"). */
	readonly soft?: [number, number];
	/** Where the event's first actor stands in the timeline's actors (its lane by actor); -1 when it is not there. */
	readonly actorIndex: number;
	/** Where the event's category stands in the timeline's categories (its lane by category, its colour); -1 when not there. */
	readonly categoryIndex: number;
}

/** Positions of the timeline's actors and categories by id, which each item is given (toItem). */
export interface Lists {
	actors: ReadonlyMap<string, number>;
	categories: ReadonlyMap<string, number>;
}

/** The positions of these actors and categories. */
export const listsOf = (timeline: { actors: readonly { id: string }[]; categories: readonly { id: string }[] }): Lists => ({
	actors: new Map(timeline.actors.map((a, i) => [a.id, i])),
	categories: new Map(timeline.categories.map((c, i) => [c.id, i]))
});

/** Some of a timeline's events, asked about by item: a search's matches (by position, no hashing), faded events. */
export interface ItemSet {
	readonly size: number;
	has(item: Item): boolean;
}

/** The events with these ids. */
export const withIds = (ids: ReadonlySet<string>): ItemSet => ({ size: ids.size, has: (item) => ids.has(item.id) });

/**
 * Ids in code-unit order: the same on every machine. localeCompare follows the reader's locale (in Danish "aa" comes
 * after "z"), so events at one instant would be ordered differently from reader to reader, and from the lanes.
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Items in time order (by mark, which for a range is its start), then by id: the order toItems gives them. */
export const byTime = (a: Item, b: Item): number => a.at - b.at || compareIds(a.id, b.id);

/**
 * The events as items, in time order (then by id). Each event is read once, in the file's order, into arrays, and the
 * items are made afterwards in time order: they then lie in memory in the order that every later pass reads them
 * (lanes, the index, the overview), where items made in the file's order and then sorted were read all over the heap
 * when the file was not in time order. A large timeline stored by the loader (store.ts) has them already: its events
 * are their own items. The list is not to be changed.
 */
export const toItems = (timeline: Timeline): Item[] => storedItems(timeline.events) ?? itemsOf(timeline.events, listsOf(timeline));

/** An event as an item on its own (order 0); `lists` gives its actor's and category's places (-1 without). */
export const toItem = (event: TimelineEvent, lists: Lists = { actors: new Map(), categories: new Map() }): Item => itemsOf([event], lists)[0];

/** What items are made of, read once from the events (in the file's order), and the order of the events in time. */
export interface Instants {
	/** Per event: its mark, its range's ends and its soft extent's ends (NaN: none). */
	instants: Float64Array;
	/** Per event: its actor's and its category's places. */
	groups: Int32Array;
	ids: string[];
	/** The events' places in time order (then by id). */
	byTime: number[];
}

export function instantsOf(events: readonly TimelineEvent[], lists: Lists): Instants {
	const n = events.length;
	const instants = new Float64Array(n * 5);
	const groups = new Int32Array(n * 2);
	const ids: string[] = [];
	for (let i = 0; i < n; i++) {
		const event = events[i];
		const start = toPreciseDate(event.start);
		const end = event.end === undefined ? undefined : toPreciseDate(event.end);
		const soft = end && !event.uncertainty ? undefined : softExtent(event, start);
		const k = i * 5;
		instants[k] = end || !soft ? start.start : (soft[0] + soft[1]) / 2;
		instants[k + 1] = end ? start.start : NaN;
		instants[k + 2] = end ? end.end : NaN;
		instants[k + 3] = soft ? soft[0] : NaN;
		instants[k + 4] = soft ? soft[1] : NaN;
		groups[i * 2] = lists.actors.get(event.actors[0]) ?? -1;
		groups[i * 2 + 1] = lists.categories.get(event.category) ?? -1;
		ids.push(event.id);
	}
	const byTime = Array.from({ length: n }, (_, i) => i);
	byTime.sort((a, b) => instants[a * 5] - instants[b * 5] || compareIds(ids[a], ids[b]));
	return { instants, groups, ids, byTime };
}

function itemsOf(events: readonly TimelineEvent[], lists: Lists): Item[] {
	const { instants, groups, ids, byTime } = instantsOf(events, lists);
	return byTime.map((e, order) => {
		const k = e * 5;
		const id = ids[e];
		const event = events[e];
		const at = instants[k];
		const soft: [number, number] | undefined = Number.isNaN(instants[k + 3]) ? undefined : [instants[k + 3], instants[k + 4]];
		const actorIndex = groups[e * 2];
		const categoryIndex = groups[e * 2 + 1];
		return Number.isNaN(instants[k + 1])
			? { id, order, event, at, soft, actorIndex, categoryIndex }
			: { id, order, event, at, range: [instants[k + 1], instants[k + 2]], soft, actorIndex, categoryIndex };
	});
}

/** Items by id. */
export interface ById {
	get(id: string): Item | undefined;
}

/**
 * What store.ts gives a large timeline's events list (its events are their own items) and its items list (their
 * index by id, which holds no id as a string): keys of the global registry, not a module's WeakMap, since in the
 * embed store.ts runs in a side script with its own copy of this module.
 */
export const ITEMS_KEY = 'incident-timeline:items';
export const BY_ID_KEY = 'incident-timeline:by-id';

const storedItems = (events: readonly TimelineEvent[]): Item[] | undefined => (events as unknown as Record<symbol, Item[]>)[Symbol.for(ITEMS_KEY)];

/** The items by id: the store's index, or a Map. */
export const byIdOf = (items: readonly Item[]): ById => (items as unknown as Record<symbol, ById>)[Symbol.for(BY_ID_KEY)] ?? new Map(items.map((i) => [i.id, i]));

/** The item's start date, parsed (its precision, its period). */
export const startOf = (item: Item): PreciseDate => toPreciseDate(item.event.start);

/** The item's end date, parsed, for a range; undefined for a point. */
export const endOf = (item: Item): PreciseDate | undefined => (item.event.end === undefined ? undefined : toPreciseDate(item.event.end));

/** The uncertainty window, else the part of a month or year, else the whole period of a date coarser than a minute. */
export function softExtent(event: TimelineEvent, start: PreciseDate): [number, number] | undefined {
	if (event.uncertainty) {
		return [toPreciseDate(event.uncertainty.earliest).start, toPreciseDate(event.uncertainty.latest).end];
	}
	if (event.part) return partOf(start, event.part);
	if (start.precision === 'minute' || start.precision === 'second') return undefined;
	return [start.start, start.end];
}

/** Early/mid/late: days 1–10, 11–20, 21–end of a month; January–April, May–August, September–December of a year. */
function partOf(date: PreciseDate, part: 'early' | 'mid' | 'late'): [number, number] {
	const i = ['early', 'mid', 'late'].indexOf(part);
	const from = new Date(date.start);
	if (date.precision === 'month') {
		const a = i === 0 ? date.start : utcDay.offset(from, i * 10).getTime();
		const b = i === 2 ? date.end : utcDay.offset(from, (i + 1) * 10).getTime();
		return [a, b];
	}
	return [utcMonth.offset(from, i * 4).getTime(), utcMonth.offset(from, (i + 1) * 4).getTime()];
}

/** Earliest instant an item covers: its mark, range and soft extent. */
export const loOf = (item: Item) => Math.min(item.at, item.range?.[0] ?? item.at, item.soft?.[0] ?? item.at);
/** Latest instant an item covers. */
export const hiOf = (item: Item) => Math.max(item.at, item.range?.[1] ?? item.at, item.soft?.[1] ?? item.at);

/** The instants every item and era covers, padded so marks at the edges are not cut. */
export function extentOf(items: Item[], eras: Timeline['eras'] = []): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const item of items) {
		lo = Math.min(lo, loOf(item));
		hi = Math.max(hi, hiOf(item));
	}
	for (const era of eras) {
		lo = Math.min(lo, toPreciseDate(era.start).start);
		hi = Math.max(hi, toPreciseDate(era.end).end);
	}
	if (!Number.isFinite(lo)) return [0, 1];
	const pad = Math.max((hi - lo) * 0.02, HOUR);
	return [lo - pad, hi + pad];
}

/** Every instant that must stay in view when quiet periods fold: marks, range ends, soft-extent ends and era edges. */
export function edgesOf(items: readonly Item[], eras: Timeline['eras'] = []): number[] {
	const edges: number[] = [];
	for (const item of items) {
		edges.push(item.at);
		if (item.range) edges.push(item.range[0], item.range[1]);
		if (item.soft) edges.push(item.soft[0], item.soft[1]);
	}
	for (const era of eras) edges.push(toPreciseDate(era.start).start, toPreciseDate(era.end).end);
	return edges;
}

/** The dates to show for an item: its range, its soft extent, or its instant. */
export function spanOf(item: Item): [number, number] {
	return item.range ?? item.soft ?? [item.at, item.at];
}

/** A span around an item with context on both sides (half its length, at least two days). */
export function contextOf(item: Item): [number, number] {
	const [a, b] = spanOf(item);
	const pad = Math.max((b - a) * 0.5, 2 * DAY);
	return [a - pad, b + pad];
}
