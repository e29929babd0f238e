// ISO 8601 date strings whose written form sets their precision; parsed to UTC instants.
import { utcDay, utcMonth, utcYear, utcHour, utcMinute, utcSecond } from 'd3-time';

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

const PERIOD = { year: utcYear, month: utcMonth, day: utcDay, hour: utcHour, minute: utcMinute, second: utcSecond };

export type DateParse = { ok: true; value: PreciseDate } | { ok: false; message: string };

/** Parses `2019`, `2019-05`, `2019-05-13`, `2019-05-13T19:52Z` or with seconds/offset; rejects impossible dates. */
export function parseIsoDate(text: string): DateParse {
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
	const local = new Date(0);
	local.setUTCFullYear(year, month - 1, day);
	local.setUTCHours(hour, minute, second, milli);
	if (
		local.getUTCFullYear() !== year ||
		local.getUTCMonth() !== month - 1 ||
		local.getUTCDate() !== day ||
		local.getUTCHours() !== hour ||
		local.getUTCMinutes() !== minute ||
		local.getUTCSeconds() !== second
	) {
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
	const start = local.getTime() - (offset ?? 0) * 60_000;
	const end = PERIOD[precision].offset(new Date(start), 1).getTime();
	return { ok: true, value: { start, end, precision, offset } };
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
