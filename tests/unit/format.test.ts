import { describe, it, expect } from 'vitest';
import { toItem } from '../../src/lib/model/items';
import { formatEventDate, formatTick, formatTickInContext, formatDuration, formatDaySpan, dateLocale } from '../../src/lib/time/format';
import type { TimelineEvent } from '../../src/lib/model/schema';
import { intervalToDuration } from 'date-fns';

const event = (over: Partial<TimelineEvent>): TimelineEvent => ({
	id: 'e',
	start: '2019-05-13',
	title: 't',
	description: 'd',
	actors: ['a'],
	category: 'c',
	status: 'confirmed',
	sources: [],
	...over
});

/** ICU puts thin spaces around range dashes; compare them as plain spaces. */
const plain = (s: string) => s.replace(/[\u2009\u202f]/g, ' ');

describe('formatEventDate writes a date at its precision', () => {
	it.each([
		[{ start: '2019-05-13' }, 'en', '13 May 2019'],
		[{ start: '2019-05' }, 'en', 'May 2019'],
		[{ start: '2018' }, 'en', '2018'],
		[{ start: '2019-05', part: 'early' as const }, 'en', 'early May 2019'],
		[{ start: '2019-05', part: 'late' as const }, 'en', 'late May 2019'],
		[{ start: '2019-05-06', uncertainty: { earliest: '2019-05-06', latest: '2019-05-10' } }, 'en', '6 – 10 May 2019'],
		[{ start: '2019-04-29', end: '2019-05-10' }, 'en', '29 April – 10 May 2019'],
		[{ start: '2019-05-14T19:52:40Z' }, 'en', '14 May 2019 at 19:52:40 UTC'],
		[{ start: '2019-05-13' }, 'ar', '١٣ مايو ٢٠١٩'],
		[{ start: '2019-05', part: 'early' as const }, 'ar', 'أوائل مايو ٢٠١٩']
	])('%j in %s → %s', (over, lang, expected) => {
		expect(plain(formatEventDate(toItem(event(over)), lang, 'UTC'))).toBe(expected);
	});

	it('writes calendar dates without shifting them into the display zone', () => {
		expect(formatEventDate(toItem(event({ start: '2019-05-13' })), 'en', 'America/Los_Angeles')).toBe('13 May 2019');
	});

	it('writes times in the display zone and names it', () => {
		expect(formatEventDate(toItem(event({ start: '2019-05-14T19:52:40Z' })), 'en', 'Europe/Dublin')).toBe('14 May 2019 at 20:52:40 GMT+1');
	});
});

describe('formatTick', () => {
	it('labels each level in the language and zone given', () => {
		const d = new Date('2019-05-13T18:00:00Z');
		expect(formatTick(d, 'years', 'en', 'UTC')).toBe('2019');
		expect(formatTick(d, 'months', 'en', 'UTC')).toBe('May');
		expect(formatTick(d, 'days', 'en', 'UTC')).toBe('13');
		expect(formatTick(d, 'hours', 'en', 'UTC')).toBe('18:00');
		expect(formatTick(d, 'hours', 'en', 'Asia/Jerusalem')).toBe('21:00');
	});
});

describe('formatTickInContext', () => {
	it('writes a tick with the period its context row names, in the language and zone given', () => {
		const d = new Date('2019-12-31T22:00:00Z');
		expect(formatTickInContext(d, 'months', 'en', 'UTC')).toBe('Dec 2019');
		expect(formatTickInContext(d, 'quarters', 'ar', 'UTC')).toBe('ديسمبر ٢٠١٩');
		expect(formatTickInContext(d, 'days', 'en', 'UTC')).toBe('31 Dec 2019');
		// In Jerusalem it is already midnight on 1 January 2020: the year named is the zone's.
		expect(formatTickInContext(d, 'months', 'en', 'Asia/Jerusalem')).toBe('Jan 2020');
		expect(formatTickInContext(d, 'hours', 'en', 'Asia/Jerusalem')).toBe('1 Jan 2020, 00:00');
		// Each is its tick's text and more.
		for (const level of ['quarters', 'months', 'weeks', 'days', '6 hours', '3 hours', 'hours'] as const)
			expect(formatTickInContext(d, level, 'en', 'UTC')).toContain(formatTick(d, level, 'en', 'UTC'));
	});
});

describe('formatDaySpan with one Intl call', () => {
	// What it wrote with two calls more: the first day, and the range only when the last day reads otherwise.
	const twoCalls = (from: number, to: number, lang: string, timeZone: string) => {
		const f = new Intl.DateTimeFormat(dateLocale(lang), { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
		const last = Math.max(from, to - 1);
		const first = f.format(new Date(from));
		return last === from || first === f.format(new Date(last)) ? first : f.formatRange(new Date(from), new Date(last));
	};

	it('writes what comparing the first and last day wrote, same day or not, in any zone', () => {
		const start = Date.parse('2019-01-01T00:00Z');
		const pairs: [number, number][] = [];
		for (let i = 0; i < 120; i++) {
			const from = start + ((i * 7_919_237_113) % (730 * 86_400_000));
			// Spans of a minute to a year, a day exactly, and a few minutes across midnight.
			for (const length of [60_000, 3_600_000, 86_400_000, 86_400_001, 40 * 86_400_000, 365 * 86_400_000, ((i * 104_729) % 1440) * 60_000 + 1]) pairs.push([from, from + length]);
		}
		for (const lang of ['en', 'ar'])
			for (const zone of ['UTC', 'Asia/Jerusalem', 'America/Los_Angeles'])
				for (const [from, to] of pairs) expect(formatDaySpan(from, to, lang, zone), `${lang} ${zone} ${from}–${to}`).toBe(twoCalls(from, to, lang, zone));
	});
});

describe('formatDuration and formatDaySpan', () => {
	const day = 86_400_000;
	it.each([
		[20 * day, 'en', '1 mth'],
		[140 * day, 'en', '5 mths'],
		[700 * day, 'en', '23 mths'],
		[3 * 365 * day, 'en', '3 yrs']
	])('writes %i ms in %s as %s', (ms, lang, text) => {
		expect(formatDuration(ms, lang)).toBe(text);
	});

	// Durations from a day to eight years, in steps that are not whole days (a break's ends are any instants).
	const sweep = Array.from({ length: 8_000 }, (_, i) => Math.round((1 + i * 0.37) * day));

	it('counts whole calendar months and rounds half a month up, as date-fns counts them in UTC', () => {
		expect(process.env.TZ).toBe('UTC');
		const months = (ms: number) => {
			const { years = 0, months = 0, days = 0 } = intervalToDuration({ start: 0, end: ms });
			return years * 12 + months + (days >= 15 ? 1 : 0);
		};
		const en = (n: number) => (n < 24 ? `${Math.max(1, n)} ${n <= 1 ? 'mth' : 'mths'}` : `${Math.round(n / 12)} ${Math.round(n / 12) === 1 ? 'yr' : 'yrs'}`);
		const wrong = sweep.filter((ms) => formatDuration(ms, 'en') !== en(months(ms)));
		expect(wrong).toEqual([]);
	});

	it("does not depend on the reader's time zone", () => {
		const utc = sweep.map((ms) => formatDuration(ms, 'en'));
		const zone = process.env.TZ;
		try {
			// Node reads TZ again when it changes. Across a change of summer time, a local day is 23 or 25 hours: in New
			// York, counted locally, 195.99 days would be 7 months (6 months and 14.99 days in UTC).
			process.env.TZ = 'America/New_York';
			expect(new Date(0).getTimezoneOffset()).toBe(300);
			expect(formatDuration(Math.round(195.99 * day), 'en')).toBe('6 mths');
			expect(sweep.map((ms) => formatDuration(ms, 'en'))).toEqual(utc);
		} finally {
			process.env.TZ = zone;
		}
	});

	it('writes one day, or a span of days with the last day included', () => {
		expect(formatDaySpan(Date.parse('2019-05-13Z'), Date.parse('2019-05-14Z'), 'en')).toBe('13 May 2019');
		expect(plain(formatDaySpan(Date.parse('2019-05-13Z'), Date.parse('2019-05-15Z'), 'en'))).toBe('13 – 14 May 2019');
	});
});
