// Long lists at 100,000 events, counted (never timed): the search's results and the table are drawn a page at a time.
// Listing every result drew 100,000 buttons (typing a word every event has held the page for 21 s here), and the table
// drew a row per event at once (16 s).
import { it, expect } from 'vitest';
import { useBuiltApp, usePage } from './harness';
import { syntheticTimeline } from '../../bench/synthetic';

const app = useBuiltApp();
const session = usePage(app);
const body = JSON.stringify(syntheticTimeline(100_000));

it('a word every event has lists 50 results and the table 200 rows, each with a button for more, not 100,000', { timeout: 180_000 }, async () => {
	const page = session.page;
	await page.route('**/data/bench-100000.json', (route) => route.fulfill({ contentType: 'application/json', body }));
	await page.goto(app.url + '?timeline=bench-100000');
	await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0, null, { timeout: 150_000 });
	await page.getByTestId('search').fill('synthetic');
	const results = page.getByTestId('search-results');
	await expect.poll(() => results.locator('[data-result-for]').count(), { timeout: 60_000 }).toBe(50);
	expect(await page.locator('[role="search"] .count').textContent()).toContain('100,000 results');
	// The arrow keys go from the box to the first result and back.
	const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-result-for') ?? document.activeElement?.getAttribute('data-testid'));
	await page.getByTestId('search').press('ArrowDown');
	expect(await focused()).toBe(await results.locator('[data-result-for]').first().getAttribute('data-result-for'));
	await page.keyboard.press('ArrowUp');
	expect(await focused()).toBe('search');
	// A page more with the press, and the focus on its first result. The click is dispatched where the button is:
	// Playwright's own click scrolls it into view, which asks for a page too (below), once more each time it scrolls
	// again to the button that the new page moved, so a click under load counted 800 rows where 400 or 600 were allowed.
	const more = page.getByTestId('search-more');
	await more.dispatchEvent('click');
	await expect.poll(() => results.locator('[data-result-for]').count()).toBe(100);
	const fifty1st = await results.locator('[data-result-for]').nth(50).getAttribute('data-result-for');
	await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-result-for'))).toBe(fifty1st);
	// Coming within a screen of the view asks for the next page, a whole page at a time.
	await more.scrollIntoViewIfNeeded();
	await expect.poll(() => results.locator('[data-result-for]').count()).toBeGreaterThanOrEqual(150);
	expect((await results.locator('[data-result-for]').count()) % 50).toBe(0);

	await page.getByTestId('search').fill('');
	await page.getByTestId('table-toggle').click();
	const table = page.getByTestId('event-table');
	await expect.poll(() => table.locator('tbody tr').count(), { timeout: 60_000 }).toBe(200);
	expect(await table.locator('caption').textContent()).toContain('100,000 events');
	const tableMore = page.getByTestId('table-more');
	await tableMore.dispatchEvent('click');
	await expect.poll(() => table.locator('tbody tr').count()).toBe(400);
	await tableMore.scrollIntoViewIfNeeded();
	await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThanOrEqual(600);
	expect((await table.locator('tbody tr').count()) % 200).toBe(0);
});
