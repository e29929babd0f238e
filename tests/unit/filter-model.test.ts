// What the reader and the embed derive from the filters (TimelineModel: the count, the events drawn, the faded ones),
// and what the filter panel's counts read: each event once per timeline, not once per change of the filters.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TimelineModel } from '../../src/lib/explore/model.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { NO_FILTERS, matcher, type Filters } from '../../src/lib/explore/filters';
import { facetCounts } from '../../src/lib/explore/facets';
import { toItems } from '../../src/lib/model/items';
import { validateTimeline } from '../../src/lib/model/validate';
import type { Status } from '../../src/lib/model/schema';
import { ROOT } from '../helpers';

const r = validateTimeline(JSON.parse(readFileSync(join(ROOT, 'data/whatsapp-nso-2019.json'), 'utf8')));
if (!r.ok) throw new Error('the breach timeline is invalid');
const timeline = r.timeline;
const STATUSES: Status[] = ['confirmed', 'reported', 'alleged', 'disputed', 'denied'];
const subset = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 3 });
const anyFilters = fc.record({
	actors: subset(timeline.actors.map((a) => a.id)),
	categories: subset(timeline.categories.map((c) => c.id)),
	statuses: subset(STATUSES)
});

describe('TimelineModel and the filters', () => {
	it('counts the events that pass, and draws them faded among all or alone, in time order (property)', () => {
		fc.assert(
			fc.property(anyFilters, fc.constantFrom('fade' as const, 'hide' as const), (filters, filterMode) => {
				const view = new ViewState({ filters, filterMode });
				const model = new TimelineModel(() => timeline, () => view);
				const passing = model.items.filter(matcher(filters)).map((i) => i.id);
				expect(model.visibleCount).toBe(passing.length);
				const all = model.items.map((i) => i.id);
				expect(model.shown.map((i) => i.id)).toEqual(filterMode === 'fade' ? all : passing);
				const faded = filterMode === 'fade' ? all.filter((id) => !passing.includes(id)) : [];
				expect(model.items.filter((i) => model.faded.has(i)).map((i) => i.id)).toEqual(model.items.map((i) => i.id).filter((id) => faded.includes(id)));
				expect(model.faded.size).toBe(faded.length);
			}),
			{ numRuns: 60, seed: 20190513 }
		);
	});

	it('follows a change of the filters and of the mode', () => {
		const view = new ViewState();
		const model = new TimelineModel(() => timeline, () => view);
		const all = model.items.length;
		expect([model.visibleCount, model.shown.length, model.faded.size]).toEqual([all, all, 0]);
		const law = model.items.filter((i) => i.event.category === 'litigation-us').length;
		view.filters = { ...NO_FILTERS, categories: ['litigation-us'] };
		expect([model.visibleCount, model.shown.length, model.faded.size]).toEqual([law, all, all - law]);
		view.filterMode = 'hide';
		expect([model.visibleCount, model.shown.length, model.faded.size]).toEqual([law, law, 0]);
		view.filters = NO_FILTERS;
		expect([model.visibleCount, model.shown.length, model.faded.size]).toEqual([all, all, 0]);
	});
});

describe("the filter panel's counts", () => {
	/** The breach's items, with each event's facet values behind a getter that counts its reads. */
	function counted() {
		const reads = { n: 0 };
		const items = toItems(timeline).map((item) => {
			const { actors, category, status, ...rest } = item.event;
			const event = { ...rest } as typeof item.event;
			for (const [key, value] of Object.entries({ actors, category, status }))
				Object.defineProperty(event, key, { enumerable: true, get: () => (reads.n++, value) });
			return { ...item, event };
		});
		return { items, reads };
	}

	it('read each event once per timeline; a change of the filters counts without reading the events again', () => {
		const { items, reads } = counted();
		const first = facetCounts(items, NO_FILTERS);
		expect(reads.n).toBe(3 * items.length);
		const f: Filters = { actors: ['nso-group'], categories: ['litigation-us'], statuses: ['confirmed'] };
		const second = facetCounts(items, f);
		expect(reads.n).toBe(3 * items.length);
		// The same counts as counting the events one by one.
		const plain = toItems(timeline);
		expect(second).toEqual(facetCounts(plain, f));
		expect(first.categories.get('litigation-us')).toBe(plain.filter((i) => i.event.category === 'litigation-us').length);
		for (const [actor, n] of second.actors) expect(plain.filter(matcher({ ...f, actors: [actor] })).length).toBe(n);
	});
});
