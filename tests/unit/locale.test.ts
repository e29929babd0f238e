import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { intlLocale, baseLanguage, formatNumber } from '../../src/lib/i18n/locale';
import { t } from '../../src/lib/i18n/messages';
// The presenter's words (stepOf), which come with the presenter.
import '../../src/lib/i18n/en-more';
import { localize } from '../../src/lib/model/localize';
import { hijriDate, hijriMonth, hijriYear, hijriEvery, calendarInterval } from '../../src/lib/time/calendar';
import { formatPrecise, formatTick } from '../../src/lib/time/format';
import { toPreciseDate } from '../../src/lib/model/dates';
import { ticksForScale } from '../../src/lib/time/fold';
import { baseScale } from '../../src/lib/time/scale';
import { utcMonth } from 'd3-time';

const DAY = 86_400_000;

describe('intlLocale', () => {
	it('gives each data language its region, and writes the chosen digits and calendar into the tag', () => {
		expect(intlLocale('en')).toBe('en-GB');
		expect(intlLocale('ar')).toBe('ar-EG');
		expect(intlLocale('ar', { numerals: 'latn' })).toBe('ar-EG-u-nu-latn');
		expect(intlLocale('ar', { calendar: 'islamic-umalqura' })).toBe('ar-EG-u-ca-islamic-umalqura');
		expect(intlLocale('ar-SA')).toBe('ar-SA');
		expect(intlLocale('ar-EG-u-nu-latn')).toBe('ar-EG-u-nu-latn');
		expect(baseLanguage('ar-EG-u-ca-islamic-umalqura')).toBe('ar');
	});

	it('writes numbers in the locale’s digits, in messages too', () => {
		expect(formatNumber(41, 'ar')).toBe('٤١');
		expect(formatNumber(41, intlLocale('ar', { numerals: 'latn' }))).toBe('41');
		expect(formatNumber(1234, 'en')).toBe('1,234');
		expect(t('ar', 'stepOf', { n: 3, count: 11 })).toBe('الخطوة ٣ من ١١');
		expect(t(intlLocale('ar', { numerals: 'latn' }), 'stepOf', { n: 3, count: 11 })).toBe('الخطوة 3 من 11');
		expect(t('en-GB', 'stepOf', { n: 3, count: 11 })).toBe('Step 3 of 11');
		expect(localize({ en: 'A', ar: 'ب' }, 'ar-EG-u-nu-latn', 'en')).toBe('ب');
	});

	it('dates follow the digits and the calendar', () => {
		const day = toPreciseDate('2019-05-13');
		expect(formatPrecise(day, 'ar', 'UTC')).toBe(new Intl.DateTimeFormat('ar-EG', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day.start));
		expect(formatPrecise(day, 'ar', 'UTC')).toMatch(/[٠-٩]/);
		expect(formatPrecise(day, intlLocale('ar', { numerals: 'latn' }), 'UTC')).not.toMatch(/[٠-٩]/);
		expect(formatPrecise(day, intlLocale('ar', { calendar: 'islamic-umalqura' }), 'UTC')).toContain('رمضان');
	});
});

describe('Hijri intervals', () => {
	it('reads the Umm al-Qura date of a day', () => {
		expect(hijriDate(Date.UTC(2019, 4, 13))).toEqual({ year: 1440, month: 9, day: 8 });
		expect(hijriDate(Date.UTC(2024, 2, 11))).toEqual({ year: 1445, month: 9, day: 1 });
	});

	it('months start on day 1, and each next month starts 29 or 30 days later (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), (t) => {
				const start = hijriMonth.floor(new Date(t)).getTime();
				expect(hijriDate(start).day).toBe(1);
				expect(start).toBeLessThanOrEqual(t);
				const next = hijriMonth.offset(new Date(start), 1).getTime();
				expect([29, 30]).toContain((next - start) / DAY);
				expect(hijriDate(next).day).toBe(1);
			}),
			{ numRuns: 60 }
		);
	});

	it('years start on 1 Muharram, 354 or 355 days apart; quarters are every third month from Muharram', () => {
		const y = hijriYear.floor(new Date(Date.UTC(2019, 4, 13))).getTime();
		expect(hijriDate(y)).toEqual({ year: 1440, month: 1, day: 1 });
		const next = hijriYear.offset(new Date(y), 1).getTime();
		expect([354, 355]).toContain((next - y) / DAY);
		const quarters = hijriEvery('month', 3).range(new Date(y), new Date(next));
		expect(quarters.map((d) => hijriDate(d.getTime()).month)).toEqual([1, 4, 7, 10]);
		expect(calendarInterval('months', utcMonth, undefined)).toBe(utcMonth);
		expect(calendarInterval('months', utcMonth, 'islamic-umalqura')).toBe(hijriMonth);
	});

	it('axis ticks at month level fall on Hijri month starts and are labelled with Hijri months', () => {
		const x = baseScale([Date.UTC(2019, 0, 1), Date.UTC(2019, 11, 31)], [0, 900]);
		const ticks = ticksForScale(x, 0, 900, [], 'islamic-umalqura');
		expect(ticks.level).toBe('months');
		expect(ticks.ticks.length).toBeGreaterThan(8);
		for (const d of ticks.ticks) expect(hijriDate(d.getTime()).day).toBe(1);
		const label = formatTick(ticks.ticks[0], 'months', intlLocale('ar', { calendar: 'islamic-umalqura' }), 'UTC');
		expect(label).toBe(new Intl.DateTimeFormat('ar-EG-u-ca-islamic-umalqura', { month: 'short', timeZone: 'UTC' }).format(ticks.ticks[0]));
		// Gregorian by default: the same scale ticks on the 1st of each month.
		for (const d of ticksForScale(x, 0, 900, []).ticks) expect(d.getUTCDate()).toBe(1);
	});
});

describe('intlLocale, remembered', () => {
	it('gives the same tag for the same language and choices, and another for other choices', () => {
		expect(intlLocale('ar')).toBe(intlLocale('ar'));
		expect(intlLocale('ar', { numerals: 'latn' })).not.toBe(intlLocale('ar'));
		expect(intlLocale('ar', { numerals: 'latn' })).toBe(intlLocale('ar', { numerals: 'latn' }));
	});
});
