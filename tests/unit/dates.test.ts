import { describe, it, expect } from 'vitest';
import { parseIsoDate } from '../../src/lib/model/dates';

const utc = (s: string) => Date.parse(s);

describe('parseIsoDate', () => {
	it.each([
		['2019', 'year', '2019-01-01T00:00:00Z', '2020-01-01T00:00:00Z'],
		['2019-05', 'month', '2019-05-01T00:00:00Z', '2019-06-01T00:00:00Z'],
		['2019-05-13', 'day', '2019-05-13T00:00:00Z', '2019-05-14T00:00:00Z'],
		['2019-05-13T07:30Z', 'minute', '2019-05-13T07:30:00Z', '2019-05-13T07:31:00Z'],
		['2019-05-14T19:52:40Z', 'second', '2019-05-14T19:52:40Z', '2019-05-14T19:52:41Z'],
		['2019-05-14T22:52:40+03:00', 'second', '2019-05-14T19:52:40Z', '2019-05-14T19:52:41Z'],
		['2019-05-13T20:00-05:30', 'minute', '2019-05-14T01:30:00Z', '2019-05-14T01:31:00Z'],
		['2024-02-29', 'day', '2024-02-29T00:00:00Z', '2024-03-01T00:00:00Z']
	])('reads %s as a %s from %s to %s', (text, precision, start, end) => {
		const r = parseIsoDate(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.precision).toBe(precision);
		expect(r.value.start).toBe(utc(start));
		expect(r.value.end).toBe(utc(end));
	});

	it.each(['2019-02-30', '2019-13', '2019-04-31', '2023-02-29', '2019-05-13T24:00Z', '2019-05-13T12:60Z'])(
		'rejects the impossible date %s',
		(text) => {
			const r = parseIsoDate(text);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.message).toMatch(/not a real date/);
		}
	);

	it.each(['13/05/2019', '2019-5-13', 'May 2019', '2019-05-13T10:00', '2019-05-13 10:00Z', '', '20190513'])(
		'rejects %j, which is not an ISO 8601 date of a supported form',
		(text) => {
			const r = parseIsoDate(text);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.message).toMatch(/not an ISO 8601 date/);
		}
	);

	it('rejects offsets beyond ±14:00', () => {
		expect(parseIsoDate('2019-05-13T10:00+15:00').ok).toBe(false);
	});
});
