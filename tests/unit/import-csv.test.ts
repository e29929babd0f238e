import { describe, it, expect } from 'vitest';
import { importFixture as fixture, imported } from '../helpers';
import { importTimeline } from '../../src/lib/import';

const TODAY = '2021-03-15';
const csv = (text: string, options = {}) => importTimeline(text, { name: 'events.csv', today: TODAY, ...options });

describe('importTimeline on our CSV', () => {
	const r = csv(fixture('events.csv'));
	const t = imported(r);

	it('adds the languages of title:ar and description:ar columns', () => {
		expect(r.format).toBe('csv');
		expect(t).toMatchObject({ id: 'events', title: 'events', summary: 'Imported from events.csv.', languages: ['en', 'ar'], asOf: TODAY });
	});

	it('builds actors and categories from the names used', () => {
		expect(t.actors).toEqual([
			{ id: 'example-corp', name: 'Example Corp', kind: 'other' },
			{ id: 'unknown-intruders', name: 'Unknown intruders', kind: 'other' },
			{ id: 'example-regulator', name: 'Example Regulator', kind: 'other' }
		]);
		expect(t.categories).toEqual([
			{ id: 'attack', name: 'Attack' },
			{ id: 'response', name: 'Response' }
		]);
	});

	it('converts every column of each row, with two sources and Arabic text', () => {
		expect(t.events).toEqual([
			{
				id: 'phishing-email-first-wave',
				start: '2021-03-02',
				title: { en: 'Phishing email, first wave', ar: 'رسالة تصيد' },
				description: { en: 'Staff received a fake invoice, and two opened it.', ar: 'تلقى الموظفون فاتورة مزيفة.' },
				actors: ['example-corp', 'unknown-intruders'],
				category: 'attack',
				status: 'confirmed',
				importance: 2,
				sources: [
					{
						publisher: 'Example News',
						title: 'Phishing wave hits Example Corp',
						url: 'https://news.example.com/phish',
						published: '2021-03-05',
						quote: 'two employees opened the attachment'
					},
					{ publisher: 'example.org', title: 'example.org', url: 'https://www.example.org/statement' }
				]
			},
			{
				id: 'servers',
				start: '2021-03-09T13:45+01:00',
				end: '2021-03-10',
				title: { en: 'Servers encrypted', ar: 'تشفير الخوادم' },
				description: { en: 'Servers encrypted', ar: 'تشفير الخوادم' },
				actors: ['unknown-intruders'],
				category: 'attack',
				status: 'reported',
				timeZone: 'Europe/Dublin',
				sources: [{ publisher: 'Example News', title: 'Ransom note found', url: 'https://news.example.com/ransom' }]
			},
			{
				id: 'regulator-fine-announced',
				start: '2021-06',
				part: 'early',
				title: 'Regulator fine announced',
				description: 'A fine was announced.',
				actors: ['example-regulator'],
				category: 'response',
				status: 'reported',
				sources: [],
				unsourced: true
			}
		]);
	});

	it('notes defaults, host names standing in, the unknown column and the unsourced event', () => {
		expect(r.notes).toEqual([
			{ where: 'the file', message: 'title taken from the file name ("events"); give the timeline a real title' },
			{ where: 'the file', message: 'summary set to "Imported from events.csv."; write one that says what the timeline covers' },
			{ where: 'the file', message: `asOf set to the import date ${TODAY}; set it to the date the information was current` },
			{ where: 'actors', message: '3 actors made from the names used, all of kind "other": set each one\'s kind (company, government, person…)' },
			{ where: 'column "Internal notes"', message: 'not carried over: our CSV format has no such column' },
			{ where: 'row 2', message: "a source without a publisher: its publisher is the link's host name" },
			{ where: 'row 2', message: "a source without a title: its title is the link's host name" },
			{ where: 'row 3', message: 'no status: set to "reported"; check each' },
			{ where: 'row 3', message: 'no text: the description repeats the title' },
			{ where: 'event "regulator-fine-announced"', message: 'no source given: readers see "no source given" until one is added' }
		]);
	});
});

describe('importTimeline on our TSV', () => {
	it('reads tabs, and header names with spaces and capitals', () => {
		const r = importTimeline(fixture('events.tsv'), { name: 'events.tsv', today: TODAY });
		expect(r.format).toBe('csv');
		expect(imported(r).events).toEqual([
			{
				id: 'phishing-email',
				start: '2021-03-02',
				title: 'Phishing email',
				description: 'A fake invoice, "urgent".',
				actors: ['example-corp'],
				category: 'attack',
				status: 'reported',
				sources: [{ publisher: 'Example News', title: 'Phishing wave', url: 'https://news.example.com/phish' }]
			},
			{
				id: 'a-year-long-clean-up',
				start: '2021',
				title: 'A year-long clean-up',
				description: 'A year-long clean-up',
				actors: ['unattributed'],
				category: 'uncategorized',
				status: 'reported',
				sources: [],
				unsourced: true
			}
		]);
	});
});

describe('our CSV rows that cannot be imported as written', () => {
	it.each([
		['13/05/2021,Rewritten by a spreadsheet', 'row 2: start: "13/05/2021" is not an ISO 8601 date'],
		['May 2021,In words', 'row 2: start: "May 2021" is not an ISO 8601 date'],
		['2021-02-29,Not a leap year', 'row 2: start: "2021-02-29" is not a real date or time'],
		[',No date', 'row 2: no start date: every event needs one'],
		['2021-03-02,', 'row 2: no title: every event needs one']
	])('%s → %s', (row, message) => {
		const r = csv(`start,title\n${row}\n`);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message.startsWith(message)).toBe(true);
	});

	it('names each bad value with its row and column', () => {
		const r = csv('start,title,status,importance,part,time_zone,source_url,source2_url,source2_published\n2021-03,T,rumour,9,soon,Mars/Base,javascript:alert(1),https://example.org,yesterday\n');
		if (r.ok) throw new Error('expected problems');
		const iso = 'is not an ISO 8601 date: write 2019, 2019-05, 2019-05-13 or 2019-05-13T19:52:40Z (a time needs Z or an offset such as +03:00)';
		expect(r.problems).toEqual([
			{ path: 'row 2', field: 'part', message: 'part "soon" is not one of early, mid, late' },
			{ path: 'row 2', field: 'status', message: 'status "rumour" is not one of confirmed, reported, alleged, disputed, denied' },
			{ path: 'row 2', field: 'importance', message: 'importance "9" is not a whole number from 1 to 5' },
			{ path: 'row 2', field: 'time_zone', message: 'time_zone "Mars/Base" is not an IANA time zone name (e.g. UTC, Europe/Dublin)' },
			{ path: 'row 2', field: 'source_url', message: 'source_url "javascript:alert(1)": only https: and http: links are allowed, not javascript:' },
			{ path: 'row 2', field: 'source2_published', message: `source2_published: "yesterday" ${iso}` }
		]);
		expect(r.message).toBe('6 problems; the first: row 2: part "soon" is not one of early, mid, late');
	});

	it('needs a start and a title column', () => {
		const r = csv('when,what\n2021,x\n');
		expect(!r.ok && r.message).toBe('the header: needs the columns "start" and "title"; it has "when", "what"');
	});
});

describe('our CSV details', () => {
	it('skips empty rows and counts rows as a spreadsheet does, quoted line breaks included', () => {
		const r = csv('start,title,description\n\n2021,"First","two\nlines"\n,,\n2021-13,Bad\n');
		expect(!r.ok && r.message).toMatch(/^row 5: start: "2021-13" is not a real date/);
	});

	it('keeps given ids, and suffixes a repeated one with a note', () => {
		const r = csv('id,start,title\nleak,2021,A\nleak,2021,B\n,2021,Leak\n');
		expect(imported(r).events.map((e) => e.id)).toEqual(['leak', 'leak-2', 'leak-3']);
		expect(r.notes).toContainEqual({ where: 'row 3', message: 'id "leak" is already taken; the event\'s id is "leak-2"' });
	});

	it('gives ids to titles without Latin letters, and one actor per name whatever its case', () => {
		const r = csv('start,title,actors\n2021,رسالة تصيد,Example Corp\n2021,تشفير الخوادم,example corp; Other\n', { lang: 'ar' });
		const t = imported(r);
		expect(t.languages).toEqual(['ar']);
		expect(t.events.map((e) => [e.id, e.actors])).toEqual([
			['event', ['example-corp']],
			['event-2', ['example-corp', 'other']]
		]);
	});

	it('drops a source without a URL with a note, leaving the event unsourced', () => {
		const r = csv('start,title,source_publisher\n2021,Claim,Example News\n');
		expect(imported(r).events[0]).toMatchObject({ sources: [], unsourced: true });
		expect(r.notes).toContainEqual({ where: 'row 2', message: 'source has no URL and was not carried over (a source needs a link)' });
	});

	it('reads any number of sources and marks primary records', () => {
		const r = csv('start,title,Source 3 URL,source3_primary,source_url\n2021,T,https://example.org/c,yes,https://example.org/a\n');
		expect(imported(r).events[0].sources.map((s) => [s.url, s.primary])).toEqual([
			['https://example.org/a', undefined],
			['https://example.org/c', true]
		]);
	});

	it('reads an uncertain date: the window it happened in, and why, in each language', () => {
		const r = csv(
			'start,title,earliest,latest,uncertainty_note,uncertainty_note:ar,source_url\n' +
				'2019-05-13,FT report,2019-05-13,2019-05-14,Sources disagree on the day,المصادر مختلفة,https://example.org/ft\n' +
				'2019-05,Plain,,,,,https://example.org/p\n'
		);
		const [uncertain, plain] = imported(r).events;
		expect(uncertain.uncertainty).toEqual({ earliest: '2019-05-13', latest: '2019-05-14', note: { en: 'Sources disagree on the day', ar: 'المصادر مختلفة' } });
		expect(plain.uncertainty).toBeUndefined();
		expect(imported(csv('start,title,earliest,latest\n2019-05-13,T,2019-05-13,2019-05-14\n')).events[0].uncertainty).toEqual({ earliest: '2019-05-13', latest: '2019-05-14' });
	});

	it('needs both ends of an uncertain date, a window that holds the start, and a window for a note', () => {
		const one = csv('start,title,earliest\n2019-05-13,T,2019-05-12\n');
		expect(!one.ok && one.problems).toEqual([{ path: 'row 2', field: 'latest', message: 'earliest and latest go together: give both, or neither' }]);
		const bad = csv('start,title,earliest,latest\n2019-05-13,T,2019-05-14,2019-05-15\n');
		expect(!bad.ok && bad.message).toContain('does not include start 2019-05-13');
		const lone = csv('start,title,uncertainty_note\n2019-05-13,T,Unsure\n');
		expect(imported(lone).events[0].uncertainty).toBeUndefined();
		expect(lone.notes).toContainEqual({ where: 'row 2', message: 'uncertainty_note without earliest and latest was not carried over' });
	});

	it('keeps the plain text of cells: no HTML is interpreted', () => {
		const r = csv('start,title,description\n2021,<b>Bold</b>,"a <a href=""https://example.org"">link</a>"\n');
		expect(imported(r).events[0]).toMatchObject({ title: '<b>Bold</b>', description: 'a <a href="https://example.org">link</a>', sources: [] });
	});

	it('aggregates repeated notes: ten thousand rows give a handful of notes', () => {
		const rows = Array.from({ length: 10_000 }, (_, i) => `2021-03-02,Event ${i},https://example.org/${i}`);
		const r = csv(`start,title,source_url\n${rows.join('\n')}\n`);
		expect(imported(r).events).toHaveLength(10_000);
		expect(r.notes.length).toBeLessThan(10);
		expect(r.notes).toContainEqual({ where: 'rows 2, 3, 4, 5, 6 and 9995 more', message: 'no status (10000 events): set to "reported"; check each' });
	});
});

describe('what an Arabic import writes where the file says nothing', () => {
	const rows = 'start,title,source_url\n2019-05-13,الثغرة تُسدّ,https://example.com/a\n2019-05-14,بيان الشركة,https://example.com/b\n';

	it('names the default actor, category, title and summary in Arabic, and says so in its notes', () => {
		const r = importTimeline(rows, { name: 'events.csv', today: TODAY, lang: 'ar' });
		const t = imported(r);
		expect(t.actors).toEqual([{ id: 'unattributed', name: 'غير منسوب', kind: 'other' }]);
		expect(t.categories).toEqual([{ id: 'uncategorized', name: 'غير مصنّف' }]);
		// The file name is isolated inside the Arabic sentence.
		expect(t.summary).toBe('مستورد من \u2068events.csv\u2069.');
		expect(r.notes.map((n) => n.message)).toContain('no actor named (2 events): given the actor "غير منسوب"; our format needs at least one per event');
		expect(r.notes.map((n) => n.message)).toContain('no category (2 events): put in "غير مصنّف"');
		const unnamed = imported(importTimeline(rows, { today: TODAY, lang: 'ar' }));
		expect([unnamed.title, unnamed.summary]).toEqual(['خط زمني مستورد', 'مستورد من ملف.']);
	});

	it('keeps English defaults for English and for languages it has no words in', () => {
		for (const lang of ['en', 'fr']) {
			const t = imported(importTimeline(rows, { today: TODAY, lang }));
			expect([t.title, t.summary, t.actors[0].name, t.categories[0].name]).toEqual(['Imported timeline', 'Imported from a file.', 'Not attributed', 'Uncategorized']);
		}
	});
});
