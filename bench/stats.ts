// Summary statistics for the benchmark's samples. Pure; an empty sample gives undefined rather than NaN, so that
// a missing measurement cannot pass for a number in the report.

/** The frame budget: one refresh of a 60 Hz display (16.67 ms). */
export const FRAME_BUDGET_MS = 16.7;

/**
 * Frame times come from requestAnimationFrame timestamps, which are aligned to the display's refreshes and coarsened
 * to 0.1 ms: an on-time frame measures 16.6 to 16.8 ms, a late one 33.3 ms or more. A figure is judged against a
 * budget with this much slack, so that timer jitter does not count as a missed refresh.
 */
export const FRAME_JITTER_MS = 1;

/** True when a frame time (or a percentile of them) fits `budget`, give or take the timestamps' jitter. */
export const fitsBudget = (frameMs: number, budget: number) => frameMs <= budget + FRAME_JITTER_MS;

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number | undefined {
	return percentile(values, 50);
}

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks (as d3.quantile and NumPy's default
 * do), so that p95 of a short sample moves smoothly rather than jumping to the maximum.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
	if (values.length === 0) return undefined;
	const s = sorted(values);
	const rank = (Math.min(100, Math.max(0, p)) / 100) * (s.length - 1);
	const lo = Math.floor(rank);
	const hi = Math.ceil(rank);
	return s[lo] + (s[hi] - s[lo]) * (rank - lo);
}

export function minOf(values: readonly number[]): number | undefined {
	return values.length === 0 ? undefined : Math.min(...values);
}

export function maxOf(values: readonly number[]): number | undefined {
	return values.length === 0 ? undefined : Math.max(...values);
}

/** The fraction (0–1) of values strictly above `threshold`. */
export function shareOver(values: readonly number[], threshold: number): number | undefined {
	if (values.length === 0) return undefined;
	return values.filter((v) => v > threshold).length / values.length;
}

/** The gaps between successive timestamps: frame times from `requestAnimationFrame` callback times. */
export function deltas(timestamps: readonly number[]): number[] {
	return timestamps.slice(1).map((t, i) => t - timestamps[i]);
}

export interface Summary {
	median: number;
	min: number;
	max: number;
	n: number;
}

/** Median, min and max of the runs' values; undefined when no run gave a value. */
export function summarize(values: readonly (number | undefined)[]): Summary | undefined {
	const present = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
	const m = median(present);
	if (m === undefined) return undefined;
	return { median: m, min: Math.min(...present), max: Math.max(...present), n: present.length };
}

export interface FrameStats {
	p50: number;
	p95: number;
	/** Share of frames that missed a refresh: over the 60 Hz budget by more than the jitter. */
	over: number;
	count: number;
}

/** p50, p95 and the share over budget of one interaction's frame times; undefined with no frame. */
export function frameStats(frames: readonly number[], budget = FRAME_BUDGET_MS): FrameStats | undefined {
	const p50 = percentile(frames, 50);
	const p95 = percentile(frames, 95);
	const over = shareOver(frames, budget + FRAME_JITTER_MS);
	if (p50 === undefined || p95 === undefined || over === undefined) return undefined;
	return { p50, p95, over, count: frames.length };
}
