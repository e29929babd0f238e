import { describe, it, expect, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import EventTable from '../../src/lib/explore/EventTable.svelte';
import { Timeline } from '../../src/lib/model/schema';
import { toItems } from '../../src/lib/model/items';
import { mini } from '../helpers';

interface Options {
	lang?: string;
	selectedId?: string | null;
	mutate?: (t: ReturnType<typeof mini>) => void;
	/** Skip the validator, to build cases it would reject. */
	raw?: boolean;
}

function setup({ lang = 'en', selectedId = null, mutate = () => {}, raw = false }: Options = {}) {
	const data = mini();
	mutate(data);
	const timeline = raw ? (data as Timeline) : Timeline.parse(data);
	const items = toItems(timeline);
	const onselect = vi.fn();
	render(EventTable, { timeline, items, lang, zone: 'UTC', selectedId, onselect });
	return { onselect, items, table: screen.getByRole('table') };
}

const rowIds = () =>
	screen
		.getAllByRole('row')
		.slice(1)
		.map((r) => r.getAttribute('data-event-id'));

const dateHeader = () => screen.getAllByRole('columnheader')[0];

describe('EventTable', () => {
	it('captions the table with the timeline title, the count and the order', () => {
		const { table } = setup();
		const caption = table.querySelector('caption')!;
		expect(caption).toHaveTextContent('A small test timeline: 4 events, oldest first');
		expect(screen.getByRole('region', { name: /A small test timeline: 4 events/ })).toHaveAttribute('tabindex', '0');
	});

	it('has column headers Date, Event, Actors, Category, Status, Sources in that order', () => {
		const { table } = setup();
		const headers = [...table.querySelectorAll('thead th')];
		expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
		expect(headers.map((th) => th.querySelector('button')?.firstChild?.textContent ?? th.textContent)).toEqual([
			'Date',
			'Event',
			'Actors',
			'Category',
			'Status',
			'Sources'
		]);
		expect(headers.slice(1).some((th) => th.hasAttribute('aria-sort'))).toBe(false);
	});

	it('has one row per item, earliest first, with each row’s cells', () => {
		const { items } = setup();
		expect(rowIds()).toEqual(['window', 'early', 'week', 'cve']);
		expect(rowIds()).toHaveLength(items.length);
		const week = screen.getAllByRole('row')[3];
		const cells = within(week).getAllByRole('cell');
		expect(cells[0].querySelector('bdi')?.textContent?.replace(/\s/g, ' ')).toBe('6 – 10 May 2019');
		expect(cells[1]).toHaveTextContent('Referred last week');
		expect(cells[2]).toHaveTextContent('Acme · A court');
		expect(cells[3]).toHaveTextContent('Litigation');
		expect(cells[4]).toHaveTextContent('Alleged');
	});

	it('shows only the items it is given', () => {
		const data = mini();
		const timeline = Timeline.parse(data);
		const items = toItems(timeline).filter((i) => i.id !== 'early');
		render(EventTable, { timeline, items, lang: 'en', zone: 'UTC' });
		expect(rowIds()).toEqual(['window', 'week', 'cve']);
		expect(screen.getByRole('table').querySelector('caption')).toHaveTextContent('3 events');
	});

	it('reverses the order from the Date header button and back, updating aria-sort', async () => {
		setup();
		expect(dateHeader()).toHaveAttribute('aria-sort', 'ascending');
		const button = within(dateHeader()).getByRole('button', { name: /^Date/ });
		expect(button).toHaveAccessibleName(/Sort by date, oldest first now/);
		await userEvent.click(button);
		expect(dateHeader()).toHaveAttribute('aria-sort', 'descending');
		expect(rowIds()).toEqual(['cve', 'week', 'early', 'window']);
		expect(screen.getByRole('table').querySelector('caption')).toHaveTextContent('newest first');
		await userEvent.click(button);
		expect(dateHeader()).toHaveAttribute('aria-sort', 'ascending');
		expect(rowIds()).toEqual(['window', 'early', 'week', 'cve']);
	});

	it('links http and https sources in a new tab without an opener', () => {
		setup();
		const https = screen.getByRole('link', { name: /Range story/ });
		expect(https).toHaveAttribute('href', 'https://example.org/range');
		expect(https).toHaveAttribute('target', '_blank');
		expect(https.getAttribute('rel')).toContain('noopener');
		const http = screen.getByRole('link', { name: /Early story/ });
		expect(http).toHaveAttribute('href', 'http://example.org/early');
		expect(screen.getAllByRole('link')).toHaveLength(4);
	});

	it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'not a url'])(
		'writes a source with the URL %s as text, never as a link',
		(url) => {
			setup({
				raw: true,
				mutate: (t) => {
					t.events[0].sources[0].url = url;
				}
			});
			const cell = within(screen.getAllByRole('row')[1]).getAllByRole('cell')[5];
			expect(cell).toHaveTextContent('Range story');
			expect(cell.querySelector('a')).toBeNull();
			expect(screen.queryByRole('link', { name: /Range story/ })).toBeNull();
			expect(screen.getAllByRole('link')).toHaveLength(3);
		}
	);

	it('never parses text from the data as HTML', () => {
		setup({
			mutate: (t) => {
				t.events[3].title = { en: '<img src=x onerror=alert(1)>Boom', ar: 'x' };
			}
		});
		expect(screen.getByRole('button', { name: '<img src=x onerror=alert(1)>Boom' })).toBeInTheDocument();
		expect(document.querySelector('img')).toBeNull();
	});

	it('shows Arabic headers, text and dates with Arabic-Indic digits', () => {
		const { table } = setup({ lang: 'ar' });
		const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
		expect(headers[0]).toContain('التاريخ');
		expect(headers.slice(1)).toEqual(['الحدث', 'الأطراف', 'الفئة', 'الحالة', 'المصادر']);
		expect(table.querySelector('caption')).toHaveTextContent('خط زمني صغير للاختبار: ٤ أحداث، الأقدم أولًا');
		const last = screen.getAllByRole('row')[4];
		const date = last.querySelector('td bdi')!.textContent ?? '';
		expect(date).toMatch(/[٠-٩]/);
		expect(date).not.toMatch(/[0-9]/);
		expect(date).toContain('١٤ مايو ٢٠١٩');
		expect(last).toHaveTextContent('نُشر السجل');
		expect(last).toHaveTextContent('محكمة');
		expect(last).toHaveTextContent('مؤكَّد');
	});

	it('calls onselect with the event id when its title is clicked', async () => {
		const { onselect } = setup();
		await userEvent.click(screen.getByRole('button', { name: 'Referred last week' }));
		expect(onselect).toHaveBeenCalledExactlyOnceWith('week');
	});

	it('marks the row of the selected event with aria-current', () => {
		setup({ selectedId: 'early' });
		const current = screen.getAllByRole('row').filter((r) => r.getAttribute('aria-current') === 'true');
		expect(current).toHaveLength(1);
		expect(current[0]).toHaveAttribute('data-event-id', 'early');
	});

	it('says "No source given" for an unsourced event', () => {
		setup({
			mutate: (t) => {
				t.events[3].sources = [];
				t.events[3].unsourced = true;
			}
		});
		const cve = screen.getAllByRole('row')[4];
		expect(within(cve).getByTestId('no-source')).toHaveTextContent('No source given');
		expect(within(cve).queryByRole('link')).toBeNull();
	});
});
