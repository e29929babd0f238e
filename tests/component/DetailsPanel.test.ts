import { describe, it, expect, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DetailsPanel from '../../src/lib/explore/DetailsPanel.svelte';
import { Timeline } from '../../src/lib/model/schema';
import { toItems } from '../../src/lib/model/items';
import { mini } from '../helpers';

function setup(id: string, lang = 'en', mutate: (t: ReturnType<typeof mini>) => void = () => {}) {
	const raw = mini();
	mutate(raw);
	const timeline = Timeline.parse(raw);
	const item = toItems(timeline).find((i) => i.id === id)!;
	const onclose = vi.fn();
	render(DetailsPanel, { item, timeline, lang, zone: 'UTC', onclose });
	return { onclose, region: screen.getByRole('region') };
}

describe('DetailsPanel', () => {
	it('shows the date at its precision, the title, description, status, actors and category', () => {
		const { region } = setup('week');
		expect(within(region).getByRole('heading', { level: 2, name: 'Referred last week' })).toBeInTheDocument();
		expect(within(region).getByTestId('details-date').textContent?.replace(/\s/g, ' ')).toBe('6 – 10 May 2019');
		expect(region).toHaveTextContent('An uncertainty window.');
		expect(region).toHaveTextContent('Uncertain date: "last week"');
		expect(within(region).getByTestId('details-status')).toHaveTextContent('Alleged');
		expect(region).toHaveTextContent('Acme · A court');
		expect(region).toHaveTextContent('Litigation');
		expect(region).toHaveTextContent('primary record');
	});

	it('writes "early May 2019" for a month with a part', () => {
		setup('early');
		expect(screen.getByTestId('details-date')).toHaveTextContent('early May 2019');
	});

	it('writes a range from its first to its last day, with the annotation', () => {
		setup('window');
		expect(screen.getByTestId('details-date')).toHaveTextContent(/29 April\s–\s10 May 2019/);
		expect(screen.getByText(/About 1,400 devices/)).toBeInTheDocument();
	});

	it('lists sources as links that open in a new tab without an opener or referrer', () => {
		setup('window');
		const link = screen.getByRole('link', { name: /Range story/ });
		expect(link).toHaveAttribute('href', 'https://example.org/range');
		expect(link).toHaveAttribute('target', '_blank');
		expect(link).toHaveAttribute('rel', 'noopener noreferrer');
		expect(screen.getByText(/Example News/).closest('li')).toHaveTextContent('published 29 October 2019');
	});

	it('shows a source quote as text', () => {
		setup('early');
		expect(screen.getByText(/“in early May”/)).toBeInTheDocument();
	});

	it('says "No source given" for an event marked unsourced', () => {
		setup('cve', 'en', (t) => {
			t.events[3].sources = [];
			t.events[3].unsourced = true;
		});
		expect(screen.getByTestId('no-source')).toHaveTextContent('No source given');
		expect(screen.queryByRole('link')).toBeNull();
	});

	it('never parses text from the data as HTML', () => {
		setup('cve', 'en', (t) => {
			t.events[3].title = { en: '<img src=x onerror=alert(1)>Boom', ar: 'x' };
			t.events[3].description = { en: '<b>bold</b>', ar: 'x' };
		});
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)>Boom');
		expect(document.querySelector('img')).toBeNull();
		expect(document.querySelector('b')).toBeNull();
	});

	it('shows Arabic text and Arabic dates in Arabic', () => {
		setup('cve', 'ar');
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('نُشر السجل');
		expect(screen.getByTestId('details-date')).toHaveTextContent('١٤ مايو ٢٠١٩');
	});

	it('calls onclose from its close button and focuses its heading when opened', async () => {
		const { onclose } = setup('cve');
		expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
		await userEvent.click(screen.getByRole('button', { name: 'Close' }));
		expect(onclose).toHaveBeenCalledOnce();
	});
});
