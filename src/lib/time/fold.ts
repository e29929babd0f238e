// Folds quiet periods out of the time axis: finds long spans with nothing to show, squeezes each into a narrow gap of a piecewise UTC scale, and ticks that scale.
import { calendarInterval, calendarContext } from './calendar';
import type { Calendar } from '../i18n/locale';
import { utcScale, type TimeScale } from './utcScale';
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { cumsum, pairs, sum, union } from 'd3-array';
import type { ZoomTransform } from '../chart/transform';
import { tickLevel, type ContextLevel, type Ticks } from './ticks';
import { millisecondsInDay as DAY } from 'date-fns/constants';

/** A quiet span, in UTC ms, that is folded away. */
export interface Break {
	start: number;
	end: number;
}

/** A break with its px on a given scale. */
export interface PlacedBreak extends Break {
	x0: number;
	x1: number;
}

export interface MinGapOptions {
	/** Floor, in days: shorter lulls are part of the story's rhythm, not dead air. */
	days?: number;
	/** Share of the extent: on long timelines only spans that would take a visible slice of the axis fold. */
	share?: number;
}

export interface QuietOptions {
	/** Time (ms) kept on each side of a break so the marks at its edges keep some room; default 10% of minGap, at least a day. */
	margin?: number;
}

export interface FoldHelpsOptions {
	/** Share of the extent the breaks must hide for folding to be worth a broken axis. */
	minShare?: number;
}

/** Re-derived from ticks.ts, which keeps its context table private. */
const CONTEXT: Record<Exclude<ContextLevel, 'none'>, TimeInterval> = { years: utcYear, months: utcMonth, days: utcDay };

/** The shortest span worth folding: the longer of `days` (60) and `share` (4%) of the extent. */
export function defaultMinGap(extent: [number, number], { days = 60, share = 0.04 }: MinGapOptions = {}): number {
	return Math.max(days * DAY, share * (extent[1] - extent[0]));
}

/**
 * Sorted, disjoint breaks: every span between consecutive distinct edges (extent ends included, edges outside it
 * ignored) longer than `minGap`, shrunk by `margin` at both ends.
 *
 * Without sorting the edges: the extent is cut into buckets `minGap` long, and only each bucket's earliest and latest
 * edge are kept. Two edges in one bucket are less than `minGap` apart, so a span that qualifies runs from the latest
 * edge of a bucket to the earliest of the next bucket that holds one; and each such pair is consecutive. The default
 * gap is at least 4% of the extent, so about 26 buckets: one pass over the edges, where sorting the 12,000 edges of a
 * 10,000-event timeline took 3.5 ms of its first render. A gap so short that the buckets would outnumber the edges
 * sorts them instead, each edge then a bucket of its own.
 */
export function quietSpans(
	edges: readonly number[],
	extent: [number, number],
	minGap: number,
	{ margin = Math.max(0.1 * minGap, DAY) }: QuietOptions = {}
): Break[] {
	const [e0, e1] = extent;
	const count = Math.floor((e1 - e0) / minGap) + 1;
	const bucketed = count >= 1 && count <= edges.length + 64;
	// Filled in place, a typed array sorts numerically and fast (a spread of 60,000 edges cost more than the sort).
	let first = new Float64Array(bucketed ? count : edges.length + 2).fill(Infinity);
	let last = bucketed ? new Float64Array(count).fill(-Infinity) : first;
	let n = 0;
	const put = (t: number) => {
		if (!(t >= e0 && t <= e1)) return;
		if (!bucketed) first[n++] = t;
		else {
			const b = Math.floor((t - e0) / minGap);
			first[b] = Math.min(first[b], t);
			last[b] = Math.max(last[b], t);
		}
	};
	put(e0);
	put(e1);
	for (const t of edges) put(t);
	if (!bucketed) last = first = first.subarray(0, n).sort();
	const breaks: Break[] = [];
	// The first bucket holds the extent's start. Repeated edges only give zero-length spans, which never qualify.
	let a = last[0];
	for (let b = 1; b < first.length; b++) {
		const next = first[b];
		if (next === Infinity) continue;
		if (next - a > minGap && next - margin > a + margin) breaks.push({ start: a + margin, end: next - margin });
		a = last[b];
	}
	return breaks;
}

/** True when the breaks hide at least `minShare` (40%) of the extent, i.e. folding gives the rest at least 1.67× the room. */
export function foldHelps(extent: [number, number], breaks: readonly Break[], { minShare = 0.4 }: FoldHelpsOptions = {}): boolean {
	const span = extent[1] - extent[0];
	return span > 0 && sum(clip(breaks, extent), (b) => b.end - b.start) >= minShare * span;
}

/** A time scale over `extent` where each break (sorted, disjoint) takes `gapPx` (at most range/(2n+1)) and all other time shares one ms per px. */
export function foldedScale(
	extent: [number, number],
	range: [number, number],
	breaks: readonly Break[],
	gapPx = 28
): TimeScale {
	const folded = clip(breaks, extent);
	const n = folded.length;
	const scale = utcScale();
	if (n === 0) return scale.domain(extent.map((t) => new Date(t))).range(range);
	const domain = [extent[0], ...folded.flatMap((b) => [b.start, b.end]), extent[1]];
	const span = range[1] - range[0];
	const openMs = extent[1] - extent[0] - sum(folded, (b) => b.end - b.start);
	const gap = openMs > 0 ? Math.sign(span) * Math.min(gapPx, Math.abs(span) / (2 * n + 1)) : span / n;
	const pxPerMs = openMs > 0 ? (span - n * gap) / openMs : 0;
	const widths = pairs(domain).map(([a, b], i) => (i % 2 === 1 ? gap : (b - a) * pxPerMs));
	const stops = [range[0], ...Array.from(cumsum(widths), (w) => range[0] + w)];
	stops[stops.length - 1] = range[1];
	return scale.domain(domain.map((t) => new Date(t))).range(stops);
}

/**
 * The zoomed copy of a (folded) scale: its range stops go through the transform and its domain stops stay, so every
 * break stays exactly k·gap px wide. `transform.rescaleX` does the opposite (fixed range stops, moved domain stops),
 * which is exact for a linear scale but smears the breaks of a piecewise one.
 */
export function rescaleFolded(transform: Pick<ZoomTransform, 'applyX'>, x: TimeScale): TimeScale {
	return x.copy().range(x.range().map((r) => transform.applyX(r)));
}

/** Each break with its px on `x`, in the same order; breaks out of view keep their (off-range) px. */
export function placeBreaks(x: TimeScale, breaks: readonly Break[]): PlacedBreak[] {
	return breaks.map((b) => ({ start: b.start, end: b.end, x0: x(b.start), x1: x(b.end) }));
}

/** Like ticksFor over [x.invert(left), x.invert(right)], but at the level of the unfolded ms/px and with no tick or context tick strictly inside a break. */
export function ticksForScale(x: TimeScale, left: number, right: number, breaks: readonly Break[], calendar?: Calendar): Ticks {
	const d0 = x.invert(left).getTime();
	const d1 = x.invert(right).getTime();
	const rung = tickLevel(openMsPerPx(x, breaks) ?? (d1 - d0) / Math.max(right - left, 1));
	const pieces = openPieces(d0, d1, breaks);
	const outside = (d: Date) => !breaks.some((b) => d.getTime() > b.start && d.getTime() < b.end);
	const rangeOver = (interval: TimeInterval, floor: boolean) =>
		Array.from(union(...pieces.map(([a, b]) => interval.range(floor ? interval.floor(new Date(a)) : new Date(a), new Date(b + 1))))).filter(outside);
	const ticks = rangeOver(calendarInterval(rung.level, rung.interval, calendar, rung.step), false);
	if (rung.context === 'none') {
		// Years have no context row; but a piece that begins after a break has no tick at its start, and may have none
		// at all: the row names each such piece's year from its start (unless a year's tick already stands there).
		const at = new Set(ticks.map((d) => d.getTime()));
		const contextTicks = pieces.slice(1).flatMap(([a]) => (at.has(a) ? [] : [new Date(a)]));
		return { level: rung.level, ticks, context: contextTicks.length > 0 ? 'years' : 'none', contextTicks };
	}
	const contextTicks = contextOver(calendarContext(rung.context, CONTEXT[rung.context], calendar), pieces).filter(outside);
	return { level: rung.level, ticks, context: rung.context, contextTicks };
}

/**
 * Context periods touching the pieces: the first piece starts with the period it lies in (which may begin before
 * the view); a piece after a break starts with its own first instant, so it is labelled with the period it is in,
 * not with the last one that began before the break.
 */
function contextOver(interval: TimeInterval, pieces: [number, number][]): Date[] {
	const out = new Map<number, Date>();
	pieces.forEach(([a, b], i) => {
		const first = interval.floor(new Date(a));
		if (first.getTime() < a) out.set(i === 0 ? first.getTime() : a, i === 0 ? first : new Date(a));
		for (const d of interval.range(new Date(a), new Date(b + 1))) out.set(d.getTime(), d);
	});
	return [...out.values()].sort((x, y) => x.getTime() - y.getTime());
}

/** Ms per px of the unfolded time on `x` (the same for every unfolded span); undefined when no break is on it. */
function openMsPerPx(x: TimeScale, breaks: readonly Break[]): number | undefined {
	const stops = x.domain();
	const a = stops[0].getTime();
	const b = stops[stops.length - 1].getTime();
	const folded = clip(breaks, [a, b]);
	if (folded.length === 0) return undefined;
	const ms = b - a - sum(folded, (k) => k.end - k.start);
	const px = x(b) - x(a) - sum(folded, (k) => x(k.end) - x(k.start));
	return ms > 0 && px > 0 ? ms / px : undefined;
}

/** The closed pieces of [from, to] outside the (sorted) breaks; a piece may be a single instant at a break's edge. */
function openPieces(from: number, to: number, breaks: readonly Break[]): [number, number][] {
	const pieces: [number, number][] = [];
	let at = from;
	for (const b of breaks) {
		if (b.end <= at || b.start >= to) continue;
		if (b.start >= at) pieces.push([at, b.start]);
		at = b.end;
	}
	if (at <= to) pieces.push([at, to]);
	return pieces;
}

function clip(breaks: readonly Break[], [a, b]: [number, number]): Break[] {
	return breaks.map((k) => ({ start: Math.max(k.start, a), end: Math.min(k.end, b) })).filter((k) => k.end > k.start);
}
