// What the reader is looking at besides zoom: selection, lanes, language, folding, filters, search and time zone.
import type { LaneMode } from '../layout/lanes';
import { NO_FILTERS, type Filters } from '../explore/filters';
import { intlLocale, type Numerals, type Calendar } from '../i18n/locale';
import type { Theme } from './theme';

export type ZoneMode = 'utc' | 'local' | 'source';
export type FilterMode = 'fade' | 'hide';
/** Which way time runs on the axis: left to right (the default in every language), or mirrored. */
export type AxisDirection = 'ltr' | 'rtl';

export interface ViewInit {
	lang?: string;
	laneMode?: LaneMode;
	selectedId?: string | null;
	fold?: boolean;
	filters?: Filters;
	filterMode?: FilterMode;
	query?: string;
	zone?: ZoneMode;
	numerals?: Numerals;
	calendar?: Calendar;
	axis?: AxisDirection;
	theme?: Theme;
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
	/** Digits and calendar for dates and numbers; undefined: the language's default (Arabic-Indic for Arabic). */
	numerals: Numerals | undefined = $state(undefined);
	calendar: Calendar | undefined = $state(undefined);
	axis: AxisDirection = $state('ltr');
	/** Light, dark, high contrast, or `auto` (the system's light or dark). */
	theme: Theme = $state('auto');

	constructor(init: ViewInit = {}) {
		this.lang = init.lang ?? 'en';
		this.laneMode = init.laneMode ?? 'actor';
		this.selectedId = init.selectedId ?? null;
		this.fold = init.fold;
		this.filters = init.filters ?? NO_FILTERS;
		this.filterMode = init.filterMode ?? 'fade';
		this.query = init.query ?? '';
		this.zone = init.zone ?? 'utc';
		this.numerals = init.numerals;
		this.calendar = init.calendar;
		this.axis = init.axis ?? 'ltr';
		this.theme = init.theme ?? 'auto';
	}

	/** The locale everything is written in: the language with the chosen digits and calendar. */
	get locale(): string {
		return intlLocale(this.lang, { numerals: this.numerals, calendar: this.calendar });
	}

	select(id: string | null): void {
		this.selectedId = id;
	}

	get dir(): 'ltr' | 'rtl' {
		return ['ar', 'he', 'fa', 'ur'].includes(this.lang) ? 'rtl' : 'ltr';
	}
}
