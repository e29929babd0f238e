import { describe, it, expect } from 'vitest';
import { toItem } from '../../src/lib/model/items';
import { formatEventDate, formatTick, formatDuration, formatDaySpan } from '../../src/lib/time/format';
import type { TimelineEvent } from '../../src/lib/model/schema';

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

	it('writes one day, or a span of days with the last day included', () => {
		expect(formatDaySpan(Date.parse('2019-05-13Z'), Date.parse('2019-05-14Z'), 'en')).toBe('13 May 2019');
		expect(plain(formatDaySpan(Date.parse('2019-05-13Z'), Date.parse('2019-05-15Z'), 'en'))).toBe('13 – 14 May 2019');
	});
});
