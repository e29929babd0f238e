// The hand-written time scale agrees with d3-scale's scaleUtc, which it replaces in the bundle.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { utcScale } from '../../src/lib/time/utcScale';

const stops = (n: number) =>
	fc.tuple(
		fc.uniqueArray(fc.integer({ min: 0, max: 2e12 }), { minLength: n, maxLength: n }).map((a) => a.sort((x, y) => x - y)),
		fc.uniqueArray(fc.integer({ min: -5000, max: 5000 }), { minLength: n, maxLength: n }).map((a) => a.sort((x, y) => x - y))
	);

describe('utcScale', () => {
	it('maps, inverts and extrapolates like scaleUtc, with two or more stops, the range either way', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 6 }).chain(stops), fc.boolean(), fc.double({ min: -1, max: 2, noNaN: true }), ([domain, range], flip, where) => {
				const r = flip ? [...range].reverse() : range;
				const ours = utcScale(domain, r);
				const d3 = scaleUtc().domain(domain.map((t) => new Date(t))).range(r);
				const t = domain[0] + where * (domain[domain.length - 1] - domain[0]);
				// Same maths, maybe in another order: equal to a millionth (floating point).
				expect(Math.abs(ours(t) - d3(t))).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(d3(t))));
				const px = r[0] + where * (r[r.length - 1] - r[0]);
				const [mine, theirs] = [ours.invert(px).getTime(), d3.invert(px).getTime()];
				// Far enough out, the instant is past what a Date holds (±8.64e15 ms): then both are Invalid Date.
				if (Number.isNaN(theirs)) expect(mine).toBeNaN();
				else expect(Math.abs(mine - theirs)).toBeLessThanOrEqual(Math.max(2, Math.abs(domain[domain.length - 1] - domain[0]) * 1e-9));
			}),
			{ numRuns: 300 }
		);
	});

	it('is a copy-on-write value that d3-zoom can rescale', () => {
		const x = utcScale([Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)], [0, 1000]);
		const y = x.copy().range([0, 2000]);
		expect(x.range()).toEqual([0, 1000]);
		expect(y(Date.UTC(2020, 0, 1))).toBe(2000);
		const zoomed = zoomIdentity.translate(-500, 0).scale(2).rescaleX(x);
		// ×2 around px 500: what was at 250 and 750 now fills 0–1000.
		expect(zoomed(x.invert(250))).toBeCloseTo(0, 6);
		expect(zoomed(x.invert(750))).toBeCloseTo(1000, 6);
		expect(zoomed.range()).toEqual([0, 1000]);
	});
});
