// ISO 8601 date strings whose written form sets their precision; parsed to UTC instants.
import { millisecondsInDay as DAY, millisecondsInHour as HOUR, millisecondsInMinute as MINUTE, millisecondsInSecond as SECOND } from 'date-fns/constants';

export type Precision = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** A parsed date: the UTC instant its period starts, the instant it ends (exclusive), its precision. */
export interface PreciseDate {
	start: number;
	end: number;
	precision: Precision;
	/** Offset in minutes written in the string (`Z` → 0); undefined for dates without a time. */
	offset?: number;
}

const ISO =
	/^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** Why a text is not a date the format allows: not one of its forms, not a real date or time, or an offset beyond ±14:00. */
export type DateFault = 'form' | 'real' | 'offset';

/** The date a text gives, or undefined. */
export function isoDate(text: string): PreciseDate | undefined {
	const r = readDate(text);
	return typeof r === 'string' ? undefined : r;
}

/** Whether the fields name a date and time the calendar and the clock have. */
const real = (year: number, month: number, day: number, hour: number, minute: number, second: number) =>
	month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59;

/**
 * Reads `2019`, `2019-05`, `2019-05-13`, `2019-05-13T19:52Z` or with seconds/offset; for any other text, or an
 * impossible date, says why not (date-check.ts puts that in words, outside the first load). The expression says
 * whether the text is one of the forms; its fields, whose places the form fixes, are then read by character code: the
 * expression's eight captured strings cost more than the rest of the reading (200,000 dates in Node: 87 against 14
 * ms), and this runs for every date of every event, twice (validation, items).
 */
export function readDate(text: string): PreciseDate | DateFault {
	if (!ISO.test(text)) return 'form';
	const n = text.length;
	const timed = n > 10;
	// A zone closes every time: `Z`, or an offset of six characters (`+03:00`).
	const zone = !timed ? n : text.endsWith('Z') ? n - 1 : n - 6;
	const seconds = timed && text[16] === ':';
	const year = digits(text, 0, 4);
	const month = n > 4 ? digits(text, 5, 7) : 1;
	const day = n > 7 ? digits(text, 8, 10) : 1;
	const hour = timed ? digits(text, 11, 13) : 0;
	const minute = timed ? digits(text, 14, 16) : 0;
	const second = seconds ? digits(text, 17, 19) : 0;
	// Tenths, hundredths or thousandths of a second, after a point at 19.
	const milli = seconds && zone > 20 ? digits(text, 20, zone) * 10 ** (23 - zone) : 0;
	if (!real(year, month, day, hour, minute, second)) return 'real';
	const offset = !timed ? undefined : zone === n - 1 ? 0 : (text[zone] === '-' ? -1 : 1) * (digits(text, zone + 1, zone + 3) * 60 + digits(text, zone + 4, n));
	if (offset !== undefined && Math.abs(offset) > 14 * 60) return 'offset';
	const precision: Precision = timed ? (seconds ? 'second' : 'minute') : n === 10 ? 'day' : n === 7 ? 'month' : 'year';
	const start = utc(year, month - 1, day, hour, minute, second, milli) - (offset ?? 0) * MINUTE;
	// A year or a month ends where the calendar says; a day, hour, minute or second (in UTC, which has no daylight
	// saving) after its fixed length.
	const end = precision === 'year' ? utc(year + 1, 0, 1) : precision === 'month' ? utc(year, month, 1) : start + LENGTH[precision];
	return { start, end, precision, offset };
}

/** The decimal number written from `from` to `to` (exclusive), all digits. */
function digits(text: string, from: number, to: number): number {
	let value = 0;
	for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
	return value;
}

const LENGTH = { day: DAY, hour: HOUR, minute: MINUTE, second: SECOND };

/** 400 Gregorian years, which repeat exactly: 146,097 days. */
const FOUR_CENTURIES = 146_097 * DAY;

/** The UTC instant of a calendar date and time, for any year 0000–10000 (Date.UTC reads 0–99 as 1900–1999). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, milli = 0): number {
	return year >= 100 ? Date.UTC(year, month, day, hour, minute, second, milli) : Date.UTC(year + 400, month, day, hour, minute, second, milli) - FOUR_CENTURIES;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year` in the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Like readDate but throws; for data that the schema has already validated. */
export function toPreciseDate(text: string): PreciseDate {
	const r = readDate(text);
	if (typeof r === 'string') throw new Error(`not a date: ${text}`);
	return r;
}

/** True when `tz` is an IANA time zone name this runtime knows. */
export function isTimeZone(tz: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: tz });
		return true;
	} catch {
		return false;
	}
}
