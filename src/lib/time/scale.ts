// The fixed full-extent time scale; zooming rescales it with a transform, it is never rebuilt for zoom.
import { scaleUtc, type ScaleTime } from 'd3-scale';

export type TimeScale = ScaleTime<number, number>;

export function baseScale(extent: [number, number], range: [number, number]): TimeScale {
	return scaleUtc().domain([new Date(extent[0]), new Date(extent[1])]).range(range);
}

const HOUR_PER_100PX = 3_600_000 / 100;

/** The largest zoom factor: down to about one hour per 100 px, never below the whole span. */
export function maxZoom(extent: [number, number], width: number): number {
	const msPerPx = (extent[1] - extent[0]) / Math.max(width, 1);
	return Math.max(1, msPerPx / HOUR_PER_100PX);
}
