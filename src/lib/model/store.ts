// A large timeline's events as views that are also their items, and that read their fields from columns once the
// timeline is stored (store-columns.ts). As objects, with a string per text, 100,000 events held 33 MB of V8's heap
// (strings 18 MB, objects and arrays 14 MB) and their items 5.4 MB: four times the budget for the whole page
// (issue 7). Stored, they are 2 MB of views on the heap and 27 MB of columns outside it. Storing costs about 2 ms a
// thousand events, which the first picture does not need: the views read the parsed objects until `store` has run
// (when the browser is next idle: storeWhenIdle), and their columns from then on; the objects are then let go.
import type { Localized, Source, TimelineEvent, Timeline } from './schema';
import { instantsOf, listsOf, ITEMS_KEY, BY_ID_KEY, type ById, type Item } from './items';
import { columnsInParts, itemColumnsOf, restAt, readLocalized, HAS_END, TITLE_JSON, DESCRIPTION_JSON, type Columns, type ItemColumns } from './store-columns';

type Pair = [number, number];

/** What the views of one timeline read: its items' columns, and its events' objects (by row) or their columns. */
interface Backing {
	readonly items: Pick<ItemColumns, 'at' | 'actors' | 'categories'>;
	objects: readonly TimelineEvent[] | undefined;
	columns: Columns | undefined;
}

/** The fields of a row's event that have no column of their own. */
const restOf = (b: Backing, row: number): Partial<TimelineEvent> => (b.columns ? restAt(b.columns, row) : b.objects![row]);

/**
 * An event and its item (its `event` is itself), read field by field. As JSON it is the event it was made from. (No
 * private methods: a class with one gives each instance a slot more.)
 */
class StoredEvent implements TimelineEvent, Item {
	readonly #b: Backing;
	readonly #row: number;
	constructor(backing: Backing, row: number) {
		this.#b = backing;
		this.#row = row;
	}
	get id(): string {
		const c = this.#b.columns;
		return c ? c.ids.get(this.#row) : this.#b.objects![this.#row].id;
	}
	get start(): string {
		const c = this.#b.columns;
		return c ? c.starts.get(this.#row) : this.#b.objects![this.#row].start;
	}
	get end(): string | undefined {
		const c = this.#b.columns;
		if (!c) return this.#b.objects![this.#row].end;
		return c.flags[this.#row] & HAS_END ? c.ends.get(this.#row) : undefined;
	}
	get title(): Localized {
		const c = this.#b.columns;
		return c ? readLocalized(c.titles.get(this.#row), (c.flags[this.#row] & TITLE_JSON) !== 0) : this.#b.objects![this.#row].title;
	}
	get description(): Localized {
		const c = this.#b.columns;
		return c ? readLocalized(c.descriptions.get(this.#row), (c.flags[this.#row] & DESCRIPTION_JSON) !== 0) : this.#b.objects![this.#row].description;
	}
	get actors(): string[] {
		const c = this.#b.columns;
		if (!c) return this.#b.objects![this.#row].actors;
		const actors: string[] = [];
		for (let k = c.actorFrom[this.#row]; k < c.actorFrom[this.#row + 1]; k++) actors.push(c.words[c.actorWords[k]]);
		return actors;
	}
	get category(): string {
		const c = this.#b.columns;
		return c ? c.words[c.category[this.#row]] : this.#b.objects![this.#row].category;
	}
	get status(): TimelineEvent['status'] {
		const c = this.#b.columns;
		return c ? (c.words[c.status[this.#row]] as TimelineEvent['status']) : this.#b.objects![this.#row].status;
	}
	get sources(): Source[] {
		const c = this.#b.columns;
		if (!c) return this.#b.objects![this.#row].sources;
		const sources: Source[] = [];
		for (let k = c.sourceFrom[this.#row]; k < c.sourceFrom[this.#row + 1]; k++) {
			const rest = c.sourceRests.get(k);
			const title = readLocalized(c.sourceTitles.get(k), c.sourceTitleJson[k] === 1);
			sources.push({ publisher: c.words[c.sourcePublisher[k]], title, url: c.sourceUrls.get(k), ...(rest ? JSON.parse(rest) : {}) });
		}
		return sources;
	}
	get importance(): number | undefined {
		const c = this.#b.columns;
		return c ? c.importance[this.#row] || restAt(c, this.#row).importance : this.#b.objects![this.#row].importance;
	}
	get part() {
		return restOf(this.#b, this.#row).part;
	}
	get uncertainty() {
		return restOf(this.#b, this.#row).uncertainty;
	}
	get unsourced() {
		return restOf(this.#b, this.#row).unsourced;
	}
	get annotation() {
		return restOf(this.#b, this.#row).annotation;
	}
	get timeZone() {
		return restOf(this.#b, this.#row).timeZone;
	}

	// As an item (items.ts).
	get event(): TimelineEvent {
		return this;
	}
	get order(): number {
		return this.#row;
	}
	get at(): number {
		return this.#b.items.at[this.#row];
	}
	get range(): Pair | undefined {
		return undefined;
	}
	get soft(): Pair | undefined {
		return undefined;
	}
	get actorIndex(): number {
		return this.#b.items.actors[this.#row];
	}
	get categoryIndex(): number {
		return this.#b.items.categories[this.#row];
	}

	/** The event as a plain object: its own object, or once stored its fields in the schema's order (JSON.stringify, an export). */
	toJSON(): TimelineEvent {
		const c = this.#b.columns;
		if (!c) return this.#b.objects![this.#row];
		const { id, start, end, title, description, actors, category, status, sources, importance } = this;
		const { part, uncertainty, unsourced, annotation, timeZone, ...other } = restAt(c, this.#row);
		const event = { id, start, end, part, uncertainty, title, description, actors, category, status, sources, unsourced, annotation, importance, timeZone, ...other };
		for (const key of Object.keys(event) as (keyof typeof event)[]) if (event[key] === undefined) delete event[key];
		return event as TimelineEvent;
	}
}

/**
 * A stored event with a range or a soft extent: these, made once, are its own (a column of pairs would cost every
 * item a slot, or a new pair at every read).
 */
class StoredSpanEvent extends StoredEvent {
	readonly #range: Pair | undefined;
	readonly #soft: Pair | undefined;
	constructor(backing: Backing, row: number, range: Pair | undefined, soft: Pair | undefined) {
		super(backing, row);
		this.#range = range;
		this.#soft = soft;
	}
	override get range(): Pair | undefined {
		return this.#range;
	}
	override get soft(): Pair | undefined {
		return this.#soft;
	}
}

/**
 * The timeline with its events as views, its items (toItems gives them, reading no event), and `parts`, which puts
 * the events into columns a part at a time (columnsInParts) and then lets their objects go (the views read the same
 * fields before and after). For a timeline that is validated.
 */
export function storedTimeline(timeline: Timeline): { timeline: Timeline; parts: () => Generator<void, void, void> } {
	const items = itemColumnsOf(instantsOf(timeline.events, listsOf(timeline)));
	const { file, spanRows, spans } = items;
	const objects: TimelineEvent[] = new Array(file.length);
	for (let row = 0; row < file.length; row++) objects[row] = timeline.events[file[row]];
	// Only what the views read: the order and the spans are spent once they are made.
	const backing: Backing = { items: { at: items.at, actors: items.actors, categories: items.categories }, objects, columns: undefined };
	const views: StoredEvent[] = new Array(file.length);
	const events: TimelineEvent[] = new Array(file.length);
	for (let row = 0, s = 0; row < views.length; row++) {
		const view = spanRows[s] !== row ? new StoredEvent(backing, row) : new StoredSpanEvent(backing, row, pair(spans, s * 4), pair(spans, s++ * 4 + 2));
		views[row] = view;
		events[file[row]] = view;
	}
	// toItems gives them, and byIdOf their index by id: the columns' (before them, a search of the objects).
	const byId: ById = {
		get(id) {
			const row = backing.columns ? backing.columns.ids.indexOf(id) : backing.objects!.findIndex((e) => e.id === id);
			return views[row];
		}
	};
	Object.defineProperty(events, Symbol.for(ITEMS_KEY), { value: views });
	Object.defineProperty(views, Symbol.for(BY_ID_KEY), { value: byId });
	// The views read the objects until the last part is done.
	function* parts(): Generator<void, void, void> {
		if (!backing.objects) return;
		backing.columns = yield* columnsInParts(backing.objects);
		backing.objects = undefined;
	}
	return { timeline: { ...timeline, events }, parts };
}

const pair = (spans: Float64Array, k: number): Pair | undefined => (Number.isNaN(spans[k]) ? undefined : [spans[k], spans[k + 1]]);

/**
 * The JSON text of a timeline's events above which they are kept as columns (storeWhenIdle). As objects, events take
 * about 1.7 times their text in V8's heap, items and the index by id included (the benchmark's 15,000: 3.96 MB of
 * text, 9.7 MB of heap with an event open, the app's own 3 MB included): up to this the page stays within its heap
 * budget of 10 MB (issue 7) without them, with about 1 MB to spare. Objects are quicker to draw (at 10,000 of those
 * events the views cost the first picture about 10 ms), quicker to read, and leave nothing to store when the browser
 * is idle.
 */
export const STORE_ABOVE = 3_500_000;

/**
 * The JSON text of the events, estimated from one event in every sixty-fourth of the list (from all of a list of
 * fewer than 128), in bytes as V8 holds their strings: an event with a character beyond Latin-1 (Arabic, say) counts
 * two per character.
 */
export function eventsText(events: readonly TimelineEvent[]): number {
	const step = Math.max(1, Math.floor(events.length / 64));
	let bytes = 0;
	let read = 0;
	for (let i = 0; i < events.length; i += step, read++) {
		const json = JSON.stringify(events[i]);
		bytes += /[^\u0000-\u00ff]/.test(json) ? 2 * json.length : json.length;
	}
	return read === 0 ? 0 : (bytes / read) * events.length;
}

/** Cancels the storing of the timeline last given to storeWhenIdle, if it is not done. */
let cancel = () => {};

/**
 * The timeline as views (storedTimeline), whose events are put into columns when the browser is idle after the
 * first picture, a part at a time: each idle period runs parts while it has time left, so a frame or an input waits
 * for one part at most (a few ms); without requestIdleCallback, a part per task. Then the user-timing mark
 * `timeline:stored`. A timeline given before that cancels the last one's. One whose events' text is `above` (see
 * STORE_ABOVE) or less is given back as it is.
 */
export function storeWhenIdle(timeline: Timeline, above = STORE_ABOVE): Timeline {
	cancel();
	cancel = () => {};
	if (eventsText(timeline.events) <= above) return timeline;
	const { timeline: views, parts } = storedTimeline(timeline);
	const work = parts();
	const step = (deadline?: IdleDeadline) => {
		do
			if (work.next().done) {
				// Nothing left to cancel: and the finished work, its lists included, is let go.
				cancel = () => {};
				return void performance.mark('timeline:stored');
			}
		while (deadline && !deadline.didTimeout && deadline.timeRemaining() > 8);
		next();
	};
	const next = () => {
		if (typeof requestIdleCallback === 'function') {
			const id = requestIdleCallback(step, { timeout: 2000 });
			cancel = () => cancelIdleCallback(id);
		} else {
			const id = setTimeout(step, 0);
			cancel = () => clearTimeout(id);
		}
	};
	next();
	return views;
}
