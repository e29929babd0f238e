// Keeps the address bar in step with the view: discrete changes push a history entry, zoom frames replace it.
import { formatUrlState, parseUrlState, withForeignParams, type UrlState } from './url';
import type { ViewState } from './view.svelte';
import type { ZoomController } from '../chart/zoom.svelte';
import { millisecondsInMinute as MINUTE } from 'date-fns/constants';

/** The URL state of what is on screen; the range is rounded to whole minutes so that it round-trips. */
export function currentState(view: ViewState, zoom: ZoomController, timeline: string | undefined, src?: string): UrlState {
	const domain = zoom.domain;
	const range: [number, number] | undefined =
		domain && zoom.canZoomOut ? [Math.floor(domain[0].getTime() / MINUTE) * MINUTE, Math.ceil(domain[1].getTime() / MINUTE) * MINUTE] : undefined;
	return {
		timeline,
		src,
		lang: view.lang,
		lanes: view.laneMode === 'actor' ? undefined : view.laneMode,
		fold: view.fold,
		range,
		event: view.selectedId ?? undefined,
		q: view.query.trim() || undefined,
		filters: view.filters,
		filterMode: view.filterMode === 'fade' ? undefined : view.filterMode,
		zone: view.zone === 'utc' ? undefined : view.zone,
		numerals: view.numerals,
		calendar: view.calendar,
		axis: view.axis === 'ltr' ? undefined : view.axis,
		theme: view.theme === 'auto' ? undefined : view.theme
	};
}

/** Applies a URL state (after Back or Forward) to the view and the zoom. */
export function applyState(state: UrlState, view: ViewState, zoom: ZoomController, defaultLang: string): void {
	view.lang = state.lang ?? defaultLang;
	view.laneMode = state.lanes ?? 'actor';
	view.fold = state.fold;
	view.selectedId = state.event ?? null;
	view.query = state.q ?? '';
	view.filters = state.filters;
	view.filterMode = state.filterMode ?? 'fade';
	view.zone = state.zone ?? 'utc';
	view.numerals = state.numerals;
	view.calendar = state.calendar;
	view.axis = state.axis ?? 'ltr';
	view.theme = state.theme ?? 'auto';
	if (state.range) zoom.showDates(state.range[0], state.range[1]);
	else zoom.fit();
}

/**
 * Writes the view into the URL: `commit()` marks the next write as a new history entry (select, filter…);
 * everything else (zoom, pan, typing) replaces the current entry, at most every `delay` ms.
 */
export interface HistoryOptions {
	/** Milliseconds between URL writes while the view keeps changing (zoom, pan, typing). */
	delay?: number;
	/**
	 * A guest in a host's page (the embed): never push, since entries pushed in a frame join the host's session
	 * history and capture its Back button; and keep query parameters the view does not own (`embed`, `childId`).
	 */
	guest?: boolean;
}

export class HistorySync {
	#pending = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	private readonly delay: number;
	private readonly guest: boolean;

	constructor(
		private readonly state: () => UrlState,
		options: HistoryOptions = {}
	) {
		this.delay = options.delay ?? 250;
		this.guest = options.guest ?? false;
	}

	commit(): void {
		this.#pending = true;
		this.write();
	}

	/** Called whenever the state may have changed. */
	write(): void {
		clearTimeout(this.#timer);
		const push = this.#pending && !this.guest;
		this.#pending = false;
		const flush = () => {
			const own = formatUrlState(this.state());
			const search = this.guest ? withForeignParams(own, location.search) : own;
			if (search === location.search) return;
			const url = `${location.pathname}${search}${location.hash}`;
			if (push) history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		};
		if (push) flush();
		else this.#timer = setTimeout(flush, this.delay);
	}

	static read(): UrlState {
		return parseUrlState(location.search);
	}
}
