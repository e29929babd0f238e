// d3-zoom's gestures (src/lib/chart/zoom-gestures.ts) are not part of the first load: the chart asks for them once its
// first picture is drawn. Until they come, the keys and buttons move the view, and a wheel or a drag on the chart is
// held and then given to them; if they cannot be loaded, the chart still moves by its keys and buttons.
import { describe, it, expect, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp, usePage, domain, pinch } from './harness';

const app = useBuiltApp();
const session = usePage(app);
let page: Page;
beforeEach(() => {
	page = session.page;
});

const rendered = () => page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0);
const svg = () => page.locator('[data-testid="chart"] svg');
const zoomOf = () => svg().getAttribute('data-zoom');
/** A frame and a little more: time for anything the page would do with an input. */
const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));

/** When the page asked for each file matching `source` (a RegExp's source), in ms after its first-render mark. */
const asked = (source: string) =>
	page.evaluate((s) => {
		const mark = performance.getEntriesByName('timeline:rendered')[0].startTime;
		return performance
			.getEntriesByType('resource')
			.filter((e) => new RegExp(s).test(e.name))
			.map((e) => e.startTime - mark);
	}, source);

/** Puts the pointer over the chart, near its top (its middle can be below the window's edge). */
async function overChart(): Promise<{ x: number; y: number }> {
	const box = (await svg().boundingBox())!;
	const at = { x: box.x + box.width / 2, y: box.y + 40 };
	await page.mouse.move(at.x, at.y);
	return at;
}

/** Holds the reader's gestures chunk until the returned function is called. */
async function holdGestures(): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/assets/zoom-gestures-*.js', async (route) => {
		await held;
		await route.fallback();
	});
	return release;
}

describe("d3-zoom's gestures", () => {
	it('are asked for once, after the first picture (a chunk for the reader, a side script for the embed); then Ctrl+wheel zooms', async () => {
		for (const [path, file] of [
			['', '/assets/zoom-gestures-[\\w-]+\\.js$'],
			['embed.html', '/assets/embed-zoom-[\\w-]+\\.js$']
		]) {
			await page.goto(app.url + path);
			await rendered();
			await expect.poll(() => asked(file), { message: path }).toHaveLength(1);
			expect((await asked(file))[0], path).toBeGreaterThanOrEqual(0);
			await overChart();
			await page.keyboard.down('Control');
			await page.mouse.wheel(0, -300);
			await page.keyboard.up('Control');
			await expect.poll(zoomOf, { message: path }).not.toBe('1.000');
		}
	});

	it('a wheel before they come is held, kept from the page, and then zooms; the buttons move the view meanwhile', async () => {
		const release = await holdGestures();
		await page.goto(app.url);
		await rendered();
		await overChart();
		const scroll = await page.evaluate(() => scrollY);
		await page.mouse.wheel(0, -400);
		await settle();
		expect(await zoomOf()).toBe('1.000');
		expect(await page.evaluate(() => scrollY)).toBe(scroll);
		// Without the gestures, the button and the key zoom (around the plot's middle).
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		expect(await zoomOf()).toBe('2.000');
		await page.locator('[data-testid="chart"] [data-event-id]').first().focus();
		await page.keyboard.press('-');
		expect(await zoomOf()).toBe('1.000');
		// The gestures come and are given the wheel: d3-zoom's step for a delta of 400 is 2^0.8.
		release();
		await expect.poll(zoomOf).toBe((2 ** 0.8).toFixed(3));
	});

	it('a drag before they come is held with its moves and release, and then pans', async () => {
		const release = await holdGestures();
		await page.goto(app.url);
		await rendered();
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		const before = await domain(page);
		const at = await overChart();
		await page.mouse.down();
		await page.mouse.move(at.x + 200, at.y, { steps: 5 });
		await page.mouse.up();
		await settle();
		expect(await domain(page)).toEqual(before);
		// A drag, not a click: what it ended on (a mark, a cluster) was not opened or split.
		expect(await page.getByTestId('details').count()).toBe(0);
		release();
		// Dragged 200 px to the right: earlier dates come into view.
		await expect.poll(async () => (await domain(page))[0]).toBeLessThan(before[0]);
		// A pan, not a zoom (the dates in view span more or less as folded breaks come in or go out).
		expect(await zoomOf()).toBe('2.000');
	});

	it('a two-finger pinch before they come is held until the fingers are lifted, and then zooms', async () => {
		await session.restart({ hasTouch: true, isMobile: false });
		page = session.page;
		const release = await holdGestures();
		await page.goto(app.url);
		await rendered();
		const box = (await svg().boundingBox())!;
		await pinch(session.context, page, { x: box.x + box.width / 2, y: box.y + 60 }, [20, 40, 60, 80, 100, 120, 140, 160]);
		await settle();
		expect(await zoomOf()).toBe('1.000');
		release();
		// The fingers moved from 40 to 320 px apart: d3-zoom scales by that ratio, 8, once it is given the touches.
		await expect.poll(zoomOf).toBe('8.000');
	});

	it('when they cannot be loaded, the keys and buttons still move the view, and the next wheel asks again', async () => {
		let refused = 0;
		await page.route('**/assets/zoom-gestures-*.js', (route) => (refused++, route.fulfill({ status: 404, body: '' })));
		await page.goto(app.url);
		await rendered();
		await expect.poll(() => refused).toBe(1);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		expect(await zoomOf()).toBe('2.000');
		await page.getByRole('button', { name: 'Fit all' }).click();
		expect(await zoomOf()).toBe('1.000');
		await overChart();
		await page.mouse.wheel(0, -400);
		await expect.poll(() => refused).toBe(2);
		expect(await zoomOf()).toBe('1.000');
		expect(await page.getByTestId('error').count()).toBe(0);
		// The browser logs each refused request as a console error, and nothing else.
		await expect.poll(() => session.seen.errors.length).toBe(2);
		expect(session.seen.errors.splice(0).filter((e) => !e.includes('404'))).toEqual([]);
	});
});
