/**
 * The chart's zoom transform and its programmatic moves (keys, buttons, the address's dates, a search result),
 * computed as d3-zoom computes them: its transform class, and its `scaleBy`, `translateBy` and `translateTo` with its
 * default constraint. Written here rather than taken from d3-zoom because that package is one module, its transform
 * class and its wheel, mouse and touch handling together (with d3-drag, d3-dispatch and an interpolator: about 4 KB
 * gzip), and the handling loads only after the first picture (zoom-gestures.ts). d3-zoom's gestures start from and
 * give back transforms of either class: they read `k`, `x`, `y` and the methods below. tests/unit/transform.test.ts
 * checks each function against d3-zoom's own.
 */

/** What the chart reads of a zoom transform: d3-zoom's `ZoomTransform` and `ViewTransform` both are one. */
export interface ZoomTransform {
	readonly k: number;
	readonly x: number;
	readonly y: number;
	applyX(x: number): number;
	invertX(x: number): number;
	invertY(y: number): number;
	invert(point: [number, number]): [number, number];
	translate(x: number, y: number): ZoomTransform;
	scale(k: number): ZoomTransform;
}

/** d3-zoom's transform class, as far as the chart uses it: x ↦ x·k + this.x (and the same for y). */
export class ViewTransform implements ZoomTransform {
	constructor(
		readonly k: number,
		readonly x: number,
		readonly y: number
	) {}
	applyX(x: number): number {
		return x * this.k + this.x;
	}
	invertX(x: number): number {
		return (x - this.x) / this.k;
	}
	invertY(y: number): number {
		return (y - this.y) / this.k;
	}
	invert(point: [number, number]): [number, number] {
		return [this.invertX(point[0]), this.invertY(point[1])];
	}
	translate(x: number, y: number): ViewTransform {
		return x === 0 && y === 0 ? this : new ViewTransform(this.k, this.x + this.k * x, this.y + this.k * y);
	}
	scale(k: number): ViewTransform {
		return k === 1 ? this : new ViewTransform(this.k * k, this.x, this.y);
	}
}

/** No zoom, no pan (d3-zoom's `zoomIdentity`). */
export const zoomIdentity = new ViewTransform(1, 0, 0);

/** The plot in px, and the zoom's limit: what d3-zoom's extent, translate extent and scale extent are set from. */
export interface Limits {
	left: number;
	right: number;
	height: number;
	maxScale: number;
}

/**
 * d3-zoom's default constraint with the chart's translate extent, [[left, −∞], [right, +∞]]: the plot shows nothing
 * before the base scale's start or after its end. (Vertically the extent is infinite, so `y` is left as it is.)
 */
export function constrain(t: ZoomTransform, b: Limits): ZoomTransform {
	const dx0 = t.invertX(b.left) - b.left;
	const dx1 = t.invertX(b.right) - b.right;
	return t.translate(dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1), 0);
}

/** The plot's middle, around which the buttons and keys zoom and on which `centredOn` puts a position. */
const middle = (b: Limits): [number, number] => [(b.left + b.right) / 2, b.height / 2];

/** d3-zoom's `scaleBy(factor)`: the scale times `factor` within [1, maxScale], around the plot's middle. */
export function scaledBy(t: ZoomTransform, factor: number, b: Limits): ZoomTransform {
	const k = Math.max(1, Math.min(b.maxScale, t.k * factor));
	const [px, py] = middle(b);
	const [ux, uy] = t.invert([px, py]);
	return constrain(zoomIdentity.translate(px - ux * k, py - uy * k).scale(k), b);
}

/** d3-zoom's `translateBy(dx, 0)`: `dx` in base-scale px (screen px divided by the scale). */
export function translatedBy(t: ZoomTransform, dx: number, b: Limits): ZoomTransform {
	return constrain(t.translate(dx, 0), b);
}

/** d3-zoom's `translateTo(x, 0)`: the base-scale position `x` at the plot's middle, at the same scale. */
export function centredOn(t: ZoomTransform, x: number, b: Limits): ZoomTransform {
	const [px, py] = middle(b);
	return constrain(zoomIdentity.translate(px, py).scale(t.k).translate(-x, 0), b);
}

/** The transform that shows the base-scale span [x0, x1] across the plot, its scale within [1, maxScale]. */
export function spanTransform(x0: number, x1: number, b: Limits): ZoomTransform {
	const k = Math.min(b.maxScale, Math.max(1, (b.right - b.left) / Math.max(x1 - x0, 1e-9)));
	return zoomIdentity.translate(b.left - x0 * k, 0).scale(k);
}
