// The chart's animated moves (ZoomController.animateDates), which run on d3-timer with d3-zoom's interpolation, and
// the stand-in for d3-transition that d3-zoom imports (src/lib/chart/interrupt.ts).
import { describe, it, expect } from 'vitest';
import { render } from '@testing-library/svelte';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ZoomHarness from './harness/ZoomHarness.svelte';
import { ZoomController, easeInOut } from '../../src/lib/chart/zoom.svelte';
import { baseScale } from '../../src/lib/time/scale';

const DAY = 86_400_000;
const start = Date.UTC(2019, 0, 1);
const base = baseScale([start, start + 100 * DAY], [0, 1000]);

function mount(): ZoomController {
	const zoom = new ZoomController();
	render(ZoomHarness, { zoom, base });
	return zoom;
}

const shown = (zoom: ZoomController) => zoom.domain!.map((d) => (d.getTime() - start) / DAY);

describe('animated moves', () => {
	it('end on the asked dates, passing through frames between', async () => {
		const zoom = mount();
		const seen: number[] = [];
		const record = setInterval(() => seen.push(zoom.transform.k), 10);
		await zoom.animateDates(start + 40 * DAY, start + 50 * DAY, 300);
		clearInterval(record);
		const [a, b] = shown(zoom);
		expect(a).toBeCloseTo(40, 6);
		expect(b).toBeCloseTo(50, 6);
		expect(zoom.transform.k).toBeCloseTo(10, 6);
		// Some frames fell between the start (k = 1) and the end (k = 10).
		expect(seen.filter((k) => k > 1 + 1e-6 && k < 10 - 1e-6).length).toBeGreaterThan(0);
	});

	it('with no time, jump there', async () => {
		const zoom = mount();
		await zoom.animateDates(start + 10 * DAY, start + 20 * DAY, 0);
		expect(shown(zoom)[0]).toBeCloseTo(10, 6);
	});

	it('end when something else moves the view, which then stays where that put it', async () => {
		const zoom = mount();
		const move = zoom.animateDates(start + 80 * DAY, start + 90 * DAY, 2_000);
		let over = false;
		void move.then(() => (over = true));
		await new Promise((r) => setTimeout(r, 100));
		expect(over).toBe(false);
		zoom.fit();
		await move;
		await new Promise((r) => setTimeout(r, 200));
		expect(zoom.transform.k).toBe(1);
	});

	it('end when another move replaces them; the new one goes to its own dates', async () => {
		const zoom = mount();
		const first = zoom.animateDates(start + 80 * DAY, start + 90 * DAY, 2_000);
		await new Promise((r) => setTimeout(r, 50));
		await Promise.all([first, zoom.animateDates(start + 20 * DAY, start + 40 * DAY, 200)]);
		const [a, b] = shown(zoom);
		expect(a).toBeCloseTo(20, 6);
		expect(b).toBeCloseTo(40, 6);
	});
});

describe('d3-transition', () => {
	it('is never imported by the app: d3-zoom gets a stand-in that has no transition to interrupt', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
		const importers = files('src').filter((f) => /from ['"]d3-transition['"]|import ['"]d3-transition['"]/.test(readFileSync(f, 'utf8')));
		expect(importers).toEqual([]);
	});
});

describe('the easing of animated moves', () => {
	it('is cubic in and out: from 0 to 1, symmetric about its middle, steepest there, flat at both ends', () => {
		expect(easeInOut(0)).toBe(0);
		expect(easeInOut(1)).toBe(1);
		expect(easeInOut(0.5)).toBeCloseTo(0.5, 12);
		expect(easeInOut(0.25)).toBeCloseTo(0.0625, 12);
		for (let t = 0; t <= 1; t += 0.01) {
			expect(easeInOut(t) + easeInOut(1 - t)).toBeCloseTo(1, 12);
			expect(easeInOut(t + 0.01)).toBeGreaterThanOrEqual(easeInOut(t));
		}
		const slope = (t: number) => (easeInOut(t + 1e-6) - easeInOut(t)) / 1e-6;
		expect(slope(0)).toBeLessThan(1e-5);
		expect(slope(0.5)).toBeCloseTo(3, 4);
	});
});
