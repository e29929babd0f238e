import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { utcDay, utcMonth, utcYear, utcMinute, utcSecond } from 'd3-time';
import { parseIsoDate } from '../../src/lib/model/date-check';
import { isoDate } from '../../src/lib/model/dates';

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

	it.each(['13/05/2019', '2019-5-13', 'May 2019', '2019-05-13T10:00', '2019-05-13 10:00Z', '', '20190513', '2019-0a-13', '2019-05-13T07:3aZ', '2019-05-13t07:30Z', '2019-05-13T07:30z', '2019-05-13T07:30:4Z', '2019/05/13', '2019-05-13T07-30Z', '２０１９-05-13'])(
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

describe('parseIsoDate against Date and d3-time', () => {
	/** The format's forms, each field captured (the app's reader captures only the fraction and the offset). */
	const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;
	/** What the parser did before it stopped making Dates: the Date round trip finds impossible dates, d3-time the end. */
	function reference(text: string): { start: number; end: number } | 'invalid' | 'offset' {
		const m = FORM.exec(text)!;
		const [, y, mo, d, h, mi, s, ms, zone] = m;
		const parts = [Number(y), mo === undefined ? 1 : Number(mo), d === undefined ? 1 : Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
		const local = new Date(0);
		local.setUTCFullYear(parts[0], parts[1] - 1, parts[2]);
		local.setUTCHours(parts[3], parts[4], parts[5], Number((ms ?? '0').padEnd(3, '0')));
		const back = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()];
		if (back.some((v, i) => v !== parts[i])) return 'invalid';
		const offset = zone === undefined || zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
		if (Math.abs(offset) > 14 * 60) return 'offset';
		const interval = h === undefined ? (d !== undefined ? utcDay : mo !== undefined ? utcMonth : utcYear) : s !== undefined ? utcSecond : utcMinute;
		const start = local.getTime() - offset * 60_000;
		return { start, end: interval.offset(new Date(start), 1).getTime() };
	}

	const two = (n: number) => String(n).padStart(2, '0');
	const texts = fc
		.record({
			year: fc.integer({ min: 0, max: 9999 }),
			month: fc.integer({ min: 0, max: 13 }),
			day: fc.integer({ min: 0, max: 32 }),
			hour: fc.integer({ min: 0, max: 24 }),
			minute: fc.integer({ min: 0, max: 60 }),
			second: fc.integer({ min: 0, max: 60 }),
			milli: fc.option(fc.integer({ min: 0, max: 999 }).map((n) => String(n).slice(0, 1 + (n % 3)))),
			zone: fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 59 })).map(([sign, h, m]) => `${sign}${two(h)}:${two(m)}`)),
			precision: fc.integer({ min: 0, max: 5 })
		})
		.map(({ year, month, day, hour, minute, second, milli, zone, precision }) => {
			const date = [String(year).padStart(4, '0'), two(month), two(day)].slice(0, Math.min(precision, 2) + 1).join('-');
			if (precision < 3) return date;
			const time = precision === 3 ? `${two(hour)}:${two(minute)}` : `${two(hour)}:${two(minute)}:${two(second)}${precision === 5 && milli ? `.${milli}` : ''}`;
			return `${date}T${time}${zone}`;
		});

	it('agrees on every date: valid or not, its start and its end', () => {
		fc.assert(
			fc.property(texts, (text) => {
				const ours = parseIsoDate(text);
				const theirs = reference(text);
				if (theirs === 'invalid' || theirs === 'offset') {
					expect(ours.ok).toBe(false);
					if (!ours.ok) expect(ours.message).toContain(theirs === 'invalid' ? 'not a real date' : 'offset beyond');
				} else {
					expect(ours.ok && [ours.value.start, ours.value.end]).toEqual([theirs.start, theirs.end]);
					// The precision as written, and the offset (in minutes) a time gives: Z is 0, a date alone has none.
					const m = /^[\d-]+(?:T(\d\d:\d\d)(:\d\d)?(?:\.\d+)?(Z|([+-])(\d\d):(\d\d)))?$/.exec(text)!;
					const precision = m[1] ? (m[2] ? 'second' : 'minute') : ['year', 'month', 'day'][text.split('-').length - 1];
					const offset = !m[1] ? undefined : m[3] === 'Z' ? 0 : (m[4] === '-' ? -1 : 1) * (Number(m[5]) * 60 + Number(m[6]));
					expect(ours.ok && { precision: ours.value.precision, offset: ours.value.offset }).toEqual({ precision, offset });
				}
			}),
			{ numRuns: 5000 }
		);
	});

	// The reading takes its fields from fixed places once the expression has passed the text: a character the
	// expression let through at one of them would be read as a digit. One character changed anywhere, into anything the format uses or not: a date the reference reads is read
	// the same, any other text is refused as not a form of the format.
	it('reads a text with one character changed as the reference does, or refuses its form', () => {
		const chars = fc.constantFrom(...'0123456789-:T+Z.z /a٣'.split(''), '');
		fc.assert(
			fc.property(texts, fc.nat(), chars, (text, at, c) => {
				const i = at % (text.length + 1);
				const changed = text.slice(0, i) + c + text.slice(i + 1);
				const ours = parseIsoDate(changed);
				if (!FORM.test(changed)) expect(ours.ok ? 'read' : ours.message).toMatch(/not an ISO 8601 date/);
				else {
					const theirs = reference(changed);
					expect(ours.ok ? [ours.value.start, ours.value.end] : /not a real date/.test(ours.message) ? 'invalid' : /offset beyond/.test(ours.message) ? 'offset' : ours.message).toEqual(
						typeof theirs === 'object' ? [theirs.start, theirs.end] : theirs
					);
					expect(isoDate(changed)).toEqual(ours.ok ? ours.value : undefined);
				}
			}),
			{ numRuns: 5000 }
		);
	});

	it.each(['0000', '0000-02-29', '0099-12-31T23:59:59.999Z', '0100-02-29', '1900-02-29', '2000-02-29', '2019-02-29', '9999-12', '9999-12-31T23:59+14:00', '0001-01-01T00:00-14:00'])(
		'agrees on %s',
		(text) => {
			const ours = parseIsoDate(text);
			const theirs = reference(text);
			expect(ours.ok ? [ours.value.start, ours.value.end] : 'invalid').toEqual(typeof theirs === 'object' ? [theirs.start, theirs.end] : 'invalid');
		}
	);
});
