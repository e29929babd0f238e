// The input that reaches the chart before d3-zoom's gestures are loaded (src/lib/chart/zoom-input.ts): held, kept from
// scrolling the page when d3-zoom would take it, and given to the gestures in order once they are there.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { acceptsZoomInput, holdInput } from '../../src/lib/chart/zoom-input';

const nodes: Element[] = [];
afterEach(() => nodes.splice(0).forEach((n) => n.remove()));

function chart(): SVGSVGElement {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	document.body.append(svg);
	nodes.push(svg);
	return svg;
}

const wheel = (init: WheelEventInit = {}) => new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -120, clientX: 310, clientY: 40, ...init });
// (No `view`: jsdom refuses its own window as a copied event's view; Chromium takes it, and the e2e tests drag.)
const mouse = (type: string, init: MouseEventInit = {}) => new MouseEvent(type, { bubbles: true, cancelable: true, clientX: 300, clientY: 40, ...init });

/** Records the events that reach `target` (after `holdInput`'s own listeners, so only what it let through or replayed). */
function record(target: EventTarget, types: string[]) {
	const seen: { type: string; x: number; deltaY?: number; ctrl: boolean; on: string }[] = [];
	for (const type of types)
		target.addEventListener(type, (e) => {
			const m = e as WheelEvent;
			seen.push({ type, x: m.clientX, deltaY: type === 'wheel' ? m.deltaY : undefined, ctrl: m.ctrlKey, on: e.currentTarget instanceof SVGSVGElement ? 'chart' : e.currentTarget instanceof Node ? 'other' : 'window' });
		});
	return seen;
}

describe('input before the gestures', () => {
	it('holds a wheel d3-zoom would take, keeps it from scrolling the page, and asks for the gestures', () => {
		const svg = chart();
		const wake = vi.fn();
		holdInput(svg, (e) => acceptsZoomInput(e, false), wake);
		const e = wheel();
		svg.dispatchEvent(e);
		expect(e.defaultPrevented).toBe(true);
		expect(wake).toHaveBeenCalledTimes(1);
	});

	it('leaves a plain wheel over a chart in an article to the page, and does not hold it', () => {
		const svg = chart();
		const wake = vi.fn();
		const refused = vi.fn();
		const held = holdInput(svg, (e) => acceptsZoomInput(e, true) || (refused(), false), wake);
		const plain = wheel();
		svg.dispatchEvent(plain);
		expect(plain.defaultPrevented).toBe(false);
		expect(refused).toHaveBeenCalledTimes(1);
		expect(wake).not.toHaveBeenCalled();
		const seen = record(svg, ['wheel']);
		held.replay();
		expect(seen).toEqual([]);
		// Ctrl+wheel zooms there: held.
		const pinch = wheel({ ctrlKey: true });
		const again = holdInput(svg, (ev) => acceptsZoomInput(ev, true), wake);
		svg.dispatchEvent(pinch);
		expect(pinch.defaultPrevented).toBe(true);
		again.release();
	});

	it('gives what it held, in order, to the chart (wheel, press) and the window (moves, release)', () => {
		const svg = chart();
		const held = holdInput(svg, (e) => acceptsZoomInput(e, false), () => {});
		svg.dispatchEvent(wheel({ deltaY: -50, clientX: 111, ctrlKey: true }));
		// A move with no press before it is not part of a drag: not held.
		window.dispatchEvent(mouse('mousemove', { clientX: 5 }));
		svg.dispatchEvent(mouse('mousedown', { clientX: 300 }));
		window.dispatchEvent(mouse('mousemove', { clientX: 320 }));
		window.dispatchEvent(mouse('mousemove', { clientX: 360 }));
		window.dispatchEvent(mouse('mouseup', { clientX: 360 }));
		window.dispatchEvent(mouse('mousemove', { clientX: 400 }));
		// A right-button press is not d3-zoom's: not held.
		svg.dispatchEvent(mouse('mousedown', { button: 2, clientX: 500 }));

		const onChart = record(svg, ['wheel', 'mousedown']);
		const onWindow = record(window, ['mousemove', 'mouseup']);
		held.replay();
		expect(onChart).toEqual([
			{ type: 'wheel', x: 111, deltaY: -50, ctrl: true, on: 'chart' },
			{ type: 'mousedown', x: 300, deltaY: undefined, ctrl: false, on: 'chart' }
		]);
		expect(onWindow.map((e) => [e.type, e.x, e.on])).toEqual([
			['mousemove', 320, 'window'],
			['mousemove', 360, 'window'],
			['mouseup', 360, 'window']
		]);
		// Once given, it holds nothing more: a wheel now reaches the chart's own listeners unheld, and is not prevented.
		const later = wheel();
		svg.dispatchEvent(later);
		expect(later.defaultPrevented).toBe(false);
		held.replay();
		expect(onChart).toHaveLength(3);
	});

	it('swallows the click after a press that moved (a drag), as d3-zoom does, and not after one that did not', async () => {
		const svg = chart();
		holdInput(svg, (e) => acceptsZoomInput(e, false), () => {});
		const heard = vi.fn();
		svg.addEventListener('click', heard);
		const click = () => {
			const c = mouse('click', { clientX: 360 });
			svg.dispatchEvent(c);
			return c.defaultPrevented;
		};
		svg.dispatchEvent(mouse('mousedown', { clientX: 300 }));
		window.dispatchEvent(mouse('mousemove', { clientX: 360 }));
		window.dispatchEvent(mouse('mouseup', { clientX: 360 }));
		expect(click()).toBe(true);
		expect(heard).not.toHaveBeenCalled();
		// Only that click: the next task's is the chart's again.
		await new Promise((r) => setTimeout(r, 0));
		expect(click()).toBe(false);
		expect(heard).toHaveBeenCalledTimes(1);
		svg.dispatchEvent(mouse('mousedown', { clientX: 360 }));
		window.dispatchEvent(mouse('mouseup', { clientX: 360 }));
		expect(click()).toBe(false);
		expect(heard).toHaveBeenCalledTimes(2);
	});

	it('forgets what it held when released (the chart went away)', () => {
		const svg = chart();
		const held = holdInput(svg, (e) => acceptsZoomInput(e, false), () => {});
		svg.dispatchEvent(wheel());
		held.release();
		const seen = record(svg, ['wheel']);
		held.replay();
		expect(seen).toEqual([]);
	});

	it('holds a touch d3-zoom would take until the last finger is lifted, keeps its moves from scrolling the page, and gives it back in order', () => {
		const svg = chart();
		const wake = vi.fn();
		// As over a chart in an article: one finger is the page's, a second makes it the chart's (acceptsZoomInput).
		let fingers = 1;
		const held = holdInput(svg, (e) => e.type !== 'touchstart' || fingers >= 2, wake);
		// (jsdom makes no Touch objects: the lists are empty, so every touchend here lifts the last finger.)
		const touch = (type: string) => {
			const e = new TouchEvent(type, { bubbles: true, cancelable: true, touches: [], changedTouches: [] });
			svg.dispatchEvent(e);
			return e.defaultPrevented;
		};
		expect(touch('touchstart')).toBe(false);
		expect(touch('touchmove')).toBe(false);
		expect(wake).not.toHaveBeenCalled();
		fingers = 2;
		expect(touch('touchstart')).toBe(false);
		expect(touch('touchmove')).toBe(true);
		expect(touch('touchmove')).toBe(true);
		expect(touch('touchend')).toBe(false);
		expect(wake).toHaveBeenCalledTimes(4);
		// The fingers are lifted: what follows is not part of the held touch.
		expect(touch('touchmove')).toBe(false);
		expect(wake).toHaveBeenCalledTimes(4);

		const seen = record(svg, ['touchstart', 'touchmove', 'touchend']);
		held.replay();
		expect(seen.map((e) => [e.type, e.on])).toEqual([
			['touchstart', 'chart'],
			['touchmove', 'chart'],
			['touchmove', 'chart'],
			['touchend', 'chart']
		]);
	});
});
