// The table and the search's results at scale: each draws a page at a time (a timeline of 100,000 events once drew
// 100,000 rows or result buttons at once, and the page froze for 16–21 s), with a button for the next page that puts
// the focus on its first new row, the selected event always drawn, and one page again for a new list.
import { describe, it, expect } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import EventTable from '../../src/lib/explore/EventTable.svelte';
import PrintTable from '../../src/lib/explore/PrintTable.svelte';
import VerticalTimeline from '../../src/lib/explore/VerticalTimeline.svelte';
import SearchResults from '../../src/lib/explore/SearchResults.svelte';
import { Timeline } from '../../src/lib/model/schema';
import { toItems, withIds } from '../../src/lib/model/items';
import { buildSearchIndex, search } from '../../src/lib/explore/search';
import { formatNumber } from '../../src/lib/i18n/locale';
import { syntheticTimeline } from '../../bench/synthetic';

const big = Timeline.parse(syntheticTimeline(1_000));
const items = toItems(big);
const byId = new Map(items.map((i) => [i.id, i]));
const rowIds = () => [...document.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-event-id'));
const resultIds = () => [...document.querySelectorAll('[data-result-for]')].map((r) => r.getAttribute('data-result-for'));

describe('the table of 1,000 events', () => {
	it('draws 200 rows, then 200 more with each press, focus on the first new title; the caption counts them all', async () => {
		render(EventTable, { timeline: big, items, lang: 'en', zone: 'UTC' });
		expect(rowIds()).toEqual(items.slice(0, 200).map((i) => i.id));
		expect(document.querySelector('caption')?.textContent).toContain('1,000 events');
		const more = screen.getByTestId('table-more');
		expect(more.textContent).toBe('Show more events (200 of 1,000 listed)');
		await userEvent.click(more);
		expect(rowIds()).toEqual(items.slice(0, 400).map((i) => i.id));
		expect(document.activeElement?.closest('tr')?.getAttribute('data-event-id')).toBe(items[200].id);
		expect(document.activeElement?.classList.contains('title')).toBe(true);
		for (let i = 0; i < 3; i++) await userEvent.click(screen.getByTestId('table-more'));
		expect(rowIds()).toEqual(items.map((i) => i.id));
		expect(screen.queryByTestId('table-more')).toBeNull();
	});

	it('starts again at one page when the order turns, newest first', async () => {
		render(EventTable, { timeline: big, items, lang: 'en', zone: 'UTC' });
		await userEvent.click(screen.getByTestId('table-more'));
		expect(rowIds()).toHaveLength(400);
		await userEvent.click(screen.getByRole('button', { name: /Date/ }));
		expect(rowIds()).toEqual(items.slice(-200).reverse().map((i) => i.id));
	});

	it('always draws the selected event, however far down', () => {
		render(EventTable, { timeline: big, items, lang: 'en', zone: 'UTC', selectedId: items[750].id });
		expect(rowIds()).toEqual(items.slice(0, 751).map((i) => i.id));
		expect(document.querySelector('[aria-current="true"]')?.getAttribute('data-event-id')).toBe(items[750].id);
		expect(screen.getByTestId('table-more').textContent).toBe('Show more events (751 of 1,000 listed)');
	});
});

describe('the narrow list', () => {
	it('starts again at one page for a new list (a filter), as the table and the results do', async () => {
		const props = { timeline: big, breaks: [], hits: withIds(new Set()), faded: withIds(new Set()), selectedId: null, lang: 'en', zone: 'UTC', onselect: () => {} };
		const { rerender } = render(VerticalTimeline, { shown: items, ...props });
		await userEvent.click(screen.getByTestId('vertical-more'));
		const drawn = () => [...document.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id'));
		expect(drawn()).toHaveLength(400);
		const half = items.filter((_, i) => i % 2 === 0);
		await rerender({ shown: half, ...props });
		expect(drawn()).toEqual(half.slice(0, 200).map((i) => i.id));
	});
});

describe('the printed table', () => {
	it('has every one of the 1,000 events, and no button', async () => {
		globalThis.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as unknown as typeof matchMedia;
		render(PrintTable, { timeline: big, items, lang: 'en', zone: 'UTC' });
		// Ctrl+P asks for the table's code; printing draws it.
		window.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', ctrlKey: true }));
		await new Promise((r) => setTimeout(r, 500));
		window.dispatchEvent(new Event('beforeprint'));
		await tick();
		await expect.poll(() => rowIds().length).toBe(1_000);
		expect(rowIds()).toEqual(items.map((i) => i.id));
		expect(screen.queryByTestId('table-more')).toBeNull();
		expect(screen.queryByTestId('print-first')).toBeNull();
	});

	it('has the first 1,000 of more events, oldest first, says so, and counts them all in its caption', async () => {
		const more = Timeline.parse(syntheticTimeline(1_250));
		const all = toItems(more);
		render(EventTable, { timeline: more, items: all, lang: 'en', zone: 'UTC', whole: true });
		expect(rowIds()).toEqual(all.slice(0, 1_000).map((i) => i.id));
		expect(screen.getByTestId('print-first').textContent).toBe(
			'This printout lists the first 1,000 of 1,250 events. To print others, narrow the list with the filters or the search; Export saves them all as CSV.'
		);
		expect(document.querySelector('caption')?.textContent).toContain('1,250 events');
		expect(screen.queryByTestId('table-more')).toBeNull();
	});

	it('says so in Arabic', () => {
		const more = Timeline.parse(syntheticTimeline(1_001));
		render(EventTable, { timeline: more, items: toItems(more), lang: 'ar', zone: 'UTC', whole: true });
		expect(rowIds()).toHaveLength(1_000);
		expect(screen.getByTestId('print-first').textContent).toBe(
			`تضم هذه النسخة المطبوعة أول ${formatNumber(1_000, 'ar')} حدث من ${formatNumber(1_001, 'ar')}. لطباعة غيرها ضيّق القائمة بالتصفية أو البحث، ويحفظها «تصدير» كلها بصيغة CSV.`
		);
	});
});

describe('the search’s results', () => {
	const index = buildSearchIndex(big, items, 'en');
	const props = { items: byId, lang: 'en', fallback: 'en', zone: 'UTC', onchoose: () => {} };

	it('lists the best 50 of 1,000, then 50 more with each press, focus on the first new one', async () => {
		const hits = search(index, 'synthetic');
		expect(hits.size).toBe(1_000);
		render(SearchResults, { hits, ...props });
		expect(resultIds()).toEqual(hits.top(50).map((h) => h.id));
		const more = screen.getByTestId('search-more');
		expect(more.textContent).toBe('Show more events (50 of 1,000 listed)');
		await userEvent.click(more);
		expect(resultIds()).toEqual(hits.top(100).map((h) => h.id));
		expect(document.activeElement?.getAttribute('data-result-for')).toBe(hits.top()[50].id);
		// The arrow keys reach the button, which stays last.
		(document.querySelectorAll<HTMLElement>('[data-result-for]')[99]).focus();
		await userEvent.keyboard('{ArrowDown}');
		expect(document.activeElement).toBe(screen.getByTestId('search-more'));
	});

	it('starts again at one page for a new query, and has no button when every result is listed', async () => {
		const { rerender } = render(SearchResults, { hits: search(index, 'synthetic'), ...props });
		await userEvent.click(screen.getByTestId('search-more'));
		expect(resultIds()).toHaveLength(100);
		const other = search(index, 'event');
		await rerender({ hits: other, ...props });
		expect(resultIds()).toEqual(other.top(50).map((h) => h.id));
		const few = search(index, 'event 77');
		expect(few.size).toBeGreaterThan(1);
		expect(few.size).toBeLessThanOrEqual(50);
		await rerender({ hits: few, ...props });
		expect(resultIds()).toEqual(few.top().map((h) => h.id));
		expect(screen.queryByTestId('search-more')).toBeNull();
	});
});
