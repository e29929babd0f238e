// The toolbar's menus and the filter panel: their panels' code loads when first wanted, not with the page; a panel
// stays on the screen at any width and in either direction; a panel whose code cannot load says so and retries.
import { describe, it, expect, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp, usePage } from './harness';
import { en } from '../../src/lib/i18n/en';
import { enReader } from '../../src/lib/i18n/en-reader';

const app = useBuiltApp();
const session = usePage(app);
let page: Page;
beforeEach(() => {
	page = session.page;
});

const PANELS = { display: 'DisplayOptions', 'how-to': 'HowTo', export: 'ExportMenu' } as const;
const MENUS = Object.keys(PANELS) as (keyof typeof PANELS)[];

/** The app's script files asked for so far, by name without hash. */
function scriptsAsked(p: Page): () => string[] {
	const names: string[] = [];
	p.on('request', (r) => {
		const name = /\/assets\/([A-Za-z]+)-[\w-]+\.js$/.exec(r.url())?.[1];
		if (name) names.push(name);
	});
	return () => names;
}

describe('the panels of the menus and of the filters', () => {
	it('load their code when first wanted: on hover or focus of their button, or when they open', async () => {
		const asked = scriptsAsked(page);
		await session.open();
		expect(asked().filter((n) => [...Object.values(PANELS), 'FilterFacets'].includes(n))).toEqual([]);
		await page.getByTestId('display').locator('summary').hover();
		await expect.poll(() => asked()).toContain('DisplayOptions');
		await page.getByTestId('how-to').locator('summary').focus();
		await expect.poll(() => asked()).toContain('HowTo');
		await page.getByTestId('filters').locator('summary').click();
		await expect.poll(() => asked()).toContain('FilterFacets');
		// The request is out; the panel draws when its code has arrived.
		await page.locator('[data-facet="actors"]').first().waitFor();
		await page.getByTestId('export').locator('summary').click();
		await page.locator('[data-export="csv"]').waitFor();
		// Their English words come with them (en-more.ts), there as they draw.
		expect(await page.locator('[data-export="svg"]').textContent()).toBe(enReader.exportSvg);
		await page.getByTestId('how-to').locator('summary').click();
		expect(await page.getByTestId('how-to').locator('caption').textContent()).toBe(enReader.keysChart);
		// Each asked for once.
		expect(asked().filter((n) => n === 'DisplayOptions')).toHaveLength(1);
	});

	for (const lang of ['en', 'ar']) {
		it(`stay on the screen, without scrolling the page sideways, at any width (${lang})`, async () => {
			for (const width of [1280, 1024, 800, 640]) {
				await page.setViewportSize({ width, height: 900 });
				await session.open(`?lang=${lang}`);
				for (const menu of MENUS) {
					const summary = page.getByTestId(menu).locator('summary');
					await summary.click();
					const panel = page.getByTestId(menu).locator('.panel');
					await panel.locator('button, select, table').first().waitFor();
					// The panel takes its side when its size is first observed, in the frame that paints it (a
					// ResizeObserver runs after layout, before paint): measured once that frame is done, as it is seen.
					// Read at once, a loaded machine could measure it before that frame (once in some ten runs).
					await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
					const box = (await panel.boundingBox())!;
					const where = `${menu} at ${width} px (${lang})`;
					expect(box.x, where).toBeGreaterThanOrEqual(0);
					expect(box.x + box.width, where).toBeLessThanOrEqual(width);
					expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), where).toBeLessThanOrEqual(0);
					await summary.click();
				}
			}
		});
	}

	it('stay on the screen when the language, and with it the direction, changes while one is open', async () => {
		await session.open();
		const summary = page.getByTestId('display').locator('summary');
		await summary.click();
		await page.getByTestId('theme').waitFor();
		await page.getByRole('radio', { name: 'العربية' }).check();
		await page.locator('html[dir="rtl"]').waitFor();
		expect(await page.getByTestId('display').getAttribute('open')).not.toBeNull();
		await expect.poll(async () => {
			const box = (await page.getByTestId('display').locator('.panel').boundingBox())!;
			return box.x >= 0 && box.x + box.width <= 1280;
		}).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	});

	it('say "Loading…" while their code is on its way, and nothing of the kind once it is there', async () => {
		await page.route(/\/assets\/FilterFacets-[^/]*\.js$/, async (route) => {
			await new Promise((r) => setTimeout(r, 800));
			await route.continue();
		});
		await session.open();
		await page.locator('[data-testid="filters"] summary').click();
		expect(await page.getByTestId('part-loading').textContent()).toBe(en.partLoading);
		await page.locator('[data-facet="actors"]').first().waitFor();
		expect(await page.getByTestId('part-loading').count()).toBe(0);
		// Display's code, asked for on hover and arrived: opening draws the panel without a loading state in between.
		const done = page.waitForResponse(/\/assets\/DisplayOptions-[^/]*\.js$/);
		await page.getByTestId('display').locator('summary').hover();
		await done;
		await page.evaluate(() => {
			const w = window as unknown as { __loading: number };
			w.__loading = 0;
			new MutationObserver((records) => {
				for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.matches('[data-testid="part-loading"]')) w.__loading++;
			}).observe(document.body, { childList: true, subtree: true });
		});
		await page.getByTestId('display').locator('summary').click();
		await page.getByTestId('theme').waitFor();
		expect(await page.evaluate(() => (window as unknown as { __loading: number }).__loading)).toBe(0);
	});

	it('say so when their code cannot be loaded, and load it when opened again', async () => {
		let fail = true;
		await page.route(/\/assets\/DisplayOptions-[^/]*\.js$/, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
		await session.open();
		const summary = page.getByTestId('display').locator('summary');
		await summary.click();
		expect(await page.getByTestId('part-failed').textContent()).toBe(en.partFailed);
		expect(await page.getByTestId('part-failed').getAttribute('role')).toBe('alert');
		fail = false;
		await summary.click();
		await summary.click();
		await page.getByTestId('theme').waitFor();
		expect(await page.getByTestId('part-failed').count()).toBe(0);
		// The browser logs the failed requests (the hover's early one, and the opening's); the app itself logs nothing.
		const errors = session.seen.errors.splice(0);
		expect(errors.length).toBeGreaterThan(0);
		for (const error of errors) expect(error).toContain('ERR_INTERNET_DISCONNECTED');
	});
});
