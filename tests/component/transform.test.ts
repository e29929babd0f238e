// The chart's own zoom transform and moves (src/lib/chart/transform.ts), which the first picture, the keys and the
// buttons use before d3-zoom's gestures are loaded and after: each must give what d3-zoom's own gives.
import { describe, it, expect } from 'vitest';
import { zoom, zoomIdentity as d3Identity, zoomTransform, ZoomTransform as D3Transform } from 'd3-zoom';
import { select } from '../../src/lib/chart/selection';
import { limit } from '../../src/lib/chart/zoom-gestures';
import { ViewTransform, centredOn, constrain, scaledBy, spanTransform, translatedBy, zoomIdentity, type Limits } from '../../src/lib/chart/transform';

/** A deterministic sequence in [0, 1) (mulberry32), so that a failure can be run again. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** d3-zoom's behaviour with the chart's settings (zoom-gestures.ts), on an element of jsdom. */
function d3Zoom(b: Limits) {
	const behavior = limit(zoom<SVGSVGElement, unknown>(), b);
	const node = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement & { __zoom: D3Transform };
	const selection = select(node);
	selection.call(behavior as never);
	/** d3-zoom's answer for `act`, starting from `t`. */
	return (t: { k: number; x: number; y: number }, act: (b: typeof behavior, s: typeof selection) => void) => {
		node.__zoom = new D3Transform(t.k, t.x, t.y);
		act(behavior, selection);
		return zoomTransform(node);
	};
}

const same = (ours: { k: number; x: number; y: number }, theirs: { k: number; x: number; y: number }) => {
	expect(ours.k).toBeCloseTo(theirs.k, 9);
	expect(ours.x).toBeCloseTo(theirs.x, 6);
	expect(ours.y).toBeCloseTo(theirs.y, 6);
};

const cases = (() => {
	const r = random(7);
	return Array.from({ length: 300 }, (_, i) => {
		const left = Math.round(r() * 80);
		const b: Limits = { left, right: left + 200 + Math.round(r() * 1400), height: 100 + Math.round(r() * 500), maxScale: [8, 1000, 100_000][i % 3] };
		// Scales from 1 (every case's a third) to the limit, offsets inside and outside what the limit allows.
		const k = i % 3 === 0 ? 1 : Math.min(b.maxScale, 2 ** (r() * Math.log2(b.maxScale)));
		const x = (r() * 1.4 - 1.2) * (b.right - b.left) * k;
		return { b, t: new ViewTransform(k, x, (r() - 0.5) * 200), r: r() };
	});
})();

describe('the transform class', () => {
	it('maps, inverts, translates and scales as d3-zoom’s does', () => {
		for (const { t, r } of cases) {
			const d3 = new D3Transform(t.k, t.x, t.y);
			const p: [number, number] = [r * 1000, (1 - r) * 300];
			expect(t.applyX(p[0])).toBeCloseTo(d3.applyX(p[0]), 6);
			expect(t.invertX(p[0])).toBeCloseTo(d3.invertX(p[0]), 9);
			expect(t.invertY(p[1])).toBeCloseTo(d3.invertY(p[1]), 9);
			expect(t.invert(p)[0]).toBeCloseTo(d3.invert(p)[0], 9);
			expect(t.invert(p)[1]).toBeCloseTo(d3.invert(p)[1], 9);
			same(t.translate(p[0], -p[1]), d3.translate(p[0], -p[1]));
			same(t.scale(1 + r * 4), d3.scale(1 + r * 4));
			same(t.translate(-3, 7).scale(2).translate(5, 0), d3.translate(-3, 7).scale(2).translate(5, 0));
		}
		same(zoomIdentity, d3Identity);
		// Like d3-zoom's, a move by nothing gives the same object.
		expect(zoomIdentity.translate(0, 0)).toBe(zoomIdentity);
		expect(zoomIdentity.scale(1)).toBe(zoomIdentity);
	});
});

describe('the moves the keys and buttons make', () => {
	it('zoom by a factor around the plot’s middle, within [1, maxScale], as scaleBy does', () => {
		for (const { b, t, r } of cases) {
			const d3 = d3Zoom(b);
			for (const factor of [2, 0.5, 1.5 + r * 1000, 1 / (1.5 + r * 1000)]) same(scaledBy(t, factor, b), d3(t, (z, s) => z.scaleBy(s as never, factor)));
		}
	});

	it('pan by an offset, kept within the data, as translateBy does', () => {
		for (const { b, t, r } of cases) {
			const d3 = d3Zoom(b);
			for (const dx of [(r - 0.5) * 100, -(b.right - b.left) * 3, (b.right - b.left) * 3, 0]) same(translatedBy(t, dx, b), d3(t, (z, s) => z.translateBy(s as never, dx, 0)));
		}
	});

	it('centre on a position, kept within the data, as translateTo does', () => {
		for (const { b, t, r } of cases) {
			const d3 = d3Zoom(b);
			for (const x of [b.left + r * (b.right - b.left), b.left - 50, b.right + 50]) same(centredOn(t, x, b), d3(t, (z, s) => z.translateTo(s as never, x, 0)));
		}
	});

	it('are kept within the data by d3-zoom’s own constraint', () => {
		for (const { b, t } of cases) {
			const d3 = d3Zoom(b);
			// d3-zoom applies its constraint to a transform it is given through its `constrain` hook: identity moves do.
			same(constrain(t, b), d3(t, (z, s) => z.translateBy(s as never, 0, 0)));
		}
	});

	it('show a span across the plot, within the zoom’s limits', () => {
		const b: Limits = { left: 40, right: 1040, height: 300, maxScale: 100 };
		const t = spanTransform(200, 400, b);
		expect(t.k).toBe(5);
		expect(t.applyX(200)).toBeCloseTo(40, 9);
		expect(t.applyX(400)).toBeCloseTo(1040, 9);
		// Narrower than the limit allows: the limit, from the span's start; wider than the plot: the whole.
		expect(spanTransform(200, 200.001, b).k).toBe(100);
		expect(spanTransform(-500, 3000, b).k).toBe(1);
	});
});
