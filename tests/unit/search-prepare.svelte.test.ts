// @vitest-environment jsdom
// The search box's focus makes the search ready (TimelineModel.prepareSearch): its code loads and the index is built
// then, in parts with a task between them (search.ts's indexInParts), so that the first query does not wait for it
// (about 250 ms at 100,000 events) and a key typed meanwhile is not held; a query typed meanwhile shares it.
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
const seen = vi.hoisted(() => ({ builds: 0, loads: 0, refuse: false, hold: false, held: [] as (() => void)[] }));
vi.mock('../../src/lib/explore/search-load', async () => {
	const code = await import('../../src/lib/explore/search');
	return {
		loadSearch: async () => {
			seen.loads++;
			if (seen.refuse) throw new Error('refused');
			return {
				search: code.search,
				indexInParts: async (...args: Parameters<typeof code.indexInParts>) => {
					seen.builds++;
					// Held until the test lets it finish, when `hold` is set: builds that end in another order than they began.
					if (seen.hold) await new Promise<void>((resolve) => seen.held.push(resolve));
					return code.indexInParts(...args);
				}
			};
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

beforeEach(() => Object.assign(seen, { builds: 0, loads: 0, refuse: false, hold: false, held: [] }));

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

	it('a new language is a new index, built at its first query, before the next paint for a timeline this size', async () => {
		const view = new ViewState();
		const { model, found, stop } = mounted(view);
		await model.prepareSearch();
		view.lang = 'ar';
		view.query = 'مختبر المواطن';
		flushSync();
		// Searching until the Arabic index is here: the English one does not answer an Arabic query.
		expect([found.hits, model.searchReady]).toEqual([[], false]);
		await settle();
		expect(found.hits.map((h) => h.id)).toContain('citizen-lab-cases');
		// The code is not asked for again: a loaded chunk's import() answers a task later, and the box said "Searching…"
		// for a frame at each change of language.
		expect([seen.loads, seen.builds, model.searchReady]).toEqual([1, 2, true]);
		// Back to English: a new index again (one language's is kept), and the query is the reader's to retype.
		view.lang = 'en';
		view.query = 'Citizen Lab';
		await settle();
		expect(found.hits.map((h) => h.id)).toContain('citizen-lab-cases');
		expect(seen.builds).toBe(3);
		stop();
	});

	it('a query typed while the index is built waits for it (searching), and is answered once it is here', async () => {
		const view = new ViewState();
		const { model, found, stop } = mounted(view);
		const prepared = model.prepareSearch();
		view.query = 'Citizen Lab';
		flushSync();
		expect([found.hits, model.searchReady]).toEqual([[], false]);
		await prepared;
		flushSync();
		expect(found.hits.map((h) => h.id)).toContain('citizen-lab-cases');
		// The query shared the focus's preparation: one load, one index.
		expect([seen.loads, seen.builds]).toEqual([1, 1]);
		stop();
	});

	it('keeps the index of the language in view when an earlier language\'s build ends after it', async () => {
		seen.hold = true;
		const view = new ViewState();
		const { model, found, stop } = mounted(view);
		void model.prepareSearch();
		await settle();
		view.lang = 'ar';
		view.query = 'مختبر المواطن';
		flushSync();
		await settle();
		expect(seen.held.length).toBe(2);
		// The Arabic index first, then the English one, begun earlier.
		seen.held[1]();
		await settle();
		expect(found.hits.map((h) => h.id)).toContain('citizen-lab-cases');
		seen.held[0]();
		await settle();
		expect(found.hits.map((h) => h.id)).toContain('citizen-lab-cases');
		expect(model.searchReady).toBe(true);
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
