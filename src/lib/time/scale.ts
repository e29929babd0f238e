// The fixed full-extent time scale; zooming rescales it with a transform, it is never rebuilt for zoom.
import { utcScale, type TimeScale } from './utcScale';

export type { TimeScale };

export function baseScale(extent: [number, number], range: [number, number]): TimeScale {
	return utcScale(extent, range);
}

const HOUR_PER_100PX = 3_600_000 / 100;

/**
 * The largest zoom factor: down to about one hour per 100 px, never below the whole span. Measured at `at`, an
 * instant outside any folded break (a folded scale gives unfolded time more px than a linear one).
 */
export function maxZoom(x: TimeScale, at: number): number {
	const pxPerMinute = x(new Date(at + 60_000)) - x(new Date(at));
	return pxPerMinute > 0 ? Math.max(1, 60_000 / pxPerMinute / HOUR_PER_100PX) : 1;
}
