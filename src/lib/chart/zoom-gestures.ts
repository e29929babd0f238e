// d3-zoom on the chart's SVG: the reader's wheel, pinch, touch and drag, and the smooth moves' interpolation and timer.
// Not in the first load: ZoomController (zoom.svelte.ts) asks for it once the first picture is drawn, or at the first
// wheel or press on the chart, whichever comes first: a chunk of its own for the reader, a side script for the embed
// (embed/side-zoom.ts). Until it is there, the controller moves the view itself (transform.ts) and holds the input.
// Nothing here may keep state shared with the main script: the embed's side script has its own copy of what it imports.
import { zoom, type ZoomBehavior } from 'd3-zoom';
import { select } from 'd3-selection';
import type { Limits, ZoomTransform } from './transform';

export { interpolateZoom } from 'd3-interpolate';
export { timer } from 'd3-timer';

/** What the gestures tell the chart's controller, and ask of it. */
export interface GestureHost {
	/** Whether d3-zoom may act on an input event (see acceptsZoomInput). */
	accepts(event: Event): boolean;
	/** The reader moved the view: wheel, pinch or drag. */
	moved(transform: ZoomTransform): void;
	/** A gesture began (d3-zoom's `start`) or ended (its `end`: 150 ms after the last wheel event, or the release). */
	started(): void;
	ended(): void;
}

export interface Gestures {
	/** Sets the plot and the zoom's limit; called again whenever they change. */
	limit(b: Limits): void;
	/** Removes every listener d3-zoom added. */
	detach(): void;
}

/**
 * Attaches d3-zoom's gestures to `node`. The transform they start from is the element's `__zoom`, d3-zoom's own
 * property, which the controller keeps up to date; d3-zoom's programmatic methods are not used (transform.ts).
 */
export function gestures(node: SVGSVGElement, host: GestureHost): Gestures {
	const behavior = zoom<SVGSVGElement, unknown>()
		.filter((event: Event) => host.accepts(event))
		.on('zoom', (event: { transform: ZoomTransform }) => host.moved(event.transform))
		.on('start', () => host.started())
		.on('end', () => host.ended());
	const selection = select(node);
	selection.call(behavior).on('dblclick.zoom', null);
	return {
		limit: (b) => void limit(behavior, b),
		detach: () => void selection.on('.zoom', null)
	};
}

/** d3-zoom's extent, translate extent and scale extent for the plot: the data's ends are the view's limits. */
export function limit<E extends Element>(behavior: ZoomBehavior<E, unknown>, b: Limits): ZoomBehavior<E, unknown> {
	return behavior
		.extent([
			[b.left, 0],
			[b.right, b.height]
		])
		.translateExtent([
			[b.left, -Infinity],
			[b.right, Infinity]
		])
		.scaleExtent([1, b.maxScale]);
}
