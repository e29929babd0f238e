// ZoomController before d3-zoom's gestures (zoom-gestures.ts) are there: they load after the first picture, so the
// chart must already show its span, and the keys and buttons move it; a wheel waits for them, and so does a smooth
// move. Here their module is held until the test lets it go.
import { describe, it, expect, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import ZoomHarness from './harness/ZoomHarness.svelte';
import ResizableZoomHarness from './harness/ResizableZoomHarness.svelte';
import { ZoomController } from '../../src/lib/chart/zoom.svelte';
import { baseScale } from '../../src/lib/time/scale';

const gate = vi.hoisted(() => {
	let open!: () => void;
	const opened = new Promise<void>((r) => (open = r));
	return { open, opened, asked: 0 };
});
vi.mock('../../src/lib/chart/zoom-gestures', async (original) => {
	gate.asked++;
	await gate.opened;
	return original();
});

const DAY = 86_400_000;
const start = Date.UTC(2019, 0, 1);
const base = baseScale([start, start + 100 * DAY], [0, 1000]);
const shown = (zoom: ZoomController) => zoom.domain!.map((d) => (d.getTime() - start) / DAY);
type Bound = { __on?: { type: string; name: string }[] };

describe('before the gestures are loaded', () => {
	it('the keys and buttons move the view; a wheel and a smooth move wait for the gestures, then take effect', async () => {
		const zoom = new ZoomController();
		const { container, rerender } = render(ResizableZoomHarness, { zoom, base, right: 1000 });
		const svg = container.querySelector('svg')! as SVGSVGElement & Bound;
		const d3Listeners = (node = svg) => ((node as typeof svg).__on ?? []).filter((l) => l.name === 'zoom').map((l) => l.type);

		// Nothing asked for them yet (the chart asks once its first picture is drawn; this harness draws none).
		expect(gate.asked).toBe(0);
		zoom.zoomBy(2);
		expect(zoom.transform.k).toBe(2);
		expect(shown(zoom)).toEqual([25, 75]);
		zoom.panBy(100);
		expect(shown(zoom)[0]).toBeCloseTo(30, 9);
		zoom.showDates(start + 10 * DAY, start + 20 * DAY);
		expect(shown(zoom)[0]).toBeCloseTo(10, 9);
		expect(shown(zoom)[1]).toBeCloseTo(20, 9);
		zoom.fit();
		expect(zoom.transform.k).toBe(1);
		expect(d3Listeners()).toEqual([]);

		// A smooth move asked for now waits for them, and goes on waiting when the plot is resized meanwhile (as the
		// presenter's layout settles), to travel rather than jump.
		const move = zoom.animateDates(start + 40 * DAY, start + 50 * DAY, 400);
		await rerender({ zoom, base: baseScale([start, start + 100 * DAY], [0, 1200]), right: 1200 });
		await new Promise((r) => setTimeout(r, 30));
		expect(zoom.transform.k).toBe(1);
		// A wheel is held (and kept from the page), and asks for the gestures.
		const svg2 = container.querySelector('svg')!;
		const wheel = new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -500, clientX: 500, clientY: 100 });
		svg2.dispatchEvent(wheel);
		expect(wheel.defaultPrevented).toBe(true);
		await new Promise((r) => setTimeout(r, 30));
		expect(gate.asked).toBe(1);
		expect(zoom.transform.k).toBe(1);
		expect(zoom.moving).toBe(false);
		const seen: number[] = [];
		const record = setInterval(() => seen.push(zoom.transform.k), 5);

		// Once they are there, d3-zoom listens on the chart and is given the held wheel (the reader is moving the view:
		// d3-zoom's gesture lasts 150 ms after its last wheel), which does not end the move waiting with it; the move
		// goes on to its dates.
		gate.open();
		// (The one request under way, which the wheel made.)
		await zoom.loadGestures();
		expect(gate.asked).toBe(1);
		expect(d3Listeners(svg2)).toEqual(expect.arrayContaining(['wheel', 'mousedown', 'touchstart']));
		expect(zoom.moving).toBe(true);
		await move;
		clearInterval(record);
		expect(shown(zoom)[0]).toBeCloseTo(40, 6);
		expect(shown(zoom)[1]).toBeCloseTo(50, 6);
		// It travelled: frames between the wheel's zoom (2) and the end (10).
		expect(seen.filter((k) => k > 2 + 1e-6 && k < 10 - 1e-6).length).toBeGreaterThan(0);
	});

	it('once they are there, a new chart has them at once: a wheel zooms around the pointer, and moves until it ends', async () => {
		await gate.opened;
		const zoom = new ZoomController();
		const { container, unmount } = render(ZoomHarness, { zoom, base });
		const svg = container.querySelector('svg')!;
		// Loaded already: attached at once, so the wheel reaches d3-zoom directly (2^(500 · 0.002) = 2).
		svg.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -500, clientX: 500, clientY: 100 }));
		expect(zoom.transform.k).toBeCloseTo(2, 9);
		expect(zoom.moving).toBe(true);
		// The transform the gesture began at, which the chart's lanes change their groups from: 1, still after the
		// second wheel of the same gesture.
		const wheel = () => svg.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -500, clientX: 500, clientY: 100 }));
		expect(zoom.gesture?.k).toBe(1);
		wheel();
		expect(zoom.transform.k).toBeCloseTo(4, 9);
		expect(zoom.gesture?.k).toBe(1);
		// d3-zoom ends a wheel gesture 150 ms after its last wheel: at rest there is none, and the next begins at 4.
		await new Promise((r) => setTimeout(r, 250));
		expect(zoom.moving).toBe(false);
		expect(zoom.gesture).toBeUndefined();
		wheel();
		expect(zoom.transform.k).toBeCloseTo(8, 9);
		expect(zoom.gesture?.k).toBeCloseTo(4, 9);
		// The chart goes away within d3-zoom's gesture (which then sends no end): the view is not left moving.
		unmount();
		expect(zoom.moving).toBe(false);
	});
});
