// Every timeline in data/ is valid, the JSON Schema is current, and the breach timeline keeps its promises.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateTimeline } from '../../src/lib/model/validate';
import { problemLine } from '../../src/lib/model/problems';
import { toPreciseDate } from '../../src/lib/model/dates';
import { timelineJsonSchema } from '../../scripts/schema-json';
import { ROOT } from '../helpers';
import type { Timeline } from '../../src/lib/model/schema';

const dataDir = join(ROOT, 'data');
const timelines = readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'timeline.schema.json');

describe('data/', () => {
	it.each(timelines)('%s is a valid timeline', (file) => {
		const r = validateTimeline(JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
		expect(r.ok ? [] : r.problems.map(problemLine)).toEqual([]);
	});

	it('holds a timeline.schema.json generated from the current zod schema (run `npm run schema`)', () => {
		expect(readFileSync(join(dataDir, 'timeline.schema.json'), 'utf8')).toBe(timelineJsonSchema());
	});
});

describe('the WhatsApp / NSO breach timeline', () => {
	const raw = JSON.parse(readFileSync(join(dataDir, 'whatsapp-nso-2019.json'), 'utf8'));
	const r = validateTimeline(raw);
	if (!r.ok) throw new Error(r.problems.map(problemLine).join('\n'));
	const t: Timeline = r.timeline;
	const day = (s: string) => toPreciseDate(s).start;
	const find = (pred: (e: Timeline['events'][number]) => boolean) => t.events.filter(pred);

	it('points to its JSON Schema and is in English and Arabic', () => {
		expect(raw.$schema).toBe('./timeline.schema.json');
		expect(t.languages).toEqual(['en', 'ar']);
	});

	it('has at least 30 events, each with English and Arabic title and description, a source, actors and a category', () => {
		expect(t.events.length).toBeGreaterThanOrEqual(30);
		for (const e of t.events) {
			for (const text of [e.title, e.description]) {
				expect(typeof text === 'object' && text.en && text.ar, e.id).toBeTruthy();
				if (typeof text === 'object') expect(text.ar, e.id).toMatch(/[\u0600-\u06FF]/);
			}
			expect(e.sources.length, e.id).toBeGreaterThan(0);
			expect(e.actors.length, e.id).toBeGreaterThan(0);
		}
	});

	it('carries six to ten annotations', () => {
		const n = t.events.filter((e) => e.annotation).length;
		expect(n).toBeGreaterThanOrEqual(6);
		expect(n).toBeLessThanOrEqual(10);
	});

	it('marks the attack window, the disclosure week, the Israeli case and the US litigation as eras', () => {
		expect(t.eras.length).toBeGreaterThanOrEqual(4);
		const window = t.eras.find((e) => e.start === '2019-04-29');
		expect(window?.end).toBe('2019-05-10');
	});

	it('keeps the chronology\'s dates and precision for the key events', () => {
		const attack = find((e) => e.start === '2019-04-29' && e.end === '2019-05-10');
		expect(attack).toHaveLength(1);
		expect(find((e) => e.start === '2019-05-10').length).toBeGreaterThanOrEqual(1); // server-side fix (Friday)
		expect(find((e) => e.start === '2019-05-12').length).toBeGreaterThanOrEqual(1); // attempt on the UK lawyer
		expect(find((e) => e.start === '2019-05-14T19:52:40Z')).toHaveLength(1); // CVE List record
		expect(find((e) => e.start === '2019-10-29').length).toBeGreaterThanOrEqual(1); // lawsuit
		expect(find((e) => e.start === '2024-12-20')).toHaveLength(1); // summary judgment
		expect(find((e) => e.start === '2025-05-06')).toHaveLength(1); // jury verdict
		expect(find((e) => e.start === '2025-10-17')).toHaveLength(1); // injunction
		// Discovery is known only as "early May": no day is invented.
		expect(find((e) => e.start === '2019-05' && e.part === 'early').length).toBeGreaterThanOrEqual(1);
	});

	it('shows the uncertainty where sources disagree or give only a window, instead of choosing silently', () => {
		const windows = t.events.filter((e) => e.uncertainty);
		const covers = (a: string, b: string) =>
			windows.some((e) => day(e.uncertainty!.earliest) <= day(a) && toPreciseDate(e.uncertainty!.latest).end >= toPreciseDate(b).end);
		expect(covers('2019-05-06', '2019-05-10')).toBe(true); // DOJ notified "last week"
		expect(covers('2020-07-12', '2020-07-13')).toBe(true); // Tel Aviv ruling: 12 or 13 July 2020
		expect(covers('2025-11-19', '2025-11-20')).toBe(true); // NSO notice of appeal: 19 or 20 November 2025
		expect(covers('2019-05-13', '2019-05-14')).toBe(true); // app update / advisory: Monday or Tuesday
		for (const e of windows) expect(e.uncertainty?.note, e.id).toBeDefined();
	});

	it('links only to http(s) sources and never to the same URL twice within an event', () => {
		for (const e of t.events) {
			const urls = e.sources.map((s) => s.url);
			expect(new Set(urls).size, e.id).toBe(urls.length);
			for (const u of urls) expect(u).toMatch(/^https?:\/\//);
		}
	});

	it('ships a story of 8–12 steps for a talk, in English and Arabic, from the attack to the verdict', () => {
		const story = t.story ?? [];
		expect(story.length).toBeGreaterThanOrEqual(8);
		expect(story.length).toBeLessThanOrEqual(12);
		const extent = [Math.min(...t.events.map((e) => day(e.start))), Math.max(...t.events.map((e) => toPreciseDate(e.end ?? e.start).end))];
		for (const step of story) {
			for (const text of [step.title, step.annotation, step.notes]) expect(Object.keys(text as object).sort(), step.id).toEqual(['ar', 'en']);
			const [from, to] = [day(step.range.start), toPreciseDate(step.range.end).end];
			expect(from, step.id).toBeGreaterThanOrEqual(extent[0]);
			expect(to, step.id).toBeLessThanOrEqual(extent[1] + 86_400_000);
			expect(to - from, step.id).toBeGreaterThanOrEqual(3 * 86_400_000);
			expect(step.events.length, step.id).toBeGreaterThan(0);
			// Each step frames the events it highlights.
			for (const id of step.events) {
				const e = t.events.find((x) => x.id === id)!;
				expect(day(e.start), `${step.id}: ${id}`).toBeGreaterThanOrEqual(from);
				expect(day(e.start), `${step.id}: ${id}`).toBeLessThan(to);
			}
		}
		// The talk's arc, in this order (other steps may sit between).
		const arc = ['attack-window', 'discovery', 'fix', 'ft-report', 'doj-and-dpc', 'amnesty-petition', 'lawsuit', 'jury-verdict'];
		expect(story.map((s) => s.id).filter((id) => arc.includes(id))).toEqual(arc);
	});
});
