// The narrow screen's vertical list: drawn a page at a time (a big timeline does not draw every row at once), the
// selected event always drawn, and folded quiet periods between the events they separate.
import { describe, it, expect } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import VerticalTimeline from '../../src/lib/explore/VerticalTimeline.svelte';
import { Timeline } from '../../src/lib/model/schema';
import { toItems, withIds, type Item } from '../../src/lib/model/items';
import { quietSpans, defaultMinGap, type Break } from '../../src/lib/time/fold';
import { syntheticTimeline } from '../../bench/synthetic';
import { readJson } from '../helpers';

function setup(timeline: Timeline, { selectedId = null as string | null, breaks = [] as Break[], lang = 'en' } = {}) {
	const shown = toItems(timeline);
	render(VerticalTimeline, { timeline, shown, breaks, hits: withIds(new Set()), faded: withIds(new Set()), selectedId, lang, zone: 'UTC', onselect: () => {} });
	const drawn = () => [...document.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id'));
	return { shown, drawn };
}

describe('VerticalTimeline', () => {
	const big = Timeline.parse(syntheticTimeline(1_000));

	it('draws the first 200 events of 1,000, then 200 more with each press, focus on the first new one', async () => {
		const { shown, drawn } = setup(big);
		expect(drawn()).toEqual(shown.slice(0, 200).map((i) => i.id));
		const more = screen.getByTestId('vertical-more');
		expect(more.textContent).toBe('Show more events (200 of 1,000 listed)');
		await userEvent.click(more);
		expect(drawn()).toEqual(shown.slice(0, 400).map((i) => i.id));
		expect(document.activeElement?.getAttribute('data-event-id')).toBe(shown[200].id);
		for (let i = 0; i < 3; i++) await userEvent.click(screen.getByTestId('vertical-more'));
		expect(drawn()).toEqual(shown.map((i) => i.id));
		expect(screen.queryByTestId('vertical-more')).toBeNull();
	});

	it('names its button in Arabic, with the counts in the reader’s digits', () => {
		setup(big, { lang: 'ar' });
		expect(screen.getByTestId('vertical-more').textContent).toBe('عرض مزيد من الأحداث (المعروض ٢٠٠ من ١٬٠٠٠)');
	});

	it('always draws the selected event, however far down', () => {
		const { shown, drawn } = setup(big, { selectedId: toItems(big)[750].id });
		expect(drawn()).toEqual(shown.slice(0, 751).map((i) => i.id));
		expect(document.querySelector('[aria-pressed="true"]')?.getAttribute('data-event-id')).toBe(shown[750].id);
	});

	it('marks each folded quiet period between the two events it separates, and draws a small timeline whole', () => {
		const timeline = Timeline.parse(readJson('data/whatsapp-nso-2019.json'));
		const items = toItems(timeline);
		const extent: [number, number] = [items[0].at, items[items.length - 1].at];
		const breaks = quietSpans(items.map((i) => i.at), extent, defaultMinGap(extent));
		expect(breaks.length).toBeGreaterThan(1);
		const { shown, drawn } = setup(timeline, { breaks });
		expect(drawn()).toEqual(shown.map((i) => i.id));
		expect(screen.queryByTestId('vertical-more')).toBeNull();
		// Brute force: after which event a break follows.
		const expected = shown.flatMap((item: Item, k) => (k > 0 && breaks.some((b) => b.start >= shown[k - 1].at && b.end <= item.at) ? [shown[k - 1].id] : []));
		const rows = [...document.querySelectorAll('[data-testid="vertical"] > li')];
		const after = rows.flatMap((li, k) => {
			if (!li.classList.contains('break')) return [];
			const before = rows.slice(0, k).reverse().find((r) => r.querySelector('[data-event-id]'));
			return [before?.querySelector('[data-event-id]')?.getAttribute('data-event-id')];
		});
		expect(after).toEqual(expected);
		expect(after.length).toBeGreaterThan(0);
	});
});
