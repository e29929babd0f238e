// A piecewise-linear scale from UTC instants to px, with d3's scale interface (call, invert, domain, range, copy),
// so that d3-zoom's rescaleX and our folding work on it. Written by hand: d3-scale's scaleUtc does the same maths
// but brings a default tick format (d3-time-format) that this app never uses (Intl writes every label), and the
// first load is the budget that matters here.
import { bisectRight } from 'd3-array';

export interface TimeScale {
	(instant: Date | number): number;
	invert(px: number): Date;
	domain(): Date[];
	domain(domain: readonly (Date | number)[]): TimeScale;
	range(): number[];
	range(range: readonly number[]): TimeScale;
	copy(): TimeScale;
}

/**
 * Domain and range have the same number of stops (two or more), the domain ascending; between stops the mapping is
 * linear, and outside them it extends the first or last piece (as an unclamped d3 scale does).
 */
export function utcScale(domain: readonly (Date | number)[] = [0, 1], range: readonly number[] = [0, 1]): TimeScale {
	let d = domain.map(Number);
	let r = [...range];

	const piece = (stops: readonly number[], v: number) => Math.max(0, Math.min(stops.length - 2, bisectRight(stops, v) - 1));
	const lerp = (from: readonly number[], to: readonly number[], i: number, v: number) => {
		const span = from[i + 1] - from[i];
		return span === 0 ? to[i] : to[i] + ((v - from[i]) / span) * (to[i + 1] - to[i]);
	};

	const scale = ((instant: Date | number) => {
		const t = +instant;
		return lerp(d, r, piece(d, t), t);
	}) as TimeScale;
	scale.invert = (px: number) => {
		// The range may run either way (a mirrored axis); search it ascending.
		const ascending = r[r.length - 1] >= r[0];
		const stops = ascending ? r : r.map((v) => -v);
		const i = piece(stops, ascending ? px : -px);
		return new Date(lerp(r, d, i, px));
	};
	scale.domain = ((next?: readonly (Date | number)[]) => {
		if (next === undefined) return d.map((t) => new Date(t));
		d = next.map(Number);
		return scale;
	}) as TimeScale['domain'];
	scale.range = ((next?: readonly number[]) => {
		if (next === undefined) return [...r];
		r = [...next];
		return scale;
	}) as TimeScale['range'];
	scale.copy = () => utcScale(d, r);
	return scale;
}
