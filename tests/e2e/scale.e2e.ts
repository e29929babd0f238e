// Guards for performance, checked by size and count (never by time): the first-load bytes, and the chart's element
// count at 100,000 events, in view and while zooming.
import { describe, it, expect, beforeEach } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { useBuiltApp, usePage, domain } from './harness';
import { syntheticTimeline } from '../../bench/synthetic';
import { eventsText, STORE_ABOVE } from '../../src/lib/model/store';
import { en, readerPage } from '../../src/lib/i18n/en';
import { enMore } from '../../src/lib/i18n/en-more';
import { enReader } from '../../src/lib/i18n/en-reader';
import { ar } from '../../src/lib/i18n/ar';

const app = useBuiltApp();
const session = usePage(app);
let page: Page;
beforeEach(() => {
	page = session.page;
});

const KB = 1024;
/**
 * Issue 7's target for the reader's and the embed's first load (JS + CSS, gzip) is 60 KB (60,000 bytes); both meet it.
 * What the first load may weigh today: a ratchet at the measured size plus a little, lowered as code moves out of the
 * first load. Measured last (gzip -9, stop 49): reader 58.3 KiB (59,740 bytes), embed 54.6 KiB (55,904 bytes; it leaves
 * out the English words of the reader's own views and page): the modulepreload polyfill left the reader's build (-254
 * bytes) and the widths are read together (chart/width.ts, about +200). Last raised (stop 48) by 0.1 KiB (reader;
 * +89 bytes) and 0.2 KiB (embed; +129): the quiet spans that decide whether the axis folds are found by buckets a gap long instead of sorting
 * every edge (time/fold.ts: 3.5 ms less of the first render at 10,000 events), and the Hijri formatter is made on
 * first use (time/calendar.ts). The raise before (c1fc3d4) was by 0.2 KiB (reader; +194 bytes) and 0.1 KiB (embed; +160): a
 * timeline of more than EXACT_LIMIT events (since stop 46, of more than 3.5 MB of text) is shown as views of its events,
 * which are put into columns when the browser is next idle (model/store.ts, in the chunk and side script of the dense
 * layout), for issue 7's heap target (100,000 events: 41.6 MB as objects, 7.4 MB stored); what stays in the first
 * load asks for them, hands the timeline over (chart/dense-load.ts), finds a stored timeline's items and its index by
 * id (model/items.ts: toItems, byIdOf), and looks items up by that index instead of a Map of every id. The 60,000-byte
 * target holds with 260 bytes to spare (stop 48: 222; before it: 311).
 * Earlier raises, each with its reason, are in this file's history. (The reader's is the
 * app's chunk, its stylesheet, and the
 * early script and its address chunk, which ask for the timeline while the app's code loads; the embed's build leaves the
 * reader's views out, and its validator and host-command schema are in a side script loaded only when needed, its Arabic words in another; the
 * reader loads the host protocol only when embedded and the English words of its on-demand views with them; d3-zoom
 * gets a stand-in for d3-selection; d3-time's intervals the app does not use are dropped (pureD3Time); a break's length is counted with d3-time, not date-fns; the embed's build wraps no module in a lazy init; no control uses Svelte's select or input bindings; the panels of the toolbar's
 * menus and of the filters load when first opened, with the filters' counts and the list of the chart's keys; the words of a date's problems come with the validator; the layout of dense windows comes with a timeline of more than
 * EXACT_LIMIT events: a chunk for the reader, a side script for the embed; d3-zoom's gestures come in the same two ways, asked for once the
 * first picture is drawn, which is why only what the page asks for before its first render counts; so does the search, when its box takes the focus or at the first query).
 */
const BUDGET = { reader: 58.4 * KB, embed: 54.7 * KB };
/** Issue 7: at 100,000 events in full view the chart stays under this many elements. */
const MAX_CHART_ELEMENTS = 3_000;
/** Issue 7: the JS heap at 100,000 events, after a forced garbage collection, stays within 10 MB. */
const MAX_HEAP_BYTES = 10_000_000;

/** Whether a script's text holds `words` as written in a string literal (JSON's escapes are a string literal's). */
const holds = (text: string, words: string) => text.includes(JSON.stringify(words).slice(1, -1));

/**
 * Opens `path` and adds up the gzip size of every script and stylesheet it asks for before its first render (the
 * `timeline:rendered` mark). What it asks for after (d3-zoom's gestures) is not counted, however soon it arrives.
 */
async function firstLoad(path: string): Promise<{ bytes: number; files: string[]; text: string }> {
	const responses: Response[] = [];
	page.on('response', (r) => {
		if (['script', 'stylesheet'].includes(r.request().resourceType())) responses.push(r);
	});
	await page.goto(app.url + path);
	await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0);
	const before = await page.evaluate(() => {
		const mark = performance.getEntriesByName('timeline:rendered')[0].startTime;
		return performance
			.getEntriesByType('resource')
			.filter((e) => e.startTime < mark)
			.map((e) => e.name);
	});
	let bytes = 0;
	let text = '';
	for (const r of responses.filter((r) => before.includes(r.url()))) {
		const body = await r.body();
		bytes += gzipSync(body, { level: 9 }).length;
		text += body.toString('utf8');
	}
	return { bytes, files: responses.filter((r) => before.includes(r.url())).map((r) => new URL(r.url()).pathname.split('/').pop()!), text };
}

describe('first load', () => {
	it('of the reader stays within its budget, and loads no validator for a timeline the build validated', async () => {
		const { bytes, files, text } = await firstLoad('');
		expect(files.some((f) => f.endsWith('.css'))).toBe(true);
		// The words of the views that load when first shown come with them (en-more.ts, en-reader.ts), not with the page.
		expect(text).toContain(en.chartHelp);
		expect([enReader.embedHelp, enReader.openHelp, enMore.errorTitle, enReader.speakerTitle].filter((words) => holds(text, words))).toEqual([]);
		expect(files.filter((f) => /validate|schemas|Presenter|Speaker|EventTable|Embed-|OpenDialog|import-|exporter|host-|DisplayOptions|HowTo|ExportMenu|FilterFacets|dense|zoom-gestures|search/.test(f))).toEqual([]);
		expect(bytes).toBeLessThanOrEqual(BUDGET.reader);
		// d3-time's local-time intervals (days, weeks and months by the reader's clock), which the app never uses, are
		// left out (pureD3Time in scripts/vite-plugins.ts): about 1 KB gzip.
		expect(text).not.toContain('getTimezoneOffset');
	});

	it('of the embed stays within its budget', async () => {
		const { bytes, files, text } = await firstLoad('embed.html');
		expect(files).toHaveLength(2);
		// The Arabic words are a side script of their own, loaded only for an embed in Arabic.
		expect(holds(text, enMore.openFullView)).toBe(true);
		expect(text).not.toContain(ar.openFullView);
		// No view of the embed asks for a word of the reader's own views (en-reader.ts) or of its page (en.ts's
		// `readerPage`), so its script leaves them out: none of their texts of 20 characters or more is there; none of
		// their keys is the argument of a call after another (`t(lang, 'open')`); and none of those with a capital or an
		// underscore is a string at all (a table of keys: `{ label: 'exportSvg' }`). A plain `open` or `copy` can be a
		// string for another reason.
		const own = { ...enReader, ...readerPage };
		const texts = Object.values(own).flatMap((w) => (typeof w === 'string' ? [w] : Object.values(w))).filter((w) => w.length >= 20);
		const q = '[\'"`]';
		const asked = (k: string) => new RegExp(`,\\s*${q}${k}${q}\\s*[,)]`).test(text);
		expect(texts.length).toBeGreaterThan(50);
		expect(texts.filter((words) => holds(text, words))).toEqual([]);
		// The pattern finds the embed's own calls (its "Open full view" link).
		expect(asked('openFullView')).toBe(true);
		expect(Object.keys(own).filter(asked)).toEqual([]);
		expect(Object.keys(own).filter((k) => /[A-Z_]/.test(k) && new RegExp(`${q}${k}${q}`).test(text))).toEqual([]);
		expect(bytes).toBeLessThanOrEqual(BUDGET.embed);
	});
});

/** The events the chart shows: its clusters' counts and its single marks. */
const countedEvents = () =>
	page.evaluate(() => {
		const chart = document.querySelector('[data-testid="chart"]')!;
		const clusters = [...chart.querySelectorAll('[data-cluster], [data-count]')].reduce((n, e) => n + Number(e.getAttribute('data-count')), 0);
		return clusters + chart.querySelectorAll('[data-event-id]').length;
	});

describe('1,000 events: the layout of dense windows comes with them, not with the first load', () => {
	const body = JSON.stringify(syntheticTimeline(1_000));
	beforeEach(() => page.route('**/data/bench-1000.json', (route) => route.fulfill({ contentType: 'application/json', body })));

	it('is loaded by the reader as a chunk and by the embed as a side script, and every event is counted', { timeout: 60_000 }, async () => {
		for (const [path, file] of [['', /^dense-[\w-]+\.js$/], ['embed.html', /^embed-dense-[\w-]+\.js$/]] as const) {
			const scripts: string[] = [];
			const collect = (r: Response) => r.request().resourceType() === 'script' && scripts.push(new URL(r.url()).pathname.split('/').pop()!);
			page.on('response', collect);
			await page.goto(`${app.url}${path}?timeline=bench-1000`);
			await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0, null, { timeout: 30_000 });
			page.off('response', collect);
			expect(scripts.filter((f) => file.test(f)), path).toHaveLength(1);
			expect(await page.locator('[data-testid="chart"] [data-count]').count(), path).toBeGreaterThan(0);
			expect(await countedEvents(), path).toBe(1_000);
		}
	});

	it('is asked for while the timeline is validated, not after', async () => {
		// The validator's code is held until the dense layout's chunk is asked for: asked for only after validation,
		// it never would be, and the page would not render.
		let asked: () => void = () => {};
		const dense = new Promise<void>((resolve) => (asked = resolve));
		await page.route('**/assets/dense-*.js', (route) => (asked(), route.fallback()));
		await page.route('**/assets/validate-*.js', async (route) => (await dense, route.fallback()));
		await page.goto(`${app.url}?timeline=bench-1000`);
		await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0, null, { timeout: 30_000 });
		expect(await countedEvents()).toBe(1_000);
	});

	it('when it cannot be loaded, the reader and the embed say so instead of drawing', async () => {
		let refused = 0;
		await page.route(/\/assets\/(embed-)?dense-[\w-]+\.js$/, (route) => (refused++, route.fulfill({ status: 404, body: '' })));
		for (const path of ['', 'embed.html']) {
			refused = 0;
			await page.goto(`${app.url}${path}?timeline=bench-1000`);
			const error = page.getByTestId('error');
			await error.waitFor();
			expect(await error.getAttribute('data-kind'), path).toBe('network');
			expect(await error.innerText(), path).toContain("The chart's code could not be loaded");
			expect(await page.locator('[data-testid="chart"]').count(), path).toBe(0);
			// The browser logs each refused request as a console error, and nothing else. (Two requests when the one made
			// as the text was parsed failed before the timeline was shown: showing it asks again.)
			expect(refused, path).toBeGreaterThan(0);
			await expect.poll(() => session.seen.errors.length).toBe(refused);
			expect(session.seen.errors.splice(0).filter((e) => !e.includes('404')), path).toEqual([]);
		}
	});
});

describe('100,000 events', () => {
	const body = JSON.stringify(syntheticTimeline(100_000));
	const chartElements = () => page.locator('[data-testid="chart"] *').count();

	it('in full view, the chart draws under 3,000 elements, the overview a few strokes, and zooming keeps it so', { timeout: 180_000 }, async () => {
		await page.route('**/data/bench-100000.json', (route) => route.fulfill({ contentType: 'application/json', body }));
		await page.goto(app.url + '?timeline=bench-100000');
		await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0, null, { timeout: 150_000 });
		expect(await page.locator('[data-testid="shown-count"]').textContent()).toContain('100,000');
		expect(await chartElements()).toBeLessThan(MAX_CHART_ELEMENTS);
		// Every event is counted: the clusters' counts and the single marks add up to 100,000.
		expect(await countedEvents()).toBe(100_000);
		expect(await page.locator('[data-testid="overview"] .tick-mark').count()).toBeLessThan(200);

		const [a0, b0] = await domain(page);
		const box = (await page.locator('[data-testid="chart"] svg').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 120);
		// Counted, not timed: each mark, cluster, tick and label moves by its group's one transform, so a zoom step
		// rewrites no circle's centre, no tick line's x and no text's x (the per-shape writes it used to make).
		await page.evaluate(() => {
			const seen: Record<string, number> = {};
			(window as unknown as { __writes: Record<string, number> }).__writes = seen;
			new MutationObserver((records) => {
				for (const r of records) {
					const key = `${(r.target as Element).localName}@${r.attributeName}`;
					seen[key] = (seen[key] ?? 0) + 1;
				}
			}).observe(document.querySelector('[data-testid="chart"] svg')!, { subtree: true, attributes: true });
		});
		for (let i = 0; i < 12; i++) {
			await page.mouse.wheel(0, -200);
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
			expect(await chartElements()).toBeLessThan(MAX_CHART_ELEMENTS);
		}
		await expect.poll(async () => {
			const [a, b] = await domain(page);
			return (b - a) / (b0 - a0);
		}).toBeLessThan(0.5);
		expect(await chartElements()).toBeLessThan(MAX_CHART_ELEMENTS);
		const writes = await page.evaluate(() => (window as unknown as { __writes: Record<string, number> }).__writes);
		expect(writes['g@transform'], JSON.stringify(writes)).toBeGreaterThan(12);
		for (const shape of ['circle@cx', 'circle@cy', 'line@x1', 'line@x2', 'text@x']) expect(writes[shape] ?? 0, `${shape} in ${JSON.stringify(writes)}`).toBe(0);

		// On a phone the list is drawn a page at a time: 200 events, not 100,000, and 200 more near its end.
		await page.setViewportSize({ width: 375, height: 800 });
		const list = page.getByTestId('vertical');
		await list.waitFor();
		const listed = () => list.locator('[data-event-id]').count();
		expect(await listed()).toBe(200);
		expect(await list.locator('*').count()).toBeLessThan(MAX_CHART_ELEMENTS);
		await page.getByTestId('vertical-more').scrollIntoViewIfNeeded();
		await expect.poll(listed).toBe(400);
	});
});

describe('100,000 events at rest', () => {
	const body = JSON.stringify(syntheticTimeline(100_000));

	it('keep the JS heap within 10 MB, their events as columns that what is shown reads', { timeout: 180_000 }, async () => {
		await page.route('**/data/bench-100000.json', (route) => route.fulfill({ contentType: 'application/json', body }));
		await page.goto(app.url + '?timeline=bench-100000&event=e41');
		// Once the browser has been idle after the first picture, the events are kept as columns (model/store.ts) and
		// the objects parsed from the file are gone. As objects they held 41.6 MB.
		await page.waitForFunction(() => performance.getEntriesByName('timeline:stored').length > 0, null, { timeout: 150_000 });
		expect(await page.evaluate(() => performance.getEntriesByName('timeline:rendered').length)).toBe(1);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		await cdp.detach();
		expect(usedSize).toBeLessThanOrEqual(MAX_HEAP_BYTES);
		// The event the address opened, read from the columns: its title, its description, its source and its link.
		const details = page.getByTestId('details');
		expect(await details.locator('h2').textContent()).toBe('Event 42');
		expect(await details.textContent()).toContain('Synthetic event 42.');
		expect(await details.locator('a[href="https://example.org/events/42"]').textContent()).toContain('Source 42');
		// And the search, whose index is made from them.
		await page.getByTestId('search').fill('event 4242');
		await expect.poll(() => page.getByTestId('search-results').locator('[data-result-for]').count(), { timeout: 60_000 }).toBeGreaterThan(0);
		expect(await page.getByTestId('search-results').locator('[data-result-for="e4241"]').count()).toBe(1);
	});

	// The embed stores them in its side script, which has its own copy of the model's modules: the items and their
	// index reach the embed's copy through keys of the global registry (model/items.ts), not a module's WeakMap.
	it('in the embed too', { timeout: 180_000 }, async () => {
		await page.route('**/data/bench-100000.json', (route) => route.fulfill({ contentType: 'application/json', body }));
		await page.goto(app.url + 'embed.html?timeline=bench-100000&event=e41');
		await page.waitForFunction(() => performance.getEntriesByName('timeline:stored').length > 0, null, { timeout: 150_000 });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		await cdp.detach();
		expect(usedSize).toBeLessThanOrEqual(MAX_HEAP_BYTES);
		expect(await page.getByTestId('details').locator('h2').textContent()).toBe('Event 42');
	});
});

// Events of less than STORE_ABOVE of text stay objects (model/store.ts): the threshold is the heap budget's, so the
// largest such timeline of the benchmark's events (13,000: 3.42 MB of text) must fit in it as objects.
describe('13,000 events, just under the size that is stored', () => {
	const timeline = syntheticTimeline(13_000);
	const body = JSON.stringify(timeline);

	it('stay objects, and the JS heap stays within 10 MB', { timeout: 120_000 }, async () => {
		expect(eventsText(timeline.events)).toBeGreaterThan(0.95 * STORE_ABOVE);
		expect(eventsText(timeline.events)).toBeLessThanOrEqual(STORE_ABOVE);
		await page.route('**/data/bench-13000.json', (route) => route.fulfill({ contentType: 'application/json', body }));
		await page.goto(app.url + '?timeline=bench-13000&event=e41');
		await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0, null, { timeout: 60_000 });
		// Idle for a while: anything that would be stored would have begun by then.
		await page.evaluate(() => new Promise((r) => setTimeout(() => requestIdleCallback(r), 500)));
		expect(await page.evaluate(() => performance.getEntriesByName('timeline:stored').length)).toBe(0);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		await cdp.detach();
		expect(usedSize).toBeLessThanOrEqual(MAX_HEAP_BYTES);
		expect(await page.getByTestId('details').locator('h2').textContent()).toBe('Event 42');
	});
});

describe('10,000 events, zoomed by the wheel', () => {
	const body = JSON.stringify(syntheticTimeline(10_000));
	/** The reader on the 10,000 events (and the view `query` adds), drawn: its chart and where it is. */
	async function open(query: string) {
		await page.route('**/data/bench-10000.json', (route) => route.fulfill({ contentType: 'application/json', body }));
		await page.goto(`${app.url}?timeline=bench-10000${query}`);
		await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0, null, { timeout: 60_000 });
		const svg = page.locator('[data-testid="chart"] svg');
		return { svg, box: (await svg.boundingBox())! };
	}

	it('draws at most 40 marks or clusters anew in any frame while it zooms, and marks the chart as moving until it rests', { timeout: 120_000 }, async () => {
		const { svg, box } = await open('');
		// A press that does not move (a click) is not a move: what is drawn must not change under the pointer. Read while
		// the button is down (d3-zoom starts its gesture on the press; after the release any flag would be down again).
		await page.mouse.move(box.x + box.width / 2, box.y + 30);
		await page.mouse.down();
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
		expect(await svg.getAttribute('data-moving')).toBeNull();
		await page.mouse.up();

		// New marks and clusters per animation frame (counted, not timed).
		await page.evaluate(() => {
			const marks = document.querySelector('[data-testid="chart"] g.marks')!;
			const frames: number[] = [];
			let added = 0;
			new MutationObserver((records) => {
				for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.hasAttribute('data-node')) added++;
			}).observe(marks, { childList: true });
			const loop = { tick() { frames.push(added); added = 0; requestAnimationFrame(() => loop.tick()); } };
			requestAnimationFrame(() => loop.tick());
			(window as unknown as { __added: number[] }).__added = frames;
		});
		await page.mouse.move(box.x + box.width / 2, box.y + 120);
		const moving: (string | null)[] = [];
		// 18 notches of 100 px (d3-zoom: 2^0.2 each) zoom in 12 times, through three levels of counts, and stay dense.
		for (let i = 0; i < 18; i++) {
			await page.mouse.wheel(0, -100);
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
			moving.push(await svg.getAttribute('data-moving'));
		}
		const added = await page.evaluate(() => (window as unknown as { __added: number[] }).__added.slice());
		expect(await page.locator('[data-testid="chart"] [data-count]').count()).toBeGreaterThan(20);
		expect(added.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
		expect(Math.max(...added), added.join(' ')).toBeLessThanOrEqual(40);
		expect(moving.every((m) => m === 'true')).toBe(true);
		// At rest (d3-zoom ends a wheel gesture 150 ms after its last event) the lanes are grouped alike again.
		await expect.poll(() => svg.getAttribute('data-moving')).toBeNull();
	});

	it('drags a view of some 300 events as it was drawn at rest: event by event, labelled, not turned into counts', { timeout: 120_000 }, async () => {
		// Three weeks: about 300 events in view, each drawn (with labels where they fit) at rest. Before, a drag laid out
		// the lanes above 400/4^(l/6) events by counts until it ended: in this view, four of six lanes lost their labels.
		const { svg, box } = await open('&start=2019-05-01&end=2019-05-22');
		const drawn = () =>
			page.evaluate(() => {
				const chart = document.querySelector('[data-testid="chart"]')!;
				return { labels: chart.querySelectorAll('[data-label-for]').length, counts: [...chart.querySelectorAll('[data-count]')].reduce((n, c) => n + Number(c.getAttribute('data-count')), 0) };
			});
		const rest = await drawn();
		expect(rest.labels).toBeGreaterThan(40);
		// d3-zoom's gestures load once the first picture is drawn.
		await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('zoom-gestures')));
		// A point of the plot within the viewport (the chart is taller than the page).
		const [x, y] = [box.x + box.width / 2, box.y + 230];
		await page.mouse.move(x, y);
		await page.mouse.down();
		for (let i = 1; i <= 3; i++) await page.mouse.move(x - i, y);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
		expect(await svg.getAttribute('data-moving')).toBe('true');
		// Moved by 3 px: the same events drawn the same way, give or take one at each edge.
		const moving = await drawn();
		expect(Math.abs(moving.labels - rest.labels), JSON.stringify({ rest, moving })).toBeLessThanOrEqual(4);
		expect(Math.abs(moving.counts - rest.counts), JSON.stringify({ rest, moving })).toBeLessThanOrEqual(4);
		await page.mouse.up();
	});
});
