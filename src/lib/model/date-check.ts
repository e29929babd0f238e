// A date of the timeline format, read with a message that says what is wrong with it: for validation and import,
// which load on demand, so that the first load carries the reading (dates.ts) without the words.
import { LENGTH, readDate, real, utc, type PreciseDate } from './dates';

export type DateParse = { ok: true; value: PreciseDate } | { ok: false; message: string };

/** Parses `2019`, `2019-05`, `2019-05-13`, `2019-05-13T19:52Z` or with seconds/offset; rejects impossible dates. */
export function parseIsoDate(text: string): DateParse {
	const r = quickDate(text) ?? readDate(text);
	if (typeof r !== 'string') return { ok: true, value: r };
	const quoted = `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
	const message =
		r === 'form'
			? `${quoted} is not an ISO 8601 date: write 2019, 2019-05, 2019-05-13 or 2019-05-13T19:52:40Z (a time needs Z or an offset such as +03:00)`
			: r === 'real'
				? `${quoted} is not a real date or time`
				: `${quoted} has an offset beyond ±14:00`;
	return { ok: false, message };
}

/**
 * The forms nearly every event uses (`2019-05-13`, `2019-05-13T19:52Z`, `2019-05-13T19:52:40Z`), when real, read by
 * character codes; undefined for any other text, which readDate reads by its expression. Validation reads every date
 * of every event: the expression's eight captured strings cost more than the rest of the parse (200,000 dates in
 * Node: 87 against 14 ms). It stays here, with the validator, out of the first load (192 bytes gzip).
 */
function quickDate(text: string): PreciseDate | undefined {
	const n = text.length;
	if (!QUICK.test(text)) return undefined;
	const year = digits(text, 0, 4);
	const month = digits(text, 5, 7);
	const day = digits(text, 8, 10);
	const hour = n > 10 ? digits(text, 11, 13) : 0;
	const minute = n > 10 ? digits(text, 14, 16) : 0;
	const second = n > 17 ? digits(text, 17, 19) : 0;
	if (!real(year, month, day, hour, minute, second)) return undefined;
	const start = utc(year, month - 1, day, hour, minute, second);
	const precision = n === 10 ? 'day' : n === 17 ? 'minute' : 'second';
	return { start, end: start + LENGTH[precision], precision, offset: n === 10 ? undefined : 0 };
}

const QUICK = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?Z)?$/;

/** The decimal number written from `from` to `to` (exclusive), all digits. */
function digits(text: string, from: number, to: number): number {
	let value = 0;
	for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
	return value;
}

