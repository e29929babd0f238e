import { describe, it, expect } from 'vitest';
import { importFixture as fixture, imported } from '../helpers';
import { importTimeline } from '../../src/lib/import';

const TODAY = '2021-03-15';
const json = (o: unknown) => importTimeline(JSON.stringify(o), { name: 'slides.json', today: TODAY });

describe('importTimeline on TimelineJS3 JSON', () => {
	const r = importTimeline(fixture('timelinejs3.json'), { name: 'timelinejs3.json', today: TODAY });
	const t = imported(r);

	it('takes the title and summary from the title slide', () => {
		expect(r.format).toBe('timelinejs-json');
		expect(t).toMatchObject({ id: 'timelinejs3', title: 'Example Corp breach', summary: "A fictional incident used by the importer's tests." });
	});

	it('keeps eras with a start and an end', () => {
		expect(t.eras).toEqual([{ id: 'attack-window', name: 'Attack window', start: '2021-03-01', end: '2021-03-14' }]);
	});

	it('converts slides: numeric strings, seconds, end dates, ids, HTML, http links only', () => {
		const base = { actors: ['unattributed'], status: 'reported' };
		expect(t.events).toEqual([
			{
				...base,
				id: 'first-phish',
				start: '2021-03-02',
				title: 'Phishing email',
				description: 'A fake invoice, described by Example News and this link.',
				category: 'attack',
				sources: [{ publisher: 'news.example.com', title: 'Example News', url: 'https://news.example.com/phish' }]
			},
			{
				...base,
				id: 'servers-encrypted',
				start: '2021-03-09T13:45:10Z',
				end: '2021-03-10',
				title: 'Servers encrypted',
				description: 'Ransom note\u00a0found.\nOperations stopped.',
				category: 'attack',
				sources: [],
				unsourced: true
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
	});

	it('notes the media, background, display date, unsafe link, unknown field, bad id and open era', () => {
		expect(r.notes).toEqual([
			{ where: 'the file', message: `asOf set to the import date ${TODAY}; set it to the date the information was current` },
			{ where: 'the title slide, events[1]', message: 'media dropped (2 slides): our timelines show no pictures or video' },
			{ where: 'events[0]', message: 'javascript: link not carried over: only http: and https: links become sources' },
			{ where: 'events[0]', message: "sources made from links in the text: the publisher is the link's host name and the title its text; check them" },
			{ where: 'events[1]', message: 'times taken as UTC: TimelineJS gives no time zone' },
			{ where: 'events[1]', message: 'background dropped: our timelines have no slide backgrounds' },
			{ where: 'events[1]', message: 'display date "Early on the 9th" not carried over; the event shows its date, 2021-03-09T13:45:10Z–2021-03-10' },
			{ where: 'events[2]', message: 'field "location" not carried over' },
			{ where: 'eras[1]', message: 'era "Open-ended era" not carried over: an era needs a start and an end date' },
			{ where: 'events[1]', message: 'id "Servers Encrypted!" is not a valid id (lowercase letters, digits and hyphens); the event\'s id is "servers-encrypted"' },
			{ where: 'events[0], events[1], events[2]', message: 'no actor named (3 events): given the actor "Not attributed"; our format needs at least one per event' },
			{ where: 'events[0], events[1], events[2]', message: 'no status (3 events): set to "reported"; check each' },
			{ where: 'events[2]', message: 'no category: put in "Uncategorized"' },
			{ where: 'events[2]', message: 'no text: the description repeats the title' },
			{ where: 'events "servers-encrypted", "regulator-fine-announced"', message: 'no source given: readers see "no source given" until one is added (2 events)' }
		]);
	});
});

describe('TimelineJS3 JSON that our timelines cannot hold', () => {
	it('refuses a cosmological timeline, naming the event and the year', () => {
		const r = importTimeline(fixture('cosmological.json'), { name: 'cosmological.json', today: TODAY });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.format).toBe('timelinejs-json');
		expect(r.message).toBe(
			`event "big-bang" (events[0]): year -13800000000 cannot be shown: this timeline holds years 0–9999 (TimelineJS's cosmological scale is not supported)`
		);
		expect(r.problems).toEqual([
			{
				path: 'events[0].start_date',
				message: "year -13800000000 cannot be shown: this timeline holds years 0–9999 (TimelineJS's cosmological scale is not supported)"
			}
		]);
	});

	it('refuses the cosmological scale even when every year fits', () => {
		const r = json({ scale: 'cosmological', events: [{ start_date: { year: 2021 }, text: { headline: 'Recent' } }] });
		expect(!r.ok && r.message).toBe('the file: scale "cosmological" is not supported: this timeline holds years 0–9999');
	});

	it.each([
		[{ year: 2021.5 }, 'event "x" (events[0]): year 2021.5 is not a whole number'],
		[{ year: '2021', month: 'May' }, 'event "x" (events[0]): month May is not a whole number'],
		[{ year: 2021, minute: 5 }, 'event "x" (events[0]): a minute needs an hour'],
		[{ month: 5 }, 'event "x" (events[0]): no year given']
	])('refuses the start date %j', (start_date, message) => {
		const r = json({ events: [{ unique_id: 'x', start_date, text: { headline: 'X' } }] });
		expect(!r.ok && r.message).toBe(message);
	});

	it('refuses a slide with neither headline nor text', () => {
		const r = json({ events: [{ start_date: { year: 2021 } }, { start_date: { year: 2021 }, text: {} }] });
		expect(!r.ok && r.message).toBe('2 problems; the first: events[0]: no headline and no text: an event needs a title');
		expect(!r.ok && r.problems.map((p) => [p.path, p.field])).toEqual([
			['events[0]', 'headline'],
			['events[1]', 'headline']
		]);
	});
});

describe('TimelineJS3 JSON details', () => {
	it('takes the title from the opening of the text when a slide has no headline', () => {
		const r = json({ events: [{ start_date: { year: 2021 }, text: { text: '<p>Only text here.</p><p>More.</p>' } }] });
		expect(imported(r).events[0]).toMatchObject({ title: 'Only text here.', description: 'Only text here.\n\nMore.' });
		expect(r.notes).toContainEqual({ where: 'events[0]', message: 'no headline: the title is the opening of the text' });
	});

	it('makes ids unique and keeps a valid unique_id', () => {
		const slide = (unique_id: string | undefined, headline: string) => ({ unique_id, start_date: { year: 2021 }, text: { headline } });
		const r = json({ events: [slide(undefined, 'Same'), slide('same', 'Other'), slide(undefined, 'Same')] });
		expect(imported(r).events.map((e) => e.id)).toEqual(['same-2', 'same', 'same-3']);
	});

	it('folds a headline with a line break onto one line', () => {
		const r = json({ events: [{ start_date: { year: 2021 }, text: { headline: 'Two<br>lines' } }] });
		expect(imported(r).events[0].title).toBe('Two lines');
	});

	it('drops an http link that our sources do not accept, with the reason', () => {
		const r = json({ events: [{ start_date: { year: 2021 }, text: { headline: 'H', text: '<a href="https://example.org/a b">spaced</a>' } }] });
		expect(imported(r).events[0].sources).toEqual([]);
		expect(r.notes).toContainEqual({ where: 'events[0]', message: expect.stringMatching(/^link "https:\/\/example\.org\/a b" not carried over: ./) });
	});
});
