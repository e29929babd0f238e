// A date of the timeline format, read with a message that says what is wrong with it: for validation and import,
// which load on demand, so that the first load carries the reading (dates.ts) without the words.
import { readDate, type PreciseDate } from './dates';

export type DateParse = { ok: true; value: PreciseDate } | { ok: false; message: string };

/** Parses `2019`, `2019-05`, `2019-05-13`, `2019-05-13T19:52Z` or with seconds/offset; rejects impossible dates. */
export function parseIsoDate(text: string): DateParse {
	const r = readDate(text);
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
