// What the reader is looking at besides zoom: selection, lanes, language, folding, filters, search and time zone.
import type { LaneMode } from '../layout/lanes';
import { NO_FILTERS, type Filters } from '../explore/filters';

export type ZoneMode = 'utc' | 'local' | 'source';
export type FilterMode = 'fade' | 'hide';

export interface ViewInit {
	lang?: string;
	laneMode?: LaneMode;
	selectedId?: string | null;
	fold?: boolean;
	filters?: Filters;
	filterMode?: FilterMode;
	query?: string;
	zone?: ZoneMode;
}

export class ViewState {
	selectedId: string | null = $state(null);
	laneMode: LaneMode = $state('actor');
	lang: string = $state('en');
	/** Fold quiet periods; undefined until the reader chooses, when the timeline decides whether it helps. */
	fold: boolean | undefined = $state(undefined);
	filters: Filters = $state.raw(NO_FILTERS);
	filterMode: FilterMode = $state('fade');
	query: string = $state('');
	zone: ZoneMode = $state('utc');

	constructor(init: ViewInit = {}) {
		this.lang = init.lang ?? 'en';
		this.laneMode = init.laneMode ?? 'actor';
		this.selectedId = init.selectedId ?? null;
		this.fold = init.fold;
		this.filters = init.filters ?? NO_FILTERS;
		this.filterMode = init.filterMode ?? 'fade';
		this.query = init.query ?? '';
		this.zone = init.zone ?? 'utc';
	}

	select(id: string | null): void {
		this.selectedId = id;
	}

	get dir(): 'ltr' | 'rtl' {
		return ['ar', 'he', 'fa', 'ur'].includes(this.lang) ? 'rtl' : 'ltr';
	}
}
