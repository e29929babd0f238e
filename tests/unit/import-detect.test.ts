import { describe, it, expect } from 'vitest';
import { mini, importFixture as fixture } from '../helpers';
import { detectFormat, importTimeline } from '../../src/lib/import';

const TIMELINEJS_HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('detectFormat', () => {
	it.each([
		['our JSON', 'timeline-json', JSON.stringify(mini()), undefined],
		['TimelineJS3 JSON with slides', 'timelinejs-json', fixture('timelinejs3.json'), undefined],
		['TimelineJS3 JSON with only a title slide', 'timelinejs-json', '{"title":{"text":{"headline":"T"}},"events":[]}', undefined],
		['a TimelineJS sheet', 'timelinejs-csv', fixture('timelinejs-template.csv'), undefined],
		['a TimelineJS sheet saved as TSV', 'timelinejs-csv', `${TIMELINEJS_HEADER.replaceAll(',', '\t')}\n`, undefined],
		['our CSV', 'csv', fixture('events.csv'), undefined],
		['our TSV', 'csv', fixture('events.tsv'), undefined],
		['content before the extension', 'csv', fixture('events.csv'), 'events.json'],
		['a .json file that is not JSON', 'timeline-json', 'oops', 'broken.json'],
		['JSON of another shape named .json', 'timeline-json', '{"items":[]}', 'other.json'],
		['a .csv file with other columns', 'csv', 'a,b\n1,2\n', 'other.csv'],
		['a .tsv file with other columns', 'csv', 'a\tb\n', 'other.tsv'],
		['JSON of another shape', undefined, '{"items":[]}', undefined],
		['plain prose', undefined, 'Dear reader, here is a timeline.', 'notes.txt'],
		['nothing', undefined, '', undefined]
	])('%s → %s', (_, format, text, name) => {
		expect(detectFormat(text, name)).toBe(format);
	});

	it('looks past a byte order mark', () => {
		expect(detectFormat(`\uFEFF${fixture('events.csv')}`)).toBe('csv');
		expect(detectFormat(`\uFEFF${JSON.stringify(mini())}`)).toBe('timeline-json');
	});
});

describe('importTimeline on our JSON', () => {
	it('returns the validated timeline as it is', () => {
		const r = importTimeline(JSON.stringify(mini()), { name: 'mini.json' });
		expect(r.ok && r.format).toBe('timeline-json');
		expect(r.ok && r.timeline.id).toBe('mini');
		expect(r.ok && r.timeline.asOf).toBe(mini().asOf);
	});

	it('accepts a byte order mark', () => {
		expect(importTimeline(`\uFEFF${JSON.stringify(mini())}`).ok).toBe(true);
	});

	it("lists the validator's warnings as notes", () => {
		const t = mini();
		t.events[1].sources = [];
		t.events[1].unsourced = true;
		const r = importTimeline(JSON.stringify(t));
		expect(r.notes).toEqual([{ where: 'event "early"', message: 'no source given: readers see "no source given" until one is added' }]);
	});

	it('returns the problems of an invalid timeline, with paths into it', () => {
		const t = mini();
		t.events[2].start = '2019-02-30';
		const r = importTimeline(JSON.stringify(t));
		if (r.ok) throw new Error('expected problems');
		expect(r.problems.map((p) => [p.path, p.itemId])).toEqual([['events[2].start', 'week']]);
		expect(r.message).toMatch(/^the timeline is not valid: event "week" › start: /);
	});

	it('says when the text is not valid JSON', () => {
		const r = importTimeline('{"format": 1, "events": [', { name: 'broken.json' });
		expect(r).toMatchObject({ ok: false, format: 'timeline-json', message: expect.stringMatching(/^not valid JSON: ./) });
		expect(importTimeline('{ not json').ok || importTimeline('{ not json')).toMatchObject({ format: undefined, message: expect.stringMatching(/^not valid JSON: ./) });
	});
});

describe('importTimeline defaults', () => {
	it('reads a CSV that starts with a byte order mark', () => {
		const r = importTimeline(`\uFEFF${fixture('events.csv')}`, { name: 'events.csv' });
		expect(r.ok && r.timeline.events.map((e) => e.id)).toEqual(['phishing-email-first-wave', 'servers', 'regulator-fine-announced']);
	});

	it('names a timeline without a file name "imported-timeline"', () => {
		const r = importTimeline('start,title\n2021,Event\n', { today: '2021-03-15' });
		expect(r.ok && [r.timeline.id, r.timeline.title, r.timeline.summary]).toEqual(['imported-timeline', 'Imported timeline', 'Imported from a file.']);
	});

	it("dates asOf today's UTC date when not told otherwise", () => {
		const before = new Date().toISOString().slice(0, 10);
		const r = importTimeline('start,title\n2021,Event\n');
		const after = new Date().toISOString().slice(0, 10);
		expect(r.ok && [before, after]).toContain(r.ok && r.timeline.asOf);
	});
});

describe('importTimeline on what it cannot read', () => {
	it('names the formats it accepts', () => {
		const r = importTimeline('Dear reader, here is a timeline.', { name: 'letter.txt' });
		expect(r).toEqual({
			ok: false,
			format: undefined,
			message:
				'cannot tell the format of "letter.txt": the importer accepts our timeline JSON (with "format": 1), TimelineJS3 JSON (with "events" slides), a TimelineJS spreadsheet saved as CSV or TSV (columns Year, Month, Day, Headline…), or our CSV/TSV (columns start, title…)',
			problems: [],
			notes: []
		});
	});

	it('says that a file has no events', () => {
		const r = importTimeline('start,title\n\n', { name: 'empty.csv' });
		expect(!r.ok && r.message).toBe('the file: no events found');
	});

	it('reads an empty .csv as a file without the needed columns', () => {
		const r = importTimeline('', { name: 'empty.csv' });
		expect(!r.ok && r.message).toBe('the header: needs the columns "start" and "title"; it has nothing');
	});
});
