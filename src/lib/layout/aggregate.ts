// Dense stretches as counts: each lane's items bucketed by the instant of their mark, in buckets of 2^k minutes,
// so that a frame's work depends on how many buckets fit on the screen, not on how many events there are.
import { bisectLeft, bisectRight } from 'd3-array';
import type { LaneSeries } from './window';
import type { ItemSet } from '../model/items';
import { millisecondsInMinute as MINUTE } from 'date-fns/constants';

/** One bucketing of a lane: the non-empty buckets in time order, each a run of consecutive items of the series. */
export interface Level {
	/** Bucket width in ms. */
	width: number;
	/** Bucket number (⌊at / width⌋) of each non-empty bucket. */
	key: Float64Array;
	/** Position of the bucket's first item in the series, and how many it holds. */
	start: Int32Array;
	count: Int32Array;
	/** Sum of the members' offsets from the bucket's start (for their mean instant). */
	offset: Float64Array;
	/** Earliest and latest instant the members cover. */
	from: Float64Array;
	to: Float64Array;
}

const levels = new WeakMap<LaneSeries, Map<number, Level>>();

/** The coarsest needed: bucket k is 2^k minutes wide; the smallest k whose buckets are at least `minMs` wide. */
export function levelFor(minMs: number): number {
	return Math.max(0, Math.ceil(Math.log2(Math.max(minMs, MINUTE) / MINUTE)));
}

/** A lane's buckets at level k, built on first use (one pass over the lane) and kept with the series. */
export function levelOf(series: LaneSeries, k: number): Level {
	let cache = levels.get(series);
	if (!cache) levels.set(series, (cache = new Map()));
	const cached = cache.get(k);
	if (cached) return cached;
	const width = 2 ** k * MINUTE;
	const keys: number[] = [];
	const starts: number[] = [];
	const { at, lo, hi } = series;
	for (let i = 0; i < at.length; i++) {
		const key = Math.floor(at[i] / width);
		if (keys.length === 0 || keys[keys.length - 1] !== key) {
			keys.push(key);
			starts.push(i);
		}
	}
	const n = keys.length;
	const level: Level = {
		width,
		key: Float64Array.from(keys),
		start: Int32Array.from(starts),
		count: new Int32Array(n),
		offset: new Float64Array(n),
		from: new Float64Array(n),
		to: new Float64Array(n)
	};
	for (let b = 0; b < n; b++) {
		const end = b + 1 < n ? starts[b + 1] : at.length;
		let from = Infinity;
		let to = -Infinity;
		let offset = 0;
		for (let i = starts[b]; i < end; i++) {
			offset += at[i] - keys[b] * width;
			from = Math.min(from, lo[i]);
			to = Math.max(to, hi[i]);
		}
		level.count[b] = end - starts[b];
		level.offset[b] = offset;
		level.from[b] = from;
		level.to[b] = to;
	}
	cache.set(k, level);
	return level;
}

/** Consecutive items of a lane drawn as one node: a single mark when `end − start` is 1, else a cluster. */
export interface Run {
	start: number;
	end: number;
	/** Mean x of the members, in px. */
	x: number;
	from: number;
	to: number;
}

/**
 * The lane's buckets from key k0 to k1 (inclusive), with neighbours closer than `minDistance` px merged into one
 * run (chained, as the exact clustering does). Looks at one entry per bucket, never at the items inside.
 */
export function runsOf(level: Level, k0: number, k1: number, x: (t: number) => number, minDistance: number): { runs: Run[]; touched: number } {
	const e0 = bisectLeft(level.key, k0);
	const e1 = bisectRight(level.key, k1);
	const runs: Run[] = [];
	let last = -Infinity;
	let weight = 0;
	for (let e = e0; e < e1; e++) {
		const count = level.count[e];
		const px = x(level.key[e] * level.width + level.offset[e] / count);
		const run = runs[runs.length - 1];
		if (run && px - last < minDistance) {
			run.x = (run.x * weight + px * count) / (weight + count);
			weight += count;
			run.end = level.start[e] + count;
			run.from = Math.min(run.from, level.from[e]);
			run.to = Math.max(run.to, level.to[e]);
		} else {
			runs.push({ start: level.start[e], end: level.start[e] + count, x: px, from: level.from[e], to: level.to[e] });
			weight = count;
		}
		last = px;
	}
	return { runs, touched: e1 - e0 };
}

const prefixes = new WeakMap<ItemSet, WeakMap<LaneSeries, Int32Array>>();

/** How many of the series' items from `start` to `end` are in `set`: O(1) after one pass per set and lane. */
export function countInRun(series: LaneSeries, start: number, end: number, set: ItemSet): number {
	if (set.size === 0) return 0;
	let bySeries = prefixes.get(set);
	if (!bySeries) prefixes.set(set, (bySeries = new WeakMap()));
	let prefix = bySeries.get(series);
	if (!prefix) {
		prefix = new Int32Array(series.items.length + 1);
		for (let i = 0; i < series.items.length; i++) prefix[i + 1] = prefix[i] + (set.has(series.items[i]) ? 1 : 0);
		bySeries.set(series, prefix);
	}
	return prefix[end] - prefix[start];
}
