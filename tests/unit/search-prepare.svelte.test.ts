// @vitest-environment jsdom
// The search box's focus makes the search ready (TimelineModel.prepareSearch): its code loads and the index is built
// then, in a task of its own, so that the first query does not wait for it (about 200 ms at 100,000 events).
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TimelineModel } from '../../src/lib/explore/model.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { validateTimeline } from '../../src/lib/model/validate';
import type { SearchHit } from '../../src/lib/explore/search';
import { ROOT } from '../helpers';

/** How many indexes were built, and how many times the code was asked for (a load that fails when `refuse` is set). */
const seen = vi.hoisted(() => ({ builds: 0, loads: 0, refuse: false }));
vi.mock('../../src/lib/explore/search-load', async () => {
	const code = await import('../../src/lib/explore/search');
	return {
		loadSearch: async () => {
			seen.loads++;
			if (seen.refuse) throw new Error('refused');
			return { search: code.search, buildSearchIndex: (...args: Parameters<typeof code.buildSearchIndex>) => (seen.builds++, code.buildSearchIndex(...args)) };
		}
	};
});

const r = validateTimeline(JSON.parse(readFileSync(join(ROOT, 'data/whatsapp-nso-2019.json'), 'utf8')));
if (!r.ok) throw new Error('the breach timeline is invalid');
const timeline = r.timeline;

/** A model owned by an effect, as a component's is, and the hits an effect reads from it (as the reader draws them). */
function mounted(view: ViewState) {
	let model!: TimelineModel;
	const found: { hits: SearchHit[] } = { hits: [] };
	const stop = $effect.root(() => {
		model = new TimelineModel(() => timeline, () => view);
		$effect(() => void (found.hits = model.hits.top()));
	});
	flushSync();
	return { model, found, stop };
}

const settle = async () => {
	for (let i = 0; i < 5; i++) await Promise.resolve();
	flushSync();
};

beforeEach(() => Object.assign(seen, { builds: 0, loads: 0, refuse: false }));

describe('the search made ready when its box takes the focus', () => {
	it('builds the index once, before the first query, and the queries then build none', async () => {
		const view = new ViewState();
		const { model, found, stop } = mounted(view);
		expect([seen.loads, seen.builds, model.searchReady]).toEqual([0, 0, false]);
		await model.prepareSearch();
		expect([seen.builds, model.searchReady]).toEqual([1, true]);
		view.query = 'Citizen Lab';
		flushSync();
		// Found at once: nothing left to load or build.
		expect(found.hits.map((h) => h.id)).toContain('citizen-lab-cases');
		view.query = 'NSO';
		flushSync();
		expect(found.hits.length).toBeGreaterThan(0);
		expect([seen.loads, seen.builds]).toEqual([1, 1]);
		stop();
	});

	it('a new language is a new index, built at its first query as before', async () => {
		const view = new ViewState();
		const { model, found, stop } = mounted(view);
		await model.prepareSearch();
		view.lang = 'ar';
		view.query = 'مختبر المواطن';
		flushSync();
		expect(found.hits.map((h) => h.id)).toContain('citizen-lab-cases');
		expect(seen.builds).toBe(2);
		stop();
	});

	it('without the focus, the first query loads the code and builds the index', async () => {
		const view = new ViewState();
		const { found, stop } = mounted(view);
		view.query = 'Citizen Lab';
		flushSync();
		expect(found.hits).toEqual([]);
		await settle();
		expect(found.hits.map((h) => h.id)).toContain('citizen-lab-cases');
		expect([seen.loads, seen.builds]).toEqual([1, 1]);
		stop();
	});

	it('says nothing when the code cannot be loaded at the focus; the query asks again, and says so if it fails', async () => {
		seen.refuse = true;
		const view = new ViewState();
		const { model, stop } = mounted(view);
		await model.prepareSearch();
		expect(model.searchFailed).toBe(false);
		view.query = 'NSO';
		flushSync();
		await settle();
		expect(seen.loads).toBe(2);
		expect([model.searchFailed, model.searchReady]).toEqual([true, false]);
		stop();
	});
});
