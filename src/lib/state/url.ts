// The view as URL query parameters: a lenient parser and a stable formatter that round-trip each other.
import type { LaneMode } from '../layout/lanes';
import { isoDate } from '../model/dates';
import { isStatus, type Filters } from '../explore/filters';
import { NUMERALS, CALENDARS, type Numerals, type Calendar } from '../i18n/locale';
import { THEMES, type Theme } from './theme';
import { millisecondsInDay as DAY, millisecondsInMinute as MINUTE } from 'date-fns/constants';
import { ID, sourceAddress, timelineParam } from '../model/address';

export interface UrlState {
	timeline?: string;
	/** A timeline's address (`?src=data/other.json` or an absolute http(s) URL), instead of a named one. */
	src?: string;
	lang?: string;
	lanes?: LaneMode;
	fold?: boolean;
	/** UTC ms of the visible span. */
	range?: [number, number];
	/** Selected event id. */
	event?: string;
	/** Search text. */
	q?: string;
	filters: Filters;
	filterMode?: 'fade' | 'hide';
	zone?: 'utc' | 'local' | 'source';
	/** Latin or Arabic-Indic digits. */
	numerals?: Numerals;
	calendar?: Calendar;
	/** `rtl` mirrors the time axis. */
	axis?: 'ltr' | 'rtl';
	theme?: Theme;
}

/** Every query parameter the view owns; others (a host's `childId`, `embed`…) belong to someone else. */
export const VIEW_PARAMS: readonly string[] = [
	'timeline',
	'src',
	'lang',
	'lanes',
	'fold',
	'start',
	'end',
	'event',
	'q',
	'actor',
	'category',
	'status',
	'filter',
	'tz',
	'numerals',
	'calendar',
	'axis',
	'theme'
];

/**
 * The view's query with the parameters the view does not own carried over from `current`, after it: an embed
 * keeps `embed`, and a Pym host's `childId`, across its own URL updates.
 */
export function withForeignParams(viewSearch: string, current: string): string {
	const foreign = [...new URLSearchParams(current)].filter(([name]) => !VIEW_PARAMS.includes(name));
	if (!foreign.length) return viewSearch;
	const rest = new URLSearchParams(foreign).toString().replace(/=(?=&|$)/g, '');
	return viewSearch ? `${viewSearch}&${rest}` : `?${rest}`;
}

const LANG = /^[a-z]{2,3}$/;
const LANE_MODES: readonly LaneMode[] = ['actor', 'category'];
const FILTER_MODES = ['fade', 'hide'] as const;
const ZONES = ['utc', 'local', 'source'] as const;
const AXES = ['ltr', 'rtl'] as const;

/** Instants whose ISO form has a four-digit year (0000–9999), which is all isoDate reads. */
const EARLIEST = Date.parse('0000-01-01T00:00:00Z');
const LATEST = Date.UTC(10000, 0, 1);

/** Reads `?timeline=…&lang=…`; a missing, malformed or unknown value is left out, as are unknown parameters. */
export function parseUrlState(search: string): UrlState {
	const p = new URLSearchParams(search);
	const fold = p.get('fold');
	const q = p.get('q');
	const optional: Omit<UrlState, 'filters'> = {
		timeline: timelineParam(p.get('timeline')),
		src: sourceAddress(p.get('src')),
		lang: matching(p.get('lang'), LANG),
		lanes: oneOf(p.get('lanes'), LANE_MODES),
		fold: fold === '1' ? true : fold === '0' ? false : undefined,
		range: readRange(p.get('start'), p.get('end')),
		event: matching(p.get('event'), ID),
		q: q !== null && q.trim() !== '' ? q : undefined,
		filterMode: oneOf(p.get('filter'), FILTER_MODES),
		zone: oneOf(p.get('tz'), ZONES),
		numerals: oneOf(p.get('numerals'), NUMERALS),
		calendar: oneOf(p.get('calendar'), CALENDARS),
		axis: oneOf(p.get('axis'), AXES),
		theme: oneOf(p.get('theme'), THEMES)
	};
	const filters: Filters = {
		actors: list(p, 'actor').filter((id) => ID.test(id)),
		categories: list(p, 'category').filter((id) => ID.test(id)),
		statuses: list(p, 'status').filter(isStatus)
	};
	return { ...withoutUndefined(optional), filters };
}

/**
 * Writes the state as `?timeline=…&lang=…&lanes=…&fold=…&start=…&end=…&event=…&q=…&actor=…&category=…&status=…
 * &filter=…&tz=…&numerals=…&calendar=…&axis=…&theme=…`, leaving out absent values, empty lists and blank search text; '' when nothing is left.
 * The range widens to whole minutes (start down, end up): an instant is written `2019-05-13T06:30Z`, a UTC midnight
 * as a plain date — for `end`, the day before, since an end date includes its whole day.
 */
export function formatUrlState(state: UrlState): string {
	const p = new URLSearchParams();
	const put = (name: string, value: string | undefined) => {
		if (value !== undefined && value !== '') p.set(name, value);
	};
	const range = state.range && writeRange(state.range);
	put('timeline', state.timeline);
	put('src', state.src);
	put('lang', state.lang);
	put('lanes', state.lanes);
	put('fold', state.fold === undefined ? undefined : state.fold ? '1' : '0');
	put('start', range?.[0]);
	put('end', range?.[1]);
	put('event', state.event);
	put('q', state.q?.trim() ? state.q : undefined);
	put('actor', state.filters.actors.join(','));
	put('category', state.filters.categories.join(','));
	put('status', state.filters.statuses.join(','));
	put('filter', state.filterMode);
	put('tz', state.zone);
	put('numerals', state.numerals);
	put('calendar', state.calendar);
	put('axis', state.axis);
	put('theme', state.theme);
	// `,`, `:` and `/` are legal in a query and read back the same; leaving them unescaped keeps links legible.
	const text = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
	return text ? `?${text}` : '';
}

/** `start` from the beginning of its period; `end` to the end of its period when a date (year, month, day), else the instant. */
function readRange(start: string | null, end: string | null): [number, number] | undefined {
	if (start === null || end === null) return undefined;
	const a = isoDate(start);
	const b = isoDate(end);
	if (!a || !b) return undefined;
	const isInstant = b.precision === 'minute' || b.precision === 'second';
	const to = isInstant ? b.start : b.end;
	return to > a.start ? [a.start, to] : undefined;
}

function writeRange([a, b]: [number, number]): [string, string] | undefined {
	if (!(a >= EARLIEST && b <= LATEST && a < b)) return undefined;
	const from = Math.floor(a / MINUTE) * MINUTE;
	const to = Math.ceil(b / MINUTE) * MINUTE;
	return [from % DAY === 0 ? isoDay(from) : isoMinute(from), to % DAY === 0 ? isoDay(to - DAY) : isoMinute(to)];
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const isoMinute = (t: number) => `${new Date(t).toISOString().slice(0, 16)}Z`;

/** The same object without its undefined-valued keys, so absent values are absent rather than `undefined`. */
function withoutUndefined<T extends object>(o: T): T {
	return Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as T;
}

function matching(value: string | null, pattern: RegExp): string | undefined {
	return value !== null && pattern.test(value) ? value : undefined;
}

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | undefined {
	return options.find((o) => o === value);
}

/** A comma-separated list, also accepting the parameter repeated; trimmed, without empty or repeated entries. */
function list(p: URLSearchParams, name: string): string[] {
	const entries = p.getAll(name).flatMap((v) => v.split(',').map((s) => s.trim()));
	return [...new Set(entries.filter(Boolean))];
}
