// Date text through Intl: axis ticks per level, and event dates written at their precision.
import { utcDay, utcMonth } from 'd3-time';
import type { TickLevel, ContextLevel } from './ticks';
import { startOf, endOf, type Item } from '../model/items';
import { toPreciseDate, type PreciseDate } from '../model/dates';
import { intlLocale, baseLanguage, formatNumber } from '../i18n/locale';

/** Formatters by options object (each caller passes one of the constant option sets below), then locale and zone. */
const cache = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	let byPlace = cache.get(options);
	if (!byPlace) cache.set(options, (byPlace = new Map()));
	const key = `${locale}|${timeZone}`;
	let f = byPlace.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
		byPlace.set(key, f);
	}
	return f;
}

/**
 * The locale used for dates: British-style day-month order for English, Egyptian Arabic (Arabic-Indic digits)
 * for Arabic; a full tag (`ar-EG-u-nu-latn-ca-islamic-umalqura`) is used as it is.
 */
export function dateLocale(lang: string): string {
	return intlLocale(lang);
}

/** The Intl options of each tick level (exported for tests that compare with Intl in the browser). */
export const TICK: Record<TickLevel, Intl.DateTimeFormatOptions> = {
	years: { year: 'numeric' },
	quarters: { month: 'short' },
	months: { month: 'short' },
	weeks: { day: 'numeric' },
	days: { day: 'numeric' },
	'6 hours': { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
	'3 hours': { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
	hours: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
};

const CONTEXT: Record<Exclude<ContextLevel, 'none'>, Intl.DateTimeFormatOptions> = {
	years: { year: 'numeric' },
	months: { month: 'long', year: 'numeric' },
	days: { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }
};

const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };
const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', ...MONTH_YEAR };
const DATE_HOUR: Intl.DateTimeFormatOptions = { ...DATE, ...TICK.hours };
/** Each level's tick with the period its context row names: for a period whose context label has no room. */
const TICK_IN_CONTEXT: Record<TickLevel, Intl.DateTimeFormatOptions> = {
	years: TICK.years,
	quarters: MONTH_YEAR,
	months: MONTH_YEAR,
	weeks: DATE,
	days: DATE,
	'6 hours': DATE_HOUR,
	'3 hours': DATE_HOUR,
	hours: DATE_HOUR
};

/** A tick that also names its period ("Jul 2026" where "Jul" would follow a "2025" named before a folded break). */
export function formatTickInContext(date: Date, level: TickLevel, lang: string, timeZone: string): string {
	return formatter(dateLocale(lang), timeZone, TICK_IN_CONTEXT[level]).format(date);
}

export function formatTick(date: Date, level: TickLevel, lang: string, timeZone: string): string {
	return formatter(dateLocale(lang), timeZone, TICK[level]).format(date);
}

export function formatContext(date: Date, level: Exclude<ContextLevel, 'none'>, lang: string, timeZone: string): string {
	return formatter(dateLocale(lang), timeZone, CONTEXT[level]).format(date);
}

const AT: Record<PreciseDate['precision'], Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric' },
	month: { month: 'long', year: 'numeric' },
	day: { day: 'numeric', month: 'long', year: 'numeric' },
	hour: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' },
	minute: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' },
	second: {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'short'
	}
};

const PARTS: Record<string, Record<'early' | 'mid' | 'late', string>> = {
	en: { early: 'early {date}', mid: 'mid-{date}', late: 'late {date}' },
	ar: { early: 'أوائل {date}', mid: 'منتصف {date}', late: 'أواخر {date}' }
};

/** Writes one date at its precision. Dates without a time are calendar dates, so they are written in UTC. */
export function formatPrecise(date: PreciseDate, lang: string, timeZone: string): string {
	const zone = date.precision === 'year' || date.precision === 'month' || date.precision === 'day' ? 'UTC' : timeZone;
	return formatter(dateLocale(lang), zone, AT[date.precision]).format(new Date(date.start));
}

function formatSpan(a: PreciseDate, b: PreciseDate, lang: string, timeZone: string): string {
	if (a.precision !== b.precision) return `${formatPrecise(a, lang, timeZone)} – ${formatPrecise(b, lang, timeZone)}`;
	const zone = ['year', 'month', 'day'].includes(a.precision) ? 'UTC' : timeZone;
	return formatter(dateLocale(lang), zone, AT[a.precision]).formatRange(new Date(a.start), new Date(b.start));
}

/** "13 May 2019", "early May 2019", "6–10 May 2019", "29 April – 10 May 2019", "14 May 2019, 19:52:40 UTC". */
export function formatEventDate(item: Item, lang: string, timeZone: string): string {
	const { event } = item;
	const start = startOf(item);
	const end = endOf(item);
	if (end) return formatSpan(start, end, lang, timeZone);
	if (event.uncertainty) {
		const a = toPreciseDate(event.uncertainty.earliest);
		const b = toPreciseDate(event.uncertainty.latest);
		return a.start === b.start && a.precision === b.precision ? formatPrecise(a, lang, timeZone) : formatSpan(a, b, lang, timeZone);
	}
	const text = formatPrecise(start, lang, timeZone);
	if (event.part) return (PARTS[baseLanguage(lang)] ?? PARTS.en)[event.part].replace('{date}', text);
	return text;
}

/** The calendar days from one instant to another (end exclusive), as one day or a range: "13–14 May 2019". */
export function formatDaySpan(from: number, to: number, lang: string, timeZone = 'UTC'): string {
	const f = formatter(dateLocale(lang), timeZone, AT.day);
	const last = Math.max(from, to - 1);
	// formatRange writes one date when both fall on the same day (ECMA-402: the fields shown are equal), so one
	// call does: a zoom step names every new cluster this way, and each Intl call costs (a third of them before).
	return last === from ? f.format(new Date(from)) : f.formatRange(new Date(from), new Date(last));
}

/** A short length of time for a folded break: "5 mths", "2 yrs" (whole months under two years, else years). */
export function formatDuration(ms: number, lang: string): string {
	// Whole calendar months from an instant that starts one (the epoch), then the whole days left: counted in UTC,
	// so the text does not depend on the reader's time zone.
	const end = new Date(ms);
	const months = utcMonth.count(new Date(0), end);
	const total = months + (utcDay.count(utcMonth.offset(new Date(0), months), end) >= 15 ? 1 : 0);
	const [value, unit] = total < 24 ? [Math.max(1, total), 'month'] : [Math.round(total / 12), 'year'];
	return new Intl.NumberFormat(dateLocale(lang), { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}
