// The layout of dense windows is code of its own (layout/dense.ts), loaded only for a timeline of more than EXACT_LIMIT
// events: one of that many or fewer never has more in view, so its chart never needs it.
import { describe, it, expect } from 'vitest';
import { syntheticTimeline } from '../../bench/synthetic';
import { chartOf } from '../hostile/layout';
import { EXACT_LIMIT, useDenseLayout } from '../../src/lib/layout/inview';
import { loadDenseLayout } from '../../src/lib/chart/dense-load';
import type { Timeline } from '../../src/lib/model/schema';

// chartOf's module gives the chart the dense layout, as the app does once loaded; this file takes it away again, to
// see what a chart needs without it. (Vitest runs each test file in a module graph of its own.)
useDenseLayout(undefined as never);

/** The layout of `timeline` in full view, `width` px wide. */
function fullView(timeline: Timeline, width: number) {
	const chart = chartOf(timeline);
	return chart.layout({ width, range: [chart.extent[0], chart.extent[1]], mode: 'actor' });
}

/** Every event at one instant: the densest view there is. */
function packed(count: number): Timeline {
	const timeline = syntheticTimeline(count);
	return { ...timeline, events: timeline.events.map((e) => ({ ...e, start: '2019-05-13T10:00Z', end: undefined, uncertainty: undefined })) };
}

describe('the layout of dense windows, loaded on demand', () => {
	it('is not needed by a timeline of EXACT_LIMIT events, however dense or narrow the view', () => {
		for (const timeline of [syntheticTimeline(EXACT_LIMIT), packed(EXACT_LIMIT)]) {
			for (const width of [320, 1280]) {
				const { layout } = fullView(timeline, width);
				expect(layout.aggregated).toBe(false);
				expect(layout.marks.length).toBe(EXACT_LIMIT);
			}
		}
	});

	it('is needed by one of EXACT_LIMIT + 1 events in view, and loadDenseLayout loads it for such a timeline only', async () => {
		const timeline = syntheticTimeline(EXACT_LIMIT + 1);
		expect(() => fullView(timeline, 1280)).toThrow(TypeError);
		await loadDenseLayout(EXACT_LIMIT);
		expect(() => fullView(timeline, 1280)).toThrow(TypeError);
		// The parsed text's call and the shown timeline's share one request.
		const first = loadDenseLayout(EXACT_LIMIT + 1);
		expect(loadDenseLayout(EXACT_LIMIT + 5)).toBe(first);
		await first;
		const { layout } = fullView(timeline, 1280);
		expect(layout.aggregated).toBe(true);
		const counted = layout.nodes.reduce((n, node) => n + (node.kind === 'cluster' ? node.cluster.count : 1), 0);
		expect(counted).toBe(EXACT_LIMIT + 1);
	});
});
