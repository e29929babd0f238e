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

export type DateParse = { ok: true; value: PreciseDate } | { ok: false; message: string };

/** Parses `2019`, `2019-05`, `2019-05-13`, `2019-05-13T19:52Z` or with seconds/offset; rejects impossible dates. */
export function parseIsoDate(text: string): DateParse {
	return quickDate(text) ?? fullDate(text);
}

/**
 * The forms nearly every event uses (`2019-05-13`, `2019-05-13T19:52Z`, `2019-05-13T19:52:40Z`), when real, read by
 * character codes; undefined for any other text, which fullDate reads. This runs for every date of every event, twice
 * (validation, items): the expression's eight captured strings cost more than the rest of the parse.
 */
function quickDate(text: string): DateParse | undefined {
	const n = text.length;
	if ((n !== 10 && n !== 17 && n !== 20) || text[4] !== '-' || text[7] !== '-') return undefined;
	const year = digits(text, 0, 4);
	const month = digits(text, 5, 7);
	const day = digits(text, 8, 10);
	let hour = 0;
	let minute = 0;
	let second = 0;
	if (n > 10) {
		if (text[10] !== 'T' || text[13] !== ':' || text[n - 1] !== 'Z' || (n === 20 && text[16] !== ':')) return undefined;
		hour = digits(text, 11, 13);
		minute = digits(text, 14, 16);
		if (n === 20) second = digits(text, 17, 19);
	}
	if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
		return undefined;
	}
	const start = utc(year, month - 1, day, hour, minute, second);
	if (n === 10) return { ok: true, value: { start, end: start + DAY, precision: 'day', offset: undefined } };
	const precision = n === 17 ? 'minute' : 'second';
	return { ok: true, value: { start, end: start + LENGTH[precision], precision, offset: 0 } };
}

/** The decimal number written from `from` to `to` (exclusive), or -1 if a character there is not a digit. */
function digits(text: string, from: number, to: number): number {
	let value = 0;
	for (let i = from; i < to; i++) {
		const d = text.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return -1;
		value = value * 10 + d;
	}
	return value;
}

/** Any form the format allows, by the expression, with a message for text that is not a real date. */
function fullDate(text: string): DateParse {
	const m = ISO.exec(text);
	if (!m) {
		return {
			ok: false,
			message: `"${clip(text)}" is not an ISO 8601 date: write 2019, 2019-05, 2019-05-13 or 2019-05-13T19:52:40Z (a time needs Z or an offset such as +03:00)`
		};
	}
	const [, y, mo, d, h, mi, s, ms, zone] = m;
	const year = Number(y);
	const month = mo === undefined ? 1 : Number(mo);
	const day = d === undefined ? 1 : Number(d);
	const hour = h === undefined ? 0 : Number(h);
	const minute = mi === undefined ? 0 : Number(mi);
	const second = s === undefined ? 0 : Number(s);
	const milli = ms === undefined ? 0 : Number(ms.padEnd(3, '0'));
	// Checked field by field, without a Date: this runs for every date of every event, twice (validation, items).
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
		return { ok: false, message: `"${clip(text)}" is not a real date or time` };
	}
	const offset = zone === undefined ? undefined : zoneOffset(zone);
	if (offset !== undefined && Math.abs(offset) > 14 * 60) {
		return { ok: false, message: `"${clip(text)}" has an offset beyond ±14:00` };
	}
	const precision: Precision =
		h === undefined
			? d !== undefined
				? 'day'
				: mo !== undefined
					? 'month'
					: 'year'
			: s !== undefined
				? 'second'
				: 'minute';
	const start = utc(year, month - 1, day, hour, minute, second, milli) - (offset ?? 0) * MINUTE;
	// A year or a month ends where the calendar says; a day, hour, minute or second (in UTC, which has no daylight
	// saving) after its fixed length.
	const end = precision === 'year' ? utc(year + 1, 0, 1) : precision === 'month' ? utc(year, month, 1) : start + LENGTH[precision];
	return { ok: true, value: { start, end, precision, offset } };
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

/** Like parseIsoDate but throws; for data that the schema has already validated. */
export function toPreciseDate(text: string): PreciseDate {
	const r = parseIsoDate(text);
	if (!r.ok) throw new Error(r.message);
	return r.value;
}

function zoneOffset(zone: string): number {
	if (zone === 'Z') return 0;
	const sign = zone.startsWith('-') ? -1 : 1;
	const [hh, mm] = zone.slice(1).split(':').map(Number);
	return sign * (hh * 60 + mm);
}

function clip(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
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
