// What the reader and the embed both derive from a timeline and the view: items, folding, filters and search.
import type { Timeline } from '../model/schema';
import { toItems, extentOf, edgesOf, byIdOf, type Item, type ItemSet } from '../model/items';
import { quietSpans, defaultMinGap, foldHelps } from '../time/fold';
import { matcher, excluded, isFiltering } from './filters';
import { loadSearch, type SearchCode } from './search-load';
import type { Matches, SearchIndex } from './search';
import type { ViewState } from '../state/view.svelte';

/** No events: a blank query's matches (the search's code need not be loaded for it), and the faded ones unfiltered. */
const NONE: Matches = { size: 0, has: () => false, top: () => [] };

export class TimelineModel {
	readonly #timeline: () => Timeline;
	readonly #getView: () => ViewState;

	constructor(timeline: () => Timeline, view: () => ViewState) {
		this.#timeline = timeline;
		this.#getView = view;
	}

	get #view(): ViewState {
		return this.#getView();
	}

	get timeline(): Timeline {
		return this.#timeline();
	}

	readonly items = $derived.by(() => toItems(this.#timeline()));
	readonly byId = $derived.by(() => byIdOf(this.items));
	readonly fallback = $derived.by(() => this.#timeline().languages[0]);
	readonly extent = $derived.by(() => extentOf(this.items, this.#timeline().eras));
	readonly #quiet = $derived.by(() => quietSpans(edgesOf(this.items, this.#timeline().eras), this.extent, defaultMinGap(this.extent)));
	/** Whether quiet periods are folded: the reader's choice, or the default when folding helps. */
	readonly fold = $derived.by(() => this.#view.fold ?? foldHelps(this.extent, this.#quiet));
	readonly breaks = $derived.by(() => (this.fold ? this.#quiet : []));
	/** Whether any filter is set (without one, nothing below reads every event). */
	readonly #filtering = $derived.by(() => isFiltering(this.#view.filters));
	readonly #fading = $derived.by(() => this.#filtering && this.#view.filterMode === 'fade');
	/** The events that pass the filters: all of them when none is set (read only when hiding; fading counts `faded`). */
	readonly #passing: Item[] = $derived.by(() => (this.#filtering ? this.items.filter(matcher(this.#view.filters)) : this.items));
	/** Events drawn faded because a filter excludes them. */
	readonly faded: ItemSet = $derived.by(() => (this.#fading ? excluded(this.items, this.#view.filters) : NONE));
	readonly visibleCount = $derived.by(() => (this.#fading ? this.items.length - this.faded.size : this.#passing.length));
	/** The events drawn: all, or only those passing the filters when the filter hides. */
	readonly shown: Item[] = $derived.by(() => (this.#fading ? this.items : this.#passing));
	/** The search's code and the index of these events in a language, once both are here (`#prepare`). */
	#ready: { code: SearchCode; items: Item[]; lang: string; index: SearchIndex } | null = $state.raw(null);
	/** The preparation under way, for the events and language it is for. */
	#pending: { items: Item[]; lang: string; done: Promise<void> } | null = null;
	/** Whether the search's code could not be loaded when last asked for (a new query asks again). */
	searchFailed = $state(false);
	/** Whether the index of these events in the view's language is here (until then a query is said to be searching). */
	readonly searchReady = $derived(this.#ready?.items === this.items && this.#ready.lang === this.#view.lang);
	/** The index is built when the search box takes the focus (see prepareSearch) or at the first query, never on load. */
	readonly hits: Matches = $derived.by(() => {
		const query = this.#view.query.trim();
		if (!query) return NONE;
		if (this.searchReady) return this.#ready!.code.search(this.#ready!.index, query);
		// Asked for here if the box's focus has not; its answer sets the state later, never while this is derived.
		this.#prepare().then(
			() => (this.searchFailed = false),
			() => (this.searchFailed = true)
		);
		return NONE;
	});
	/**
	 * Called when the search box takes the focus: the code loads, and the index and the results' map by id are built
	 * before the first query (at 100,000 events, about 250 ms that the first keystroke no longer waits for, in parts
	 * between which a key typed meanwhile is handled; the map in a task of its own).
	 */
	readonly prepareSearch = () => this.#prepare().then(() => void setTimeout(() => this.byId), () => undefined);

	/** Loads the search's code and builds the index of the events in the view's language in parts (search.ts). */
	#prepare(): Promise<void> {
		const [timeline, items, lang] = [this.#timeline(), this.items, this.#view.lang];
		if (this.searchReady) return Promise.resolve();
		if (this.#pending?.items === items && this.#pending.lang === lang) return this.#pending.done;
		// The code once here, as it is (a loaded chunk's import() still answers a task later: a frame saying "Searching…").
		const done: Promise<void> = (this.#ready ? Promise.resolve(this.#ready.code) : loadSearch()).then(async (code) => {
			const index = await code.indexInParts(timeline, items, lang);
			// Unless a later preparation (another language meanwhile) has taken its place.
			if (this.#pending?.done === done) this.#ready = { code, items, lang, index };
		});
		this.#pending = { items, lang, done };
		done.catch(() => (this.#pending = null));
		return done;
	}
	readonly selected = $derived.by(() => (this.#view.selectedId === null ? undefined : this.byId.get(this.#view.selectedId)));
}
