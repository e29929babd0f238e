import { describe, it, expect } from 'vitest';
import { importFixture as fixture, imported } from '../helpers';
import { importTimeline } from '../../src/lib/import';

const TODAY = '2021-03-15';
const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('importTimeline on a TimelineJS spreadsheet (CSV)', () => {
	const r = importTimeline(fixture('timelinejs-template.csv'), { name: 'timelinejs-template.csv', today: TODAY });
	const t = imported(r);

	it('takes the title and summary from the title row, the id from the file name', () => {
		expect(r.format).toBe('timelinejs-csv');
		expect(t.id).toBe('timelinejs-template');
		expect(t.title).toBe('The Example Corp breach');
		expect(t.summary).toBe('A fictional incident, made up to test the importer.\n\nSystems & staff.');
		expect(t.languages).toEqual(['en']);
		expect(t.asOf).toBe(TODAY);
		expect(t.timeZone).toBe('UTC');
	});

	it('turns era rows with a start and an end into eras', () => {
		expect(t.eras).toEqual([
			{ id: 'attack-window', name: 'Attack window', start: '2021-03-01', end: '2021-03-14', description: 'The weeks the intruders were inside.' }
		]);
	});

	it('converts each event row: precision from the parts given, HTML to plain text, links to sources, groups to categories', () => {
		const base = { actors: ['unattributed'], status: 'reported' };
		expect(t.events).toEqual([
			{
				...base,
				id: 'phishing-email-first-wave',
				start: '2021-03-02',
				title: 'Phishing email, first wave',
				description: 'Staff at Example Corp received a fake invoice. Two of them opened it.',
				category: 'attack',
				sources: [],
				unsourced: true
			},
			{
				...base,
				id: 'servers-encrypted',
				start: '2021-03-09T13:45Z',
				title: 'Servers encrypted',
				description: 'A ransom note was found; see the Example News report.',
				category: 'attack',
				sources: [{ publisher: 'news.example.com', title: 'Example News report', url: 'https://www.news.example.com/story' }]
			},
			{
				...base,
				id: 'recovery',
				start: '2021-03-15',
				end: '2021-04',
				title: 'Recovery',
				description: 'Company statement\nSystems restored step by step.',
				category: 'response',
				sources: [{ publisher: 'example.org', title: 'Company statement', url: 'https://example.org/statement' }]
			},
			{
				...base,
				id: 'regulator-fine-announced',
				start: '2021-06',
				title: 'Regulator fine announced',
				description: 'Regulator fine announced',
				category: 'uncategorized',
				sources: [],
				unsourced: true
			}
		]);
		expect(t.actors).toEqual([{ id: 'unattributed', name: 'Not attributed', kind: 'other' }]);
		expect(t.categories).toEqual([
			{ id: 'attack', name: 'Attack' },
			{ id: 'response', name: 'Response' },
			{ id: 'uncategorized', name: 'Uncategorized' }
		]);
	});

	it('notes every default filled in and everything dropped, once per kind', () => {
		expect(r.notes).toEqual([
			{ where: 'the file', message: `asOf set to the import date ${TODAY}; set it to the date the information was current` },
			{ where: 'rows 2, 5', message: 'media dropped (2 rows): our timelines show no pictures or video' },
			{ where: 'row 5', message: 'times taken as UTC: TimelineJS gives no time zone' },
			{ where: 'row 5', message: 'background dropped: our timelines have no slide backgrounds' },
			{ where: 'rows 5, 7', message: "sources made from links in the text (2 rows): the publisher is the link's host name and the title its text; check them" },
			{ where: 'row 7', message: 'display date "Mid-March to April" not carried over; the event shows its date, 2021-03-15–2021-04' },
			{ where: 'row 9', message: 'era "Aftermath" not carried over: an era needs a start and an end date' },
			{ where: 'rows 4, 5, 7, 8', message: 'no actor named (4 events): given the actor "Not attributed"; our format needs at least one per event' },
			{ where: 'rows 4, 5, 7, 8', message: 'no status (4 events): set to "reported"; check each' },
			{ where: 'row 8', message: 'no category: put in "Uncategorized"' },
			{ where: 'row 8', message: 'no text: the description repeats the title' },
			{
				where: 'events "phishing-email-first-wave", "regulator-fine-announced"',
				message: 'no source given: readers see "no source given" until one is added (2 events)'
			}
		]);
	});
});

describe('TimelineJS spreadsheet rows', () => {
	const one = (cells: string, name = 'sheet.csv') => importTimeline(`${HEADER}\n${cells}\n`, { name, today: TODAY });

	it.each([
		['2021,,,,,,,,,Year only,,,,,,,,', '2021'],
		['2021,3,,,,,,,,Month,,,,,,,,', '2021-03'],
		['2021,3,9,13:45:10,,,,,,Seconds,,,,,,,,', '2021-03-09T13:45:10Z'],
		['2021,3,9,12:05 AM,,,,,,Midnight hour,,,,,,,,', '2021-03-09T00:05Z'],
		['0900,1,1,,,,,,,Old,,,,,,,,', '0900-01-01']
	])('%s starts at %s', (cells, start) => {
		expect(imported(one(cells)).events[0].start).toBe(start);
	});

	it('keeps only the day for an hour without minutes, with a note', () => {
		const r = one('2021,3,9,1 PM,,,,,,Afternoon,,,,,,,,');
		expect(imported(r).events[0].start).toBe('2021-03-09');
		expect(r.notes).toContainEqual({ where: 'row 2', message: 'start: the hour (13) without minutes left out (our times are given to the minute)' });
	});

	it.each([
		['20210,,,,,,,,,Far future,,,,,,,,', 'row 2: year 20210 cannot be shown: this timeline holds years 0–9999'],
		['-500,,,,,,,,,Antiquity,,,,,,,,', 'row 2: year -500 cannot be shown: this timeline holds years 0–9999'],
		['2021,2,30,,,,,,,No such day,,,,,,,,', 'row 2: "2021-02-30" is not a real date or time'],
		['2021,13,,,,,,,,No such month,,,,,,,,', 'row 2: month 13 is out of range (1–12)'],
		['2021,,9,,,,,,,Day without month,,,,,,,,', 'row 2: a day needs a month'],
		['2021,3,9,quarter past one,,,,,,Words,,,,,,,,', 'row 2: Time "quarter past one" is not a time: write 13:45, 1:45 PM or 13:45:10'],
		[',,,,,,,,,No date,,,,,,,,', 'row 2: no start date: give at least a year'],
		['2021,3,9,,2021,x,,,,Bad end,,,,,,,,', 'row 2: end: month x is not a whole number']
	])('refuses %s without guessing', (cells, message) => {
		const r = one(cells);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toBe(message);
	});

	it('drops javascript:, data: and relative links with a note, keeping their text', () => {
		const r = one('2021,,,,,,,,,Links,"<a href=""javascript:alert(1)"">one</a> <a href=""data:text/html,x"">two</a> <a href=""/about"">three</a>",,,,,,,');
		const e = imported(r).events[0];
		expect(e.description).toBe('one two three');
		expect(e.sources).toEqual([]);
		expect(e.unsourced).toBe(true);
		expect(r.notes).toContainEqual({ where: 'row 2', message: 'javascript:, data:, relative links not carried over: only http: and https: links become sources' });
	});

	it('keeps a row in a tab-separated sheet apart at tabs, not commas', () => {
		const tsv = `${HEADER.replaceAll(',', '\t')}\n2021\t3\t\t\t\t\t\t\t\tCommas, kept\tText, too\t\t\t\t\t\t\t\n`;
		const r = importTimeline(tsv, { name: 'sheet.tsv', today: TODAY });
		expect(r.format).toBe('timelinejs-csv');
		expect(imported(r).events[0]).toMatchObject({ start: '2021-03', title: 'Commas, kept', description: 'Text, too' });
	});

	it('titles the timeline after the file when there is no title row', () => {
		const r = one('2021,,,,,,,,,Event,,,,,,,,', 'my_sheet.csv');
		expect(imported(r)).toMatchObject({ id: 'my-sheet', title: 'my sheet', summary: 'Imported from my_sheet.csv.' });
		expect(r.notes.slice(0, 2)).toEqual([
			{ where: 'the file', message: 'title taken from the file name ("my sheet"); give the timeline a real title' },
			{ where: 'the file', message: 'summary set to "Imported from my_sheet.csv."; write one that says what the timeline covers' }
		]);
	});
});
