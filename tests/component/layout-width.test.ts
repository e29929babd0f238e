// The chart lays itself out only once its width is known: before, its first-paint effect read the layout while the
// width was still 0, and a whole layout (aggregation, labels) was made for a plot that nothing drew.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import App from '../../src/App.svelte';
import { parseUrlState } from '../../src/lib/state/url';
import { mini } from '../helpers';

const spy = vi.hoisted(() => ({ widths: [] as number[] }));
vi.mock('../../src/lib/layout/chart', async (original) => {
	const actual = await original<typeof import('../../src/lib/layout/chart')>();
	return { ...actual, layoutChart: (input: Parameters<typeof actual.layoutChart>[0]) => (spy.widths.push(input.right), actual.layoutChart(input)) };
});

// jsdom has no matchMedia (the print table asks it); no query matches here.
globalThis.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as unknown as typeof matchMedia;

const fetcher = (async () => new Response(JSON.stringify(mini()))) as typeof fetch;
/** Every element's clientWidth, as jsdom (which lays nothing out) reports it: 0 unless set here. */
const setWidth = (width: number) => Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });

afterEach(() => {
	setWidth(0);
	spy.widths = [];
});

describe('the chart’s first layout', () => {
	it('is not made while the chart has no width', async () => {
		render(App, { initial: parseUrlState(''), fetcher });
		await screen.findByTestId('chart');
		await new Promise((r) => setTimeout(r, 50));
		expect(screen.getByTestId('chart').querySelector('svg')).toBeNull();
		expect(spy.widths).toEqual([]);
	});

	it('is made once the width is read, for that width', async () => {
		setWidth(900);
		render(App, { initial: parseUrlState(''), fetcher });
		await screen.findByTestId('chart');
		await new Promise((r) => setTimeout(r, 50));
		expect(screen.getByTestId('chart').querySelector('svg')).not.toBeNull();
		expect(spy.widths.length).toBeGreaterThan(0);
		// `right` is the plot's right edge: the width less its 12 px margin, never the 100 px stand-in of a width of 0.
		expect(new Set(spy.widths)).toEqual(new Set([888]));
	});
});
