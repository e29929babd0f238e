// The one imperative piece: d3-zoom on the chart's SVG, writing its transform into state.
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { select, type Selection } from 'd3-selection';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';

export interface ZoomBounds {
	/** Plot area in px: [left, right]. */
	left: number;
	right: number;
	height: number;
	maxScale: number;
}

/**
 * The transform that shows the same dates after the plot changed from `a` to `b`: the base scale is stretched
 * with the plot, so the zoom factor stays and the translation is stretched with it.
 */
export function keepDomain(t: ZoomTransform, a: ZoomBounds, b: ZoomBounds): ZoomTransform {
	const wa = a.right - a.left;
	const wb = b.right - b.left;
	if (wa <= 0 || wb <= 0 || (wa === wb && a.left === b.left)) return t;
	const f = ((a.left - t.x) / t.k - a.left) / wa;
	return zoomIdentity.translate(b.left - t.k * (b.left + f * wb), t.y).scale(t.k);
}

export class ZoomController {
	transform: ZoomTransform = $state.raw(zoomIdentity);
	#behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>();
	#selection: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
	#bounds: ZoomBounds = $state.raw({ left: 0, right: 1, height: 1, maxScale: 1 });

	/** Attaches wheel/pinch zoom around the pointer and drag to pan; `bounds` is read reactively. */
	attach(bounds: () => ZoomBounds, initialSpan?: () => [number, number] | undefined): Attachment<SVGSVGElement> {
		return (node) => {
			let first = true;
			const selection = select(node);
			this.#selection = selection;
			this.#behavior.on('zoom', (event: { transform: ZoomTransform }) => {
				this.transform = event.transform;
			});
			selection.call(this.#behavior).on('dblclick.zoom', null);
			$effect(() => {
				const b = bounds();
				// Only the bounds are dependencies: the transform and the previous bounds are read and written here.
				untrack(() => this.#apply(selection, b, first ? initialSpan?.() : undefined, first));
				first = false;
			});
			return () => {
				selection.on('.zoom', null);
				this.#selection = null;
			};
		};
	}

	#apply(selection: Selection<SVGSVGElement, unknown, null, undefined>, b: ZoomBounds, span: [number, number] | undefined, first: boolean): void {
		const before = this.#bounds;
		this.#bounds = b;
		this.#behavior
			.extent([
				[b.left, 0],
				[b.right, b.height]
			])
			.translateExtent([
				[b.left, -Infinity],
				[b.right, Infinity]
			])
			.scaleExtent([1, b.maxScale]);
		const kept = first ? this.transform : keepDomain(this.transform, before, b);
		if (span) this.showSpan(span[0], span[1]);
		// Otherwise re-apply the transform, adjusted so the same dates stay in view and clamped to the bounds.
		else this.#behavior.transform(selection, kept);
	}

	get canZoomIn(): boolean {
		return this.transform.k < this.#bounds.maxScale - 1e-9;
	}

	get canZoomOut(): boolean {
		return this.transform.k > 1 + 1e-9;
	}

	zoomBy(factor: number): void {
		if (this.#selection) this.#behavior.scaleBy(this.#selection, factor);
	}

	fit(): void {
		if (this.#selection) this.#behavior.transform(this.#selection, zoomIdentity);
	}

	/** Shows the base-scale span [x0, x1] (px at zoom 1) across the plot. */
	showSpan(x0: number, x1: number): void {
		if (!this.#selection) return;
		const { left, right, maxScale } = this.#bounds;
		const k = Math.min(maxScale, Math.max(1, (right - left) / Math.max(x1 - x0, 1e-9)));
		const t = zoomIdentity.translate(left - x0 * k, 0).scale(k);
		this.#behavior.transform(this.#selection, t);
	}

	/** Pans so that the base-scale position `x` (px at zoom 1) sits in the middle of the plot. */
	centerOn(x: number): void {
		if (this.#selection) this.#behavior.translateTo(this.#selection, x, 0);
	}
}
