// The reader view, built and served under a sub-path, in headless Chromium.
import { describe, it, expect, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp, usePage, domain } from './harness';
import { readJson } from '../helpers';
import { en } from '../../src/lib/i18n/en';
import { ar } from '../../src/lib/i18n/ar';

type Json = Record<string, any>;
const breach = readJson('data/whatsapp-nso-2019.json') as Json;

const app = useBuiltApp();
const session = usePage(app);
const open = (query = '') => session.open(query);
let page: Page;
beforeEach(() => {
	page = session.page;
});

const marks = () => page.locator('[data-testid="chart"] [data-event-id]');
/** Every event in the chart, drawn alone or inside a cluster. */
const drawnIds = () =>
	page.evaluate(() =>
		[...document.querySelectorAll('[data-testid="chart"] [data-event-id], [data-testid="chart"] [data-cluster]')].flatMap((e) =>
			(e.getAttribute('data-event-id') ?? e.getAttribute('data-cluster') ?? '').split(' ')
		)
	);
const svg = () => page.locator('[data-testid="chart"] svg');

describe('reader view', () => {
	it('renders every event of the default timeline, alone or in a cluster that names its count and dates', async () => {
		await open();
		expect(await page.locator('h1').textContent()).toBe(breach.title.en);
		expect((await drawnIds()).sort()).toEqual(breach.events.map((e: Json) => e.id).sort());
		const clusters = await page.locator('[data-cluster]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-count'), e.getAttribute('aria-label')]));
		expect(clusters.length).toBeGreaterThan(0);
		for (const [count, label] of clusters) expect(label).toMatch(new RegExp(`^${count} events, \\d{1,2}( [A-Z][a-z]+)?( \\d{4})?`));
	});

	it.each([
		['', 'data/whatsapp-nso-2019.json'],
		['?timeline=other-timeline', 'data/other-timeline.json'],
		['?src=data/elsewhere.json', 'data/elsewhere.json'],
		['?timeline=other-timeline&present', 'data/other-timeline.json']
	])('asks for the timeline "%s" names while the app\'s code is still loading (a request the app takes over), once, and for no other', async (query, file) => {
		const copy = JSON.stringify({ ...breach, id: 'other-timeline', title: { en: 'Another timeline' } });
		if (query) await page.route(`**/${file}`, (route) => route.fulfill({ contentType: 'application/json', body: copy }));
		// The app's entry script is held until the timeline has been asked for (had the request waited for the app's
		// code, as it did, this would wait for ever: waitForRequest times out).
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		const data: string[] = [];
		page.on('request', (r) => r.url().includes('/data/') && data.push(r.url()));
		const asked = page.waitForRequest((r) => r.url().endsWith(file), { timeout: 10_000 });
		// A timeline the build did not validate: the validator's code is asked for meanwhile too.
		const validator = query ? page.waitForRequest(/\/assets\/validate-[^/]*\.js$/, { timeout: 10_000 }) : undefined;
		await page.goto(app.url + query, { waitUntil: 'commit' });
		await asked;
		await validator;
		release();
		await page.locator('[data-event-id]').first().waitFor();
		expect(data).toEqual([app.url + file]);
		const asks = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/')).map((e) => (e as PerformanceResourceTiming).initiatorType));
		expect(asks).toEqual(['fetch']);
	});

	it('asks for the words of an Arabic page while the timeline loads, not a round trip after it', async () => {
		// The timeline is held until the Arabic words have been asked for (the loading state's t() asks): were they
		// asked for only once the timeline had come, this would wait for ever (waitForRequest times out).
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/data/whatsapp-nso-2019.json', async (route) => {
			await held;
			await route.continue();
		});
		const words = page.waitForRequest(/\/assets\/ar-[^/]*\.js$/, { timeout: 10_000 });
		await page.goto(app.url + '?lang=ar', { waitUntil: 'commit' });
		await words;
		release();
		await page.locator('[data-event-id]').first().waitFor();
		expect(await page.locator('h1').textContent()).toBe(breach.title.ar);
		expect(await page.getByTestId('how-to').locator('summary').textContent()).toBe(ar.howTo);
	});

	it('shows an Arabic page with English controls when the Arabic words cannot be loaded, not "loading" for ever', async () => {
		await page.route(/\/assets\/ar-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
		await page.goto(app.url + '?lang=ar');
		await page.locator('[data-event-id]').first().waitFor();
		expect(await page.locator('h1').textContent()).toBe(breach.title.ar);
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(await page.getByTestId('how-to').locator('summary').textContent()).toBe(en.howTo);
		// The browser logs the failed request; the app itself logs nothing.
		expect(session.seen.errors.splice(0)).toEqual([expect.stringContaining('ERR_INTERNET_DISCONNECTED')]);
	});

	it('asks for the timeline once when the app runs before the early script (warm caches often have it so)', async () => {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let early = 0;
		await page.route(/\/assets\/early-[^/]*\.js$/, async (route) => {
			early++;
			await held;
			await route.continue();
		});
		const data: string[] = [];
		page.on('request', (r) => r.url().includes('/data/') && data.push(r.url()));
		const asked = page.waitForRequest((r) => r.url().includes('/data/'), { timeout: 10_000 });
		await page.goto(app.url, { waitUntil: 'commit' });
		await asked;
		release();
		await page.waitForResponse(/\/assets\/early-[^/]*\.js$/);
		await page.locator('[data-event-id]').first().waitFor();
		// Time for the early script to run and ask, had it been going to.
		await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
		expect(early).toBe(1);
		expect(data).toEqual([app.url + 'data/whatsapp-nso-2019.json']);
	});

	it.each([
		['embed-open', 'EmbedDialog', '[data-testid="embed-dialog"]'],
		['open', 'OpenDialog', 'dialog[data-testid="open-dialog"]']
	])('does not open a dialog (%s) whose code arrives after the reader gave up on it; a second press opens it', async (button, chunk, dialog) => {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let asked = 0;
		await page.route(new RegExp(`/assets/${chunk}-[^/]*\\.js$`), async (route) => {
			asked++;
			await held;
			await route.continue();
		});
		await open();
		await page.getByTestId(button).click();
		await expect.poll(() => asked).toBe(1);
		await page.keyboard.press('Escape');
		release();
		await page.waitForResponse(new RegExp(`/assets/${chunk}-`));
		// Time for the chunk to run and the dialog to draw, had it been going to open.
		await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
		expect(await page.locator(`${dialog}[open]`).count()).toBe(0);
		await page.getByTestId(button).click();
		await page.locator(`${dialog}[open]`).waitFor();
	});

	it('gives every event mark an accessible name with its date and title when zoomed in enough to draw each', async () => {
		await open('?start=2019-05-13&end=2019-05-14');
		const names = await marks().evaluateAll((els) => els.map((e) => [e.getAttribute('data-event-id'), e.getAttribute('aria-label')]));
		expect(names.length).toBeGreaterThan(5);
		for (const [id, name] of names) {
			const event = breach.events.find((e: Json) => e.id === id);
			expect(name).toContain(event.title.en);
			expect(name).toMatch(/\d{4}/);
		}
		const roles = await marks().evaluateAll((els) => els.map((e) => [e.getAttribute('role'), e.getAttribute('tabindex')]));
		expect(roles.every(([role, tabindex]) => role === 'button' && (tabindex === '0' || tabindex === '-1'))).toBe(true);
		expect(roles.filter(([, tabindex]) => tabindex === '0')).toHaveLength(1);
		expect(await page.locator('[data-testid="as-of"]').textContent()).toContain('28 November 2026');
		expect(await page.locator('[data-testid="legend"]').textContent()).toContain('Soft extent');
		expect((await page.locator('[data-testid="axis-zone"]').textContent())?.replace(/[\u2068\u2069]/g, '')).toBe('Times in UTC');
	});

	it('narrows the visible domain and moves to a finer tick level on wheel zoom, around the pointer', async () => {
		await open('?fold=0');
		const before = await domain(page);
		const levelBefore = await svg().getAttribute('data-tick-level');
		const box = (await svg().boundingBox())!;
		const x = box.x + box.width * 0.3;
		await page.mouse.move(x, box.y + 200);
		for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -300);
		await expect.poll(async () => (await domain(page))[1] - (await domain(page))[0]).toBeLessThan((before[1] - before[0]) / 4);
		const after = await domain(page);
		expect(await svg().getAttribute('data-tick-level')).not.toBe(levelBefore);
		// The instant under the pointer stays (nearly) under the pointer.
		const frac = (x - box.x - 12) / (box.width - 24);
		const tBefore = before[0] + frac * (before[1] - before[0]);
		const tAfter = after[0] + frac * (after[1] - after[0]);
		expect(Math.abs(tAfter - tBefore)).toBeLessThan((after[1] - after[0]) * 0.02);
	});

	it('pans when dragged, keeping the span', async () => {
		await open('?fold=0');
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		const before = await domain(page);
		const box = (await svg().boundingBox())!;
		await page.mouse.move(box.x + 700, box.y + 30);
		await page.mouse.down();
		await page.mouse.move(box.x + 500, box.y + 30, { steps: 5 });
		await page.mouse.up();
		const after = await domain(page);
		expect(after[0]).toBeGreaterThan(before[0]);
		expect(after[1] - after[0]).toBeCloseTo(before[1] - before[0], -3);
	});

	it('zooms with the buttons and fits everything again', async () => {
		await open('?fold=0');
		const full = await domain(page);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		const zoomed = await domain(page);
		expect(zoomed[1] - zoomed[0]).toBeCloseTo((full[1] - full[0]) / 2, -4);
		await page.getByRole('button', { name: 'Fit all', exact: true }).click();
		expect(await domain(page)).toEqual(full);
	});

	it('zooms from the whole span down to about one hour per 100 px, and no further either way', async () => {
		await open('?fold=0');
		const full = await domain(page);
		const box = (await svg().boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 100);
		for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 2000);
		expect(await domain(page)).toEqual(full);
		const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
		for (let i = 0; i < 40 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
		expect(await zoomIn.isEnabled()).toBe(false);
		const [a, b] = await domain(page);
		const hoursPer100px = (b - a) / 3_600_000 / ((box.width - 24) / 100);
		expect(hoursPer100px).toBeGreaterThan(0.95);
		expect(hoursPer100px).toBeLessThan(1.05);
	});

	it('shows the span given by start and end in the URL, down to the hours of 13 May 2019', async () => {
		await open('?start=2019-05-13&end=2019-05-13');
		const [a, b] = await domain(page);
		expect(Math.abs(a - Date.parse('2019-05-13T00:00Z'))).toBeLessThan(60_000);
		expect(Math.abs(b - Date.parse('2019-05-14T00:00Z'))).toBeLessThan(60_000);
		expect(await svg().getAttribute('data-tick-level')).toMatch(/hours/);
	});

	it('opens an event on click and lists its sources as safe links', async () => {
		await open('?start=2019-10-01&end=2019-11-30');
		const event = breach.events.find((e: Json) => e.id === 'lawsuit-filed');
		const before = await domain(page);
		await page.locator(`[data-event-id="${event.id}"] .mark-shape`).click();
		const details = page.locator('[data-testid="details"]');
		await expect.poll(() => details.getAttribute('data-event-id')).toBe(event.id);
		// The chart narrows beside the panel but keeps showing the same dates.
		const after = await domain(page);
		expect(Math.abs(after[0] - before[0]) + Math.abs(after[1] - before[1])).toBeLessThan((before[1] - before[0]) * 0.001);
		expect(await details.locator('h2').textContent()).toBe(event.title.en);
		const links = details.locator('a');
		expect(await links.count()).toBe(event.sources.length);
		for (let i = 0; i < event.sources.length; i++) {
			expect(await links.nth(i).getAttribute('href')).toBe(event.sources[i].url);
			expect(await links.nth(i).getAttribute('rel')).toBe('noopener noreferrer');
			expect(await links.nth(i).getAttribute('target')).toBe('_blank');
		}
	});

	it('draws ranges as bars, uncertain dates as soft extents and eras as labelled bands, in lanes by actor or category', async () => {
		await open('?start=2019-04-25&end=2019-05-20');
		expect(await page.locator('[data-event-id="attack-window"] rect.mark-shape').count()).toBe(1);
		expect(await page.locator('[data-soft-for="doj-notified"]').count()).toBe(1);
		const soft = (await page.locator('[data-soft-for="doj-notified"]').boundingBox())!;
		const pxPerDay = ((await svg().boundingBox())!.width - 24) / 26;
		expect(soft.width / pxPerDay).toBeGreaterThan(4.5); // 6–10 May: five days
		expect(soft.width / pxPerDay).toBeLessThan(5.5);
		expect(await page.locator('[data-era="attack-window"]').count()).toBe(1);
		const laneCount = () => page.locator('.lane-name').count();
		const drawn = (await drawnIds()).sort();
		expect(drawn.length).toBeGreaterThan(5);
		const actorLanes = new Set(breach.events.map((e: Json) => e.actors[0])).size;
		expect(await laneCount()).toBe(actorLanes);
		await page.getByLabel('By category').check();
		await expect.poll(laneCount).toBe(new Set(breach.events.map((e: Json) => e.category)).size);
		// The same events are drawn, in other lanes.
		expect((await drawnIds()).sort()).toEqual(drawn);
	});

	it('opens an event from the keyboard and returns focus to it on Escape', async () => {
		await open();
		const first = page.locator('[data-event-id][tabindex="0"]');
		await first.focus();
		const id = await first.getAttribute('data-event-id');
		await page.keyboard.press('ArrowRight');
		const second = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
		expect(second).not.toBe(id);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('[data-testid="details"]').getAttribute('data-event-id')).toBe(second);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('[data-testid="details"]').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(second);
	});

	it('shows the error view naming the event and field of an invalid timeline', async () => {
		const bad = structuredClone(breach);
		bad.events[2].sources[0].url = 'javascript:alert(document.domain)';
		await page.route('**/data/whatsapp-nso-2019.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(bad) }));
		await page.goto(app.url);
		const alert = page.getByRole('alert');
		await expect.poll(() => alert.count()).toBe(1);
		const text = await alert.textContent();
		expect(text).toContain(bad.events[2].id);
		expect(text).toContain('url');
		expect(text).toContain('only https: and http: links are allowed, not javascript:');
		expect(await page.locator('[data-event-id]').count()).toBe(0);
	});

	it('shows a retry button when the fetch fails, and recovers with it', async () => {
		let calls = 0;
		await page.route('**/data/whatsapp-nso-2019.json', (route) => (calls++ === 0 ? route.fulfill({ status: 500, body: 'down' }) : route.continue()));
		await page.goto(app.url);
		const retry = page.getByRole('button', { name: 'Try again' });
		await retry.waitFor();
		expect(await page.getByRole('alert').textContent()).toContain('500');
		await retry.click();
		await marks().first().waitFor();
		expect((await drawnIds()).length).toBe(breach.events.length);
		session.seen.errors.splice(0); // the browser logs the deliberate 500 response
	});

	it('runs under a strict Content-Security-Policy and fetches nothing from other origins', async () => {
		await open();
		const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
		expect(csp).toContain("script-src 'self'");
		expect(csp).toContain("default-src 'none'");
		// What the page loads (not the oEmbed `alternate` link, which names the public address for consumers).
		const assets = await page.evaluate(() =>
			[...document.querySelectorAll('script[src], link[href]:not([rel="alternate"])')].map((e) => e.getAttribute('src') ?? e.getAttribute('href'))
		);
		// Every asset is below the app's own address; the page as built names them relatively (a chunk loaded on demand
		// adds its stylesheet with the address resolved from its script's).
		for (const a of assets.filter((a) => a && !a.startsWith('data:'))) expect(new URL(a!, page.url()).href.startsWith(app.url)).toBe(true);
		const built = await (await fetch(app.url)).text();
		const tags = [...built.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('rel="alternate"'));
		const named = tags.flatMap((tag) => /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1] ?? []).filter((a) => !a.startsWith('data:'));
		expect(named.length).toBeGreaterThan(1);
		for (const a of named) expect(a).toMatch(/^\.\//);
	});

	it('fits a 375 px wide screen without horizontal scrolling', async () => {
		await page.setViewportSize({ width: 375, height: 800 });
		await open();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		// Below 600 px the timeline is vertical: every event is listed, in time order.
		const ids = await page.locator('[data-testid="vertical"] [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
		const order = [...breach.events].sort((a: Json, b: Json) => a.start.localeCompare(b.start)).map((e: Json) => e.id);
		expect(new Set(ids)).toEqual(new Set(order));
		expect(ids).toHaveLength(breach.events.length);
		// Tapping an event opens its details over the bottom of the screen, not below the long list.
		await page.locator('[data-testid="vertical"] [data-event-id="ft-report"]').click();
		const details = (await page.locator('[data-testid="details"]').boundingBox())!;
		expect(details.y).toBeGreaterThanOrEqual(0);
		expect(details.y).toBeLessThan(800);
		expect(details.width).toBeLessThanOrEqual(375);
	});
});
