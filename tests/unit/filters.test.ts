import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_FILTERS, matcher, excluded, isFiltering, isStatus, type Filters } from '../../src/lib/explore/filters';
import { facetCounts, toggle } from '../../src/lib/explore/facets';
import { toItem, toItems, type Item } from '../../src/lib/model/items';
import { validateTimeline } from '../../src/lib/model/validate';
import type { Status, TimelineEvent } from '../../src/lib/model/schema';
import { ROOT } from '../helpers';

const ev = (id: string, actors: string[], category: string, status: Status): Item =>
	toItem({ id, start: '2019-05-13', actors, category, status, title: id, description: id, sources: [] } as TimelineEvent);

const items = [
	ev('a', ['wa', 'nso'], 'attack', 'confirmed'),
	ev('b', ['nso'], 'attack', 'reported'),
	ev('c', ['court', 'wa'], 'law', 'confirmed'),
	ev('d', ['court'], 'law', 'alleged'),
	ev('e', ['wa'], 'response', 'confirmed')
	// In time order, as toItems numbers them (the filters mark excluded events by that number).
].map((item, order) => ({ ...item, order }));

const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

describe('matcher and excluded', () => {
	it.each<[string, Partial<Filters>, string[]]>([
		['no filter shows everything', {}, ['a', 'b', 'c', 'd', 'e']],
		['an actor selects the events it takes part in, as any of their actors', { actors: ['nso'] }, ['a', 'b']],
		['two actors select events of either (OR within a facet)', { actors: ['nso', 'court'] }, ['a', 'b', 'c', 'd']],
		['a category selects its events', { categories: ['law'] }, ['c', 'd']],
		['a status selects its events', { statuses: ['confirmed'] }, ['a', 'c', 'e']],
		['an actor and a category select events with both (AND across facets)', { actors: ['wa'], categories: ['law'] }, ['c']],
		[
			'all three facets combine',
			{ actors: ['wa'], categories: ['attack', 'response'], statuses: ['confirmed'] },
			['a', 'e']
		],
		['an unknown actor selects nothing', { actors: ['nobody'] }, []],
		['a status no event has selects nothing', { statuses: ['denied'] }, []]
	])('%s', (_, f, expected) => {
		expect(items.filter(matcher(filters(f))).map((item) => item.id)).toEqual(expected);
		const out = excluded(items, filters(f));
		expect(items.filter((i) => out.has(i)).map((i) => i.id)).toEqual(items.map((i) => i.id).filter((id) => !expected.includes(id)));
		expect(out.size).toBe(items.length - expected.length);
	});
});

describe('facetCounts', () => {
	const asObject = (f: Partial<Filters>) => {
		const c = facetCounts(items, filters(f));
		return { actors: Object.fromEntries(c.actors), categories: Object.fromEntries(c.categories), statuses: Object.fromEntries(c.statuses) };
	};

	it.each<[string, Partial<Filters>, ReturnType<typeof asObject>]>([
		[
			'counts every value over all events when nothing is selected',
			{},
			{
				actors: { wa: 3, nso: 2, court: 2 },
				categories: { attack: 2, law: 2, response: 1 },
				statuses: { confirmed: 3, reported: 1, alleged: 1 }
			}
		],
		[
			"counts the other facets within a category, and a facet's own values as if each were its only selection",
			{ categories: ['law'] },
			{
				actors: { wa: 1, nso: 0, court: 2 },
				categories: { attack: 2, law: 2, response: 1 },
				statuses: { confirmed: 1, reported: 0, alleged: 1 }
			}
		],
		[
			'applies every other facet to each facet',
			{ actors: ['wa'], statuses: ['confirmed'] },
			{
				actors: { wa: 3, nso: 1, court: 1 },
				categories: { attack: 1, law: 1, response: 1 },
				statuses: { confirmed: 3, reported: 0, alleged: 0 }
			}
		],
		[
			'keeps a selected value that no event has, with a count of 0',
			{ actors: ['nobody'] },
			{
				actors: { wa: 3, nso: 2, court: 2, nobody: 0 },
				categories: { attack: 0, law: 0, response: 0 },
				statuses: { confirmed: 0, reported: 0, alleged: 0 }
			}
		]
	])('%s', (_, f, expected) => {
		expect(asObject(f)).toEqual(expected);
	});

	it('counts an actor named twice in one event once', () => {
		const twice = [ev('x', ['wa', 'nso', 'wa'], 'law', 'confirmed'), ...items];
		expect(facetCounts(twice, NO_FILTERS).actors.get('wa')).toBe(4);
		expect(facetCounts(twice, filters({ categories: ['law'] })).actors.get('wa')).toBe(2);
	});

	it('lists values in the order the events first have them', () => {
		const c = facetCounts(items, NO_FILTERS);
		expect([...c.actors.keys()]).toEqual(['wa', 'nso', 'court']);
		expect([...c.statuses.keys()]).toEqual(['confirmed', 'reported', 'alleged']);
	});
});

describe('isFiltering', () => {
	it.each<[Partial<Filters>, boolean]>([
		[{}, false],
		[{ actors: ['wa'] }, true],
		[{ categories: ['law'] }, true],
		[{ statuses: ['denied'] }, true]
	])('is true only when some facet has a selection: %j → %s', (f, expected) => {
		expect(isFiltering(filters(f))).toBe(expected);
	});
});

describe('toggle', () => {
	const frozen = (f: Filters): Filters =>
		Object.freeze({
			actors: Object.freeze([...f.actors]),
			categories: Object.freeze([...f.categories]),
			statuses: Object.freeze([...f.statuses])
		}) as unknown as Filters;

	it.each<[string, Partial<Filters>, keyof Filters, string, Partial<Filters>]>([
		['adds an actor', {}, 'actors', 'wa', { actors: ['wa'] }],
		['appends a second actor after the first', { actors: ['wa'] }, 'actors', 'nso', { actors: ['wa', 'nso'] }],
		['removes a selected actor', { actors: ['wa', 'nso'] }, 'actors', 'wa', { actors: ['nso'] }],
		['adds a category, leaving the actors alone', { actors: ['wa'] }, 'categories', 'law', { actors: ['wa'], categories: ['law'] }],
		['removes a selected category', { categories: ['law'] }, 'categories', 'law', {}],
		['adds a status', {}, 'statuses', 'denied', { statuses: ['denied'] }],
		['removes a selected status', { statuses: ['denied', 'alleged'] }, 'statuses', 'denied', { statuses: ['alleged'] }],
		['ignores a value that is not a status', { statuses: ['alleged'] }, 'statuses', 'rumoured', { statuses: ['alleged'] }]
	])('%s', (_, before, facet, value, after) => {
		const input = frozen(filters(before));
		const result = toggle(input, facet, value);
		expect(result).toEqual(filters(after));
		expect(result).not.toBe(input);
		expect(input).toEqual(filters(before));
	});

	it('leaves NO_FILTERS empty', () => {
		toggle(NO_FILTERS, 'actors', 'wa');
		expect(NO_FILTERS).toEqual({ actors: [], categories: [], statuses: [] });
	});
});

describe('isStatus', () => {
	it.each([
		['confirmed', true],
		['denied', true],
		['Confirmed', false],
		['rumoured', false],
		['', false]
	])('%j → %s', (value, expected) => {
		expect(isStatus(value)).toBe(expected);
	});
});

describe('filters on the WhatsApp / NSO breach timeline', () => {
	const r = validateTimeline(JSON.parse(readFileSync(join(ROOT, 'data/whatsapp-nso-2019.json'), 'utf8')));
	if (!r.ok) throw new Error('the breach timeline is invalid');
	const t = r.timeline;
	const all = toItems(t);
	const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

	it('counts each event once per category and once per status when nothing is selected', () => {
		const c = facetCounts(all, NO_FILTERS);
		expect(sum(c.categories)).toBe(t.events.length);
		expect(sum(c.statuses)).toBe(t.events.length);
		expect(c.actors.get('citizen-lab')).toBe(t.events.filter((e) => e.actors.includes('citizen-lab')).length);
	});

	it('counts the statuses and actors of the US litigation', () => {
		const c = facetCounts(all, filters({ categories: ['litigation-us'] }));
		expect(c.statuses.get('confirmed')).toBe(7);
		expect(c.statuses.get('reported')).toBe(3);
		expect(sum(c.statuses)).toBe(10);
		expect(c.actors.get('nd-cal')).toBe(10);
		expect(c.actors.get('citizen-lab')).toBe(0);
	});

	it('counts, for every value, the events visible were it the only selection of its facet (property)', () => {
		const subset = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 3 });
		const arbitrary = fc.record({
			actors: subset(t.actors.map((a) => a.id)),
			categories: subset(t.categories.map((c) => c.id)),
			statuses: subset<Status>(['confirmed', 'reported', 'alleged', 'disputed', 'denied'])
		});
		fc.assert(
			fc.property(arbitrary, (f) => {
				const c = facetCounts(all, f);
				const visible = (g: Filters) => all.filter(matcher(g)).length;
				for (const [value, n] of c.actors) expect(visible({ ...f, actors: [value] })).toBe(n);
				for (const [value, n] of c.categories) expect(visible({ ...f, categories: [value] })).toBe(n);
				for (const [value, n] of c.statuses) expect(visible({ ...f, statuses: [value] })).toBe(n);
			}),
			{ numRuns: 100, seed: 20190513 }
		);
	});
});
