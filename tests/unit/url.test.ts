import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseUrlState, formatUrlState, type UrlState } from '../../src/lib/state/url';
import { NO_FILTERS, type Filters } from '../../src/lib/explore/filters';
import type { Status } from '../../src/lib/model/schema';

const utc = (s: string) => Date.parse(s);
const state = (s: Partial<UrlState> = {}, f: Partial<Filters> = {}): UrlState => ({ ...s, filters: { ...NO_FILTERS, ...f } });

const FULL = state(
	{
		timeline: 'whatsapp-nso-2019',
		lang: 'ar',
		lanes: 'category',
		fold: true,
		range: [utc('2019-05-10T00:00Z'), utc('2019-05-16T00:00Z')],
		event: 'ft-report',
		q: 'citizen lab',
		filterMode: 'hide',
		zone: 'source'
	},
	{ actors: ['nso-group', 'whatsapp'], categories: ['attack'], statuses: ['confirmed', 'reported'] }
);

describe('formatUrlState', () => {
	it.each<[string, UrlState, string]>([
		['writes nothing for an empty state', state(), ''],
		[
			'writes every parameter in a stable order, lists comma-separated',
			FULL,
			'?timeline=whatsapp-nso-2019&lang=ar&lanes=category&fold=1&start=2019-05-10&end=2019-05-15&event=ft-report&q=citizen+lab' +
				'&actor=nso-group,whatsapp&category=attack&status=confirmed,reported&filter=hide&tz=source'
		],
		['writes an unfolded view as fold=0', state({ fold: false }), '?fold=0'],
		[
			'writes instants to the minute in UTC',
			state({ range: [utc('2019-05-13T06:30Z'), utc('2019-05-14T19:53Z')] }),
			'?start=2019-05-13T06:30Z&end=2019-05-14T19:53Z'
		],
		[
			'widens a range to whole minutes, start down and end up',
			state({ range: [utc('2019-05-13T06:30:45.500Z'), utc('2019-05-13T06:31:10Z')] }),
			'?start=2019-05-13T06:30Z&end=2019-05-13T06:32Z'
		],
		[
			'writes an end at midnight as the whole day before',
			state({ range: [utc('2019-05-13T06:30Z'), utc('2019-05-14T00:00Z')] }),
			'?start=2019-05-13T06:30Z&end=2019-05-13'
		],
		['leaves out a range that ends before it starts', state({ range: [utc('2019-05-14'), utc('2019-05-13')] }), ''],
		['leaves out a range with a year beyond 9999', state({ range: [utc('2019-05-14'), 1e15] }), ''],
		['leaves out a range that is not a number', state({ range: [Number.NaN, utc('2019-05-13')] }), ''],
		['leaves out blank search text', state({ q: '  ' }), ''],
		['leaves out empty lists', state({ lang: 'en' }, { actors: [], statuses: [] }), '?lang=en']
	])('%s', (_, s, expected) => {
		expect(formatUrlState(s)).toBe(expected);
	});

	it('writes the same text whatever the order of the keys in the state', () => {
		const reversed = Object.fromEntries(Object.entries(FULL).reverse()) as UrlState;
		expect(formatUrlState(reversed)).toBe(formatUrlState(FULL));
	});
});

describe('parseUrlState', () => {
	it.each<[string, string, UrlState]>([
		['reads an empty query as an empty state', '', state()],
		['reads a query with or without its question mark', 'lang=ar', state({ lang: 'ar' })],
		[
			'reads an end date as the end of that day (inclusive)',
			'?start=2019-05-10&end=2019-05-15',
			state({ range: [utc('2019-05-10T00:00Z'), utc('2019-05-16T00:00Z')] })
		],
		['reads a one-day range', '?start=2019-05-13&end=2019-05-13', state({ range: [utc('2019-05-13'), utc('2019-05-14')] })],
		['reads months from the first to the end of the last', '?start=2019-05&end=2019-06', state({ range: [utc('2019-05-01'), utc('2019-07-01')] })],
		[
			'reads instants as instants, offsets included',
			'?start=2019-05-13T08:30%2B02:00&end=2019-05-14T19:52:40Z',
			state({ range: [utc('2019-05-13T06:30Z'), utc('2019-05-14T19:52:40Z')] })
		],
		[
			'reads lists comma-separated or repeated, dropping blanks and repeats',
			'?actor=nso-group,%20whatsapp,,nso-group&actor=citizen-lab&status=denied',
			state({}, { actors: ['nso-group', 'whatsapp', 'citizen-lab'], statuses: ['denied'] })
		],
		['ignores unknown parameters', '?utm_source=news&lang=ar&foo=bar&lanes=category', state({ lang: 'ar', lanes: 'category' })],
		['reads the first of a repeated single value', '?lang=ar&lang=en', state({ lang: 'ar' })],
		[
			'reads Arabic search text, diacritics kept',
			`?q=${encodeURIComponent('مَجموعة NSO')}`,
			state({ q: 'مَجموعة NSO' })
		],
		['reads search text written unencoded', '?q=مجموعة+NSO', state({ q: 'مجموعة NSO' })]
	])('%s', (_, search, expected) => {
		expect(parseUrlState(search)).toStrictEqual(expected);
	});

	it.each([
		'?timeline=../secrets',
		'?timeline=WhatsApp',
		'?timeline=-leading-hyphen',
		`?timeline=${'a'.repeat(81)}`,
		'?lang=english',
		'?lang=EN',
		'?lang=en-GB',
		'?lanes=time',
		'?fold=yes',
		'?fold=',
		'?start=2019-05-10',
		'?end=2019-05-15',
		'?start=2019-05-15&end=2019-05-10',
		'?start=2019-05-13T12:00Z&end=2019-05-13T12:00Z',
		'?start=2019-02-30&end=2019-03-02',
		'?start=yesterday&end=today',
		'?start=2019-05-13T10:00&end=2019-05-14',
		'?event=Bad_Id',
		'?event=',
		'?q=',
		'?q=%20%20',
		'?actor=Bad%20Id,UPPER,a_b',
		'?category=,,',
		'?status=rumoured,CONFIRMED',
		'?filter=blur',
		'?tz=Europe/Dublin',
		'?tz=UTC',
		'?%E0%A4%A=%',
		'?=&&=x'
	])('drops the invalid value in %s', (search) => {
		expect(parseUrlState(search)).toStrictEqual(state());
	});

	it('keeps the valid values beside the invalid ones', () => {
		expect(parseUrlState('?lang=EN&lanes=actor&status=confirmed,rumoured&actor=Bad,nso-group&tz=utc')).toStrictEqual(
			state({ lanes: 'actor', zone: 'utc' }, { actors: ['nso-group'], statuses: ['confirmed'] })
		);
	});

	it('never throws, and always returns filters (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (search) => {
				const s = parseUrlState(search);
				expect(Array.isArray(s.filters.actors) && Array.isArray(s.filters.categories) && Array.isArray(s.filters.statuses)).toBe(true);
			}),
			{ numRuns: 500, seed: 20190513 }
		);
	});
});

describe('parseUrlState(formatUrlState(state))', () => {
	it.each<[string, UrlState]>([
		['an empty state', state()],
		['a full state', FULL],
		['an unfolded view', state({ fold: false })],
		['a range of instants', state({ range: [utc('2019-05-13T06:30Z'), utc('2019-05-14T19:53Z')] })],
		['a range from a midnight to an instant', state({ range: [utc('2019-05-13'), utc('2019-05-13T12:00Z')] })],
		['a range from an instant to a midnight', state({ range: [utc('2019-05-12T23:59Z'), utc('2019-05-13')] })],
		['Arabic search text with diacritics', state({ q: 'مَجموعة NSO، «بيغاسوس»' })],
		['search text with URL syntax in it', state({ q: 'a&b=c?d#e%2C,f:g+h' })],
		['search text with spaces around it', state({ q: '  NSO  ' })]
	])('gives back %s', (_, s) => {
		expect(parseUrlState(formatUrlState(s))).toStrictEqual(s);
	});

	const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,79}$/);
	const STATUSES: Status[] = ['confirmed', 'reported', 'alleged', 'disputed', 'denied'];
	const minute = fc.integer({ min: utc('1990-01-01') / 60_000, max: utc('2040-01-01') / 60_000 }).map((m) => m * 60_000);
	const midnight = fc.integer({ min: utc('1990-01-01') / 86_400_000, max: utc('2040-01-01') / 86_400_000 }).map((d) => d * 86_400_000);
	const ordered = (a: number, b: number): [number, number] => (a < b ? [a, b] : [b, a]);
	const instants = fc.tuple(fc.oneof(minute, midnight), fc.oneof(minute, midnight)).filter(([a, b]) => a !== b);
	const states: fc.Arbitrary<UrlState> = fc.record(
		{
			timeline: id,
			lang: fc.stringMatching(/^[a-z]{2,3}$/),
			lanes: fc.constantFrom('actor' as const, 'category' as const),
			fold: fc.boolean(),
			range: instants.map(([a, b]) => ordered(a, b)),
			event: id,
			q: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((q) => q.trim() !== ''),
			filters: fc.record({
				actors: fc.uniqueArray(id, { maxLength: 4 }),
				categories: fc.uniqueArray(id, { maxLength: 4 }),
				statuses: fc.subarray(STATUSES)
			}, { noNullPrototype: true }),
			filterMode: fc.constantFrom('fade' as const, 'hide' as const),
			zone: fc.constantFrom('utc' as const, 'local' as const, 'source' as const),
			numerals: fc.constantFrom('latn' as const, 'arab' as const),
			calendar: fc.constantFrom('gregory' as const, 'islamic-umalqura' as const),
			axis: fc.constantFrom('ltr' as const, 'rtl' as const),
			theme: fc.constantFrom('auto' as const, 'light' as const, 'dark' as const, 'contrast' as const)
		},
		{ requiredKeys: ['filters'], noNullPrototype: true }
	);

	it('gives back any state whose range is in whole minutes (property)', () => {
		fc.assert(
			fc.property(states, (s) => {
				expect(parseUrlState(formatUrlState(s))).toStrictEqual(s);
			}),
			{ numRuns: 500, seed: 20190513 }
		);
	});

	it('gives back any range widened to whole minutes (property)', () => {
		const ms = fc.integer({ min: utc('1990-01-01'), max: utc('2040-01-01') });
		fc.assert(
			fc.property(
				fc.tuple(ms, ms).filter(([a, b]) => a !== b),
				([a, b]) => {
					const [from, to] = ordered(a, b);
					const back = parseUrlState(formatUrlState(state({ range: [from, to] }))).range;
					expect(back).toEqual([Math.floor(from / 60_000) * 60_000, Math.ceil(to / 60_000) * 60_000]);
				}
			),
			{ numRuns: 500, seed: 20190513 }
		);
	});
});

describe('?src= (a timeline by its address)', () => {
	it('keeps a relative path or an http(s) URL, written legibly, and reads it back', () => {
		for (const src of ['data/other.json', '../timelines/x.json?v=2', 'https://example.org/t.json', 'http://example.org/a b.json']) {
			const text = formatUrlState(state({ src }));
			expect(parseUrlState(text).src).toBe(src);
		}
		expect(formatUrlState(state({ src: 'https://example.org/t.json' }))).toBe('?src=https://example.org/t.json');
	});

	it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:application/json,{}', 'vbscript:x', 'file:///etc/passwd', 'blob:https://a/b', '', '   ', 'x'.repeat(2001)])(
		'drops %j',
		(src) => {
			expect(parseUrlState(`?src=${encodeURIComponent(src)}`).src).toBeUndefined();
		}
	);
});
