// Axis intervals in the Hijri calendar (Umm al-Qura): its months and years begin on other days than Gregorian
// ones, so their ticks fall elsewhere. d3-time intervals built on Intl, which knows the calendar.
import { timeInterval, utcDay, type TimeInterval } from 'd3-time';
import type { Calendar } from '../i18n/locale';
import { millisecondsInDay as DAY } from 'date-fns/constants';

let parts: Intl.DateTimeFormat | undefined;
/** Made on first use: a page in the Gregorian calendar never asks for it (its Intl setup cost about 3–8 ms of a load). */
const hijriParts = () => (parts ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' }));
const cache = new Map<number, { year: number; month: number; day: number }>();

/** The Hijri year, month (1–12) and day of the UTC day holding `t`. */
export function hijriDate(t: number): { year: number; month: number; day: number } {
	const day = Math.floor(t / DAY) * DAY;
	let h = cache.get(day);
	if (!h) {
		const p = Object.fromEntries(hijriParts().formatToParts(new Date(day)).map((x) => [x.type, x.value]));
		h = { year: Number.parseInt(p.year, 10), month: Number.parseInt(p.month, 10), day: Number.parseInt(p.day, 10) };
		if (cache.size > 20_000) cache.clear();
		cache.set(day, h);
	}
	return h;
}

/** The first instant (UTC midnight) of the Hijri month holding `t`. */
function monthStart(t: number): number {
	const day = Math.floor(t / DAY) * DAY;
	return day - (hijriDate(day).day - 1) * DAY;
}

/** The first instant of the Hijri year holding `t`. */
function yearStart(t: number): number {
	let m = monthStart(t);
	while (hijriDate(m).month > 1) m = monthStart(m - DAY);
	return m;
}

/** Hijri months: 29 or 30 days; 32 days from a month's start is always inside the next one. */
export const hijriMonth: TimeInterval = timeInterval(
	(date) => date.setTime(monthStart(date.getTime())),
	(date, step) => {
		let t = monthStart(date.getTime());
		for (let i = 0; i < step; i++) t = monthStart(t + 32 * DAY);
		date.setTime(t);
	},
	(start, end) => {
		let n = 0;
		for (let t = monthStart(start.getTime()); t < monthStart(end.getTime()); t = monthStart(t + 32 * DAY)) n++;
		return n;
	},
	(date) => hijriDate(date.getTime()).month - 1
);

/** Hijri years: 354 or 355 days; 360 days from a year's start is always inside the next one. */
export const hijriYear: TimeInterval = timeInterval(
	(date) => date.setTime(yearStart(date.getTime())),
	(date, step) => {
		let t = yearStart(date.getTime());
		for (let i = 0; i < step; i++) t = yearStart(t + 360 * DAY);
		date.setTime(t);
	},
	(start, end) => hijriDate(end.getTime()).year - hijriDate(start.getTime()).year,
	(date) => hijriDate(date.getTime()).year
);

/** Every `n`th Hijri month (n = 3: the quarters starting with Muharram) or year. */
export function hijriEvery(interval: 'month' | 'year', n: number): TimeInterval {
	const base = interval === 'month' ? hijriMonth : hijriYear;
	if (n <= 1) return base;
	const field = interval === 'month' ? (d: Date) => hijriDate(d.getTime()).month - 1 : (d: Date) => hijriDate(d.getTime()).year;
	return base.filter((d) => field(d) % n === 0);
}

/** Days 1, 8, 15 and 22 of each Hijri month (the week ticks). */
const hijriWeeks = utcDay.filter((d) => [1, 8, 15, 22].includes(hijriDate(d.getTime()).day));

/** The interval for an axis level in a calendar (Gregorian intervals are returned as given). */
export function calendarInterval(
	level: 'years' | 'quarters' | 'months' | 'weeks' | 'days' | '6 hours' | '3 hours' | 'hours',
	gregorian: TimeInterval,
	calendar: Calendar | undefined,
	yearStep = 1
): TimeInterval {
	if (calendar !== 'islamic-umalqura') return gregorian;
	if (level === 'years') return hijriEvery('year', yearStep);
	if (level === 'quarters') return hijriEvery('month', 3);
	if (level === 'months') return hijriMonth;
	if (level === 'weeks') return hijriWeeks;
	return gregorian;
}

/** The context row's interval in a calendar. */
export function calendarContext(level: 'years' | 'months' | 'days', gregorian: TimeInterval, calendar: Calendar | undefined): TimeInterval {
	if (calendar !== 'islamic-umalqura') return gregorian;
	return level === 'years' ? hijriYear : level === 'months' ? hijriMonth : gregorian;
}
