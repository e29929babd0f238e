// TimelineJS dates (year, month, day and time given apart, as numbers or numeric text) as our ISO 8601 strings.
import { parseIsoDate } from '../model/date-check';

export interface DateParts {
	year?: unknown;
	month?: unknown;
	day?: unknown;
	hour?: unknown;
	minute?: unknown;
	second?: unknown;
	millisecond?: unknown;
}

export type PartsResult =
	| { ok: true; iso: string; timed: boolean; dropped: string[] }
	| { ok: false; message: string };

const LIMITS = { month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59], second: [0, 59], millisecond: [0, 999] } as const;

/**
 * The ISO date whose precision follows the parts given: year only → `2019`, … minutes → `2019-05-13T13:45Z`.
 * Times are UTC (TimelineJS has no zone). Never guesses: a missing middle part or an impossible value is an error.
 */
export function partsToIso(parts: DateParts, { cosmological = false } = {}): PartsResult {
	const v: Partial<Record<keyof DateParts, number>> = {};
	for (const key of ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const) {
		const raw = parts[key];
		if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
		const n = whole(raw);
		if (n === undefined) return { ok: false, message: `${key} ${show(raw)} is not a whole number` };
		if (key === 'year') {
			if (n < 0 || n > 9999) {
				const why = cosmological ? " (TimelineJS's cosmological scale is not supported)" : '';
				return { ok: false, message: `year ${show(raw)} cannot be shown: this timeline holds years 0–9999${why}` };
			}
		} else {
			const [lo, hi] = LIMITS[key];
			if (n < lo || n > hi) return { ok: false, message: `${key} ${show(raw)} is out of range (${lo}–${hi})` };
		}
		v[key] = n;
	}
	const missing = (part: keyof DateParts, needs: keyof DateParts) =>
		v[part] !== undefined && v[needs] === undefined ? `${part === 'hour' ? 'an' : 'a'} ${part} needs a ${needs}` : undefined;
	const gap = missing('month', 'year') ?? missing('day', 'month') ?? missing('hour', 'day') ?? missing('second', 'minute');
	if (v.year === undefined) return { ok: false, message: 'no year given' };
	if (gap) return { ok: false, message: gap };
	if (v.minute !== undefined && v.hour === undefined) return { ok: false, message: 'a minute needs an hour' };

	const dropped: string[] = [];
	let iso = pad(v.year, 4);
	if (v.month !== undefined) iso += `-${pad(v.month, 2)}`;
	if (v.day !== undefined) iso += `-${pad(v.day, 2)}`;
	const timed = v.hour !== undefined && v.minute !== undefined;
	if (v.hour !== undefined && !timed) dropped.push(`the hour (${v.hour}) without minutes`);
	if (timed) {
		iso += `T${pad(v.hour as number, 2)}:${pad(v.minute as number, 2)}`;
		if (v.second !== undefined) {
			iso += `:${pad(v.second, 2)}`;
			if (v.millisecond !== undefined) iso += `.${pad(v.millisecond, 3)}`;
		}
		iso += 'Z';
	}
	if (v.millisecond !== undefined && (!timed || v.second === undefined)) dropped.push('milliseconds without seconds');
	const r = parseIsoDate(iso);
	return r.ok ? { ok: true, iso, timed, dropped } : { ok: false, message: r.message };
}

/** A spreadsheet time: `13:45`, `13:45:10`, `13:45:10.5`, `1:45 PM`, `1 pm`; undefined when it is none of these. */
export function parseTime(text: string): Pick<DateParts, 'hour' | 'minute' | 'second' | 'millisecond'> | undefined {
	const m = /^(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?)?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(text.trim());
	if (!m) return undefined;
	const [, h, mi, s, ms, half] = m;
	if (mi === undefined && !half) return undefined;
	let hour = Number(h);
	if (half) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
	}
	return {
		hour,
		minute: mi === undefined ? undefined : Number(mi),
		second: s === undefined ? undefined : Number(s),
		millisecond: ms === undefined ? undefined : Number(ms.padEnd(3, '0'))
	};
}

function whole(raw: unknown): number | undefined {
	if (typeof raw === 'number') return Number.isSafeInteger(raw) ? raw : undefined;
	if (typeof raw === 'string' && /^[+-]?\d{1,16}$/.test(raw.trim())) return Number(raw.trim());
	return undefined;
}

function show(raw: unknown): string {
	const s = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : JSON.stringify(raw) ?? String(raw);
	return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}
