import { describe, it, expect } from 'vitest';
import { htmlToText } from '../../src/lib/import/html';
import { partsToIso, parseTime } from '../../src/lib/import/timelinejs-date';
import { IdPool, slugify } from '../../src/lib/import/slug';
import { Notes, places } from '../../src/lib/import/notes';

describe('htmlToText', () => {
	it.each([
		['plain words', 'plain words'],
		['  runs   of\n\twhite   space ', 'runs of white space'],
		['one<br>two<br/>three', 'one\ntwo\nthree'],
		['<p>First</p><p>Second</p>', 'First\n\nSecond'],
		['<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
		['Tom &amp; Jerry &lt;3 &quot;q&quot; &#x41;', 'Tom & Jerry <3 "q" A'],
		['<b>bold</b> and <i>italic</i>', 'bold and italic'],
		['before<script>alert(1)</script><style>p{}</style>after', 'beforeafter'],
		['<img src=x onerror=alert(1)>caption', 'caption'],
		['<p>unclosed <b>tags', 'unclosed tags']
	])('%j → %j', (html, text) => {
		expect(htmlToText(html).text).toBe(text);
	});

	it('collects links with their plain text, and names the embeds it left out', () => {
		const r = htmlToText('See <a href=" https://example.org/a ">the <b>report</b></a>, <a href="#x">here</a> <a>no href</a><img src="p.png"><iframe src="x"></iframe>');
		expect(r.links).toEqual([
			{ href: 'https://example.org/a', text: 'the report' },
			{ href: '#x', text: 'here' }
		]);
		expect(r.removed).toEqual(['img', 'iframe']);
	});
});

describe('partsToIso', () => {
	it.each([
		[{ year: 2021 }, '2021', false],
		[{ year: '2021', month: '03' }, '2021-03', false],
		[{ year: 21 }, '0021', false],
		[{ year: 2021, month: 3, day: 9, hour: 0, minute: 5 }, '2021-03-09T00:05Z', true],
		[{ year: 2021, month: 3, day: 9, hour: 13, minute: 45, second: 10, millisecond: 5 }, '2021-03-09T13:45:10.005Z', true],
		[{ year: 2021, month: '', day: null }, '2021', false]
	])('%j → %s', (parts, iso, timed) => {
		expect(partsToIso(parts)).toEqual({ ok: true, iso, timed, dropped: [] });
	});

	it('names what it leaves out rather than inventing minutes', () => {
		expect(partsToIso({ year: 2021, month: 3, day: 9, hour: 13 })).toEqual({ ok: true, iso: '2021-03-09', timed: false, dropped: ['the hour (13) without minutes'] });
	});

	it.each([
		[{ year: 10000 }, 'year 10000 cannot be shown: this timeline holds years 0–9999'],
		[{ year: 2021, day: 3 }, 'a day needs a month'],
		[{ year: 2021, month: 3, hour: 3, minute: 0 }, 'an hour needs a day'],
		[{ year: 2021, month: 3, day: 9, hour: 24, minute: 0 }, 'hour 24 is out of range (0–23)'],
		[{ year: 2021, month: 4, day: 31 }, '"2021-04-31" is not a real date or time'],
		[{ year: '20 21' }, 'year 20 21 is not a whole number'],
		[{}, 'no year given']
	])('refuses %j', (parts, message) => {
		expect(partsToIso(parts)).toEqual({ ok: false, message });
	});
});

describe('parseTime', () => {
	it.each([
		['13:45', { hour: 13, minute: 45 }],
		['1:45 PM', { hour: 13, minute: 45 }],
		['12:10 a.m.', { hour: 0, minute: 10 }],
		['12:10 pm', { hour: 12, minute: 10 }],
		['13:45:10', { hour: 13, minute: 45, second: 10 }],
		['13:45:10.5', { hour: 13, minute: 45, second: 10, millisecond: 500 }],
		['3 pm', { hour: 15 }]
	])('%s', (text, parts) => {
		expect(parseTime(text)).toEqual({ minute: undefined, second: undefined, millisecond: undefined, ...parts });
	});

	it.each(['13', '13h45', '13:5', '0:30 PM', 'noon'])('rejects %s', (text) => {
		expect(parseTime(text)).toBeUndefined();
	});
});

describe('ids', () => {
	it.each([
		['Servers encrypted', 'servers-encrypted'],
		['Café Ünïcode — “quotes”', 'cafe-unicode-quotes'],
		['--Trim--', 'trim'],
		['رسالة', ''],
		['x'.repeat(90), 'x'.repeat(80)]
	])('slugify(%j) → %j', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});

	it('IdPool suffixes taken ids and keeps them within 80 characters', () => {
		const pool = new IdPool();
		const long = 'y'.repeat(80);
		expect([pool.take('A', 'e'), pool.take('a', 'e'), pool.take('رسالة', 'event'), pool.take('', 'event'), pool.take(long, 'e'), pool.take(long, 'e')]).toEqual([
			'a',
			'a-2',
			'event',
			'event-2',
			long,
			`${'y'.repeat(78)}-2`
		]);
	});
});

describe('notes', () => {
	it('places lists rows compactly and counts the rest', () => {
		expect(places(['row 2'])).toBe('row 2');
		expect(places(['row 2', 'row 5'])).toBe('rows 2, 5');
		expect(places(['row 2', 'row 3', 'row 4', 'row 5', 'row 6', 'row 7', 'row 9'])).toBe('rows 2, 3, 4, 5, 6 and 2 more');
		expect(places(['events[0]', 'the title slide'])).toBe('events[0], the title slide');
	});

	it('folds a kind into one note where it first occurred, counting each item once', () => {
		const notes = new Notes();
		notes.add('row 2', 'first');
		notes.tally('media', 'row 3', (n) => `media ×${n}`);
		notes.add('row 4', 'second');
		notes.tally('media', 'row 5', (n) => `media ×${n}`);
		notes.tally('media', 'row 5', (n) => `media ×${n}`);
		notes.front('the file', 'about the file');
		expect(notes.list()).toEqual([
			{ where: 'the file', message: 'about the file' },
			{ where: 'row 2', message: 'first' },
			{ where: 'rows 3, 5', message: 'media ×2' },
			{ where: 'row 4', message: 'second' }
		]);
	});
});
