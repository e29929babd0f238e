import { describe, it, expect } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { keepDomain } from '../../src/lib/chart/zoom.svelte';
import { baseScale } from '../../src/lib/time/scale';

describe('keepDomain', () => {
	it('keeps the visible dates when the plot narrows or widens', () => {
		const extent: [number, number] = [Date.parse('2018-01-01Z'), Date.parse('2026-01-01Z')];
		const a = { left: 12, right: 1268, height: 500, maxScale: 1000 };
		const b = { left: 12, right: 868, height: 500, maxScale: 1000 };
		const t = zoomIdentity.translate(-5000, 0).scale(40);
		const before = t.rescaleX(baseScale(extent, [a.left, a.right])).domain();
		const after = keepDomain(t, a, b).rescaleX(baseScale(extent, [b.left, b.right])).domain();
		expect(Math.abs(after[0].getTime() - before[0].getTime())).toBeLessThan(1000);
		expect(Math.abs(after[1].getTime() - before[1].getTime())).toBeLessThan(1000);
	});

	it('leaves the transform alone when the plot did not change', () => {
		const t = zoomIdentity.translate(-50, 0).scale(3);
		const a = { left: 12, right: 500, height: 1, maxScale: 10 };
		expect(keepDomain(t, a, { ...a })).toBe(t);
	});
});
