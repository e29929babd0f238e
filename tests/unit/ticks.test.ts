import { describe, it, expect } from 'vitest';
import { ticksFor } from '../../src/lib/time/ticks';

const span = (a: string, b: string): [Date, Date] => [new Date(a), new Date(b)];

describe('ticksFor picks the axis level from the zoom', () => {
	it.for<[string, [Date, Date], number, string, string]>([
		['eight years on a wide screen', span('2018-01-01Z', '2026-06-01Z'), 1200, 'years', 'none'],
		['eight years on a phone', span('2018-01-01Z', '2026-06-01Z'), 350, 'years', 'none'],
		['four years', span('2019-01-01Z', '2023-01-01Z'), 1200, 'quarters', 'years'],
		['two years', span('2019-01-01Z', '2021-01-01Z'), 1200, 'months', 'years'],
		['one year', span('2019-01-01Z', '2020-01-01Z'), 1000, 'months', 'years'],
		['three months', span('2019-04-01Z', '2019-07-01Z'), 1000, 'weeks', 'months'],
		['ten to fourteen May', span('2019-05-10Z', '2019-05-15Z'), 1200, '6 hours', 'days'],
		['one month', span('2019-05-01Z', '2019-06-01Z'), 1000, 'days', 'months'],
		['a day', span('2019-05-13T00:00Z', '2019-05-14T00:00Z'), 1200, 'hours', 'days'],
		['twelve hours', span('2019-05-13T06:00Z', '2019-05-13T18:00Z'), 1200, 'hours', 'days']
	])('%s → %s with %s above', ([_, domain, width, level, context]) => {
		const t = ticksFor(domain, width);
		expect(t.level).toBe(level);
		expect(t.context).toBe(context);
	});

	it('places ticks inside the domain, at least the level spacing apart', () => {
		const domain = span('2019-05-10Z', '2019-05-15Z');
		const t = ticksFor(domain, 1200);
		const msPerPx = (domain[1].getTime() - domain[0].getTime()) / 1200;
		expect(t.ticks.length).toBeGreaterThan(4);
		for (const d of t.ticks) expect(d >= domain[0] && d <= domain[1]).toBe(true);
		for (let i = 1; i < t.ticks.length; i++) expect((t.ticks[i].getTime() - t.ticks[i - 1].getTime()) / msPerPx).toBeGreaterThanOrEqual(44);
	});

	it('gives context periods that start at or before the domain and cover it', () => {
		const t = ticksFor(span('2019-05-12T20:00Z', '2019-05-14T04:00Z'), 1200);
		expect(t.contextTicks[0].toISOString()).toBe('2019-05-12T00:00:00.000Z');
		expect(t.contextTicks.at(-1)?.toISOString()).toBe('2019-05-14T00:00:00.000Z');
	});

	it('thins years when even one per year does not fit', () => {
		const t = ticksFor(span('1900-01-01Z', '2026-01-01Z'), 400);
		expect(t.level).toBe('years');
		expect(t.ticks.length).toBeLessThanOrEqual(400 / 40 + 1);
		expect(t.ticks.length).toBeGreaterThan(2);
	});
});
