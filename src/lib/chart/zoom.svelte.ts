// The one imperative piece: d3-zoom on the chart's SVG, writing its transform into state.
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { select, type Selection } from 'd3-selection';
import { interpolateZoom } from 'd3-interpolate';
import { timer, type Timer } from 'd3-timer';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import type { TimeScale } from '../time/scale';
import { rescaleFolded } from '../time/fold';

/**
 * Cubic ease-in-out: slow, fast, slow. Written here rather than taken from d3-ease: that module's single file keeps
 * every easing it defines (their factories run when it loads, so no bundler can drop them), 0.5 KB gzip for one line.
 */
export const easeInOut = (t: number): number => (t < 0.5 ? 4 * t ** 3 : 1 - (2 - 2 * t) ** 3 / 2);

export interface ZoomBounds {
	/** Plot area in px: [left, right]. */
	left: number;
	right: number;
	height: number;
	maxScale: number;
	/** The chart's unzoomed scale for this plot. */
	base: TimeScale;
}

/** A move to some dates under way (see animateDates). */
interface Animation {
	from: number;
	to: number;
	/** performance.now() when it should end. */
	endsAt: number;
	/** Which transition of the move is current; a restart makes earlier ones stale. */
	run: number;
	done: () => void;
}

/** The input events d3-zoom sees: wheel, mouse and touch. */
export interface ZoomInput {
	type: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	button?: number;
	touches?: { length: number };
}

/**
 * Whether d3-zoom may act on an input event. d3's own rule: no right or middle button, no Ctrl-click, but
 * Ctrl+wheel (a trackpad pinch) zooms. A cooperative chart (inside a host's article) also leaves the page its
 * scrolling: a plain wheel and a one-finger swipe scroll the page; Ctrl/⌘+wheel, a pinch or two fingers zoom and pan.
 */
export function acceptsZoomInput(event: ZoomInput, cooperative: boolean): boolean {
	if (event.type === 'wheel') return !cooperative || Boolean(event.ctrlKey || event.metaKey);
	if (event.type === 'touchstart') return !cooperative || (event.touches?.length ?? 0) >= 2;
	return !event.ctrlKey && !event.button;
}

export interface ZoomOptions {
	/** Leave plain wheel and one-finger swipes to the page (embedded in an article). */
	cooperative?: boolean;
	/** Called when a plain wheel was left to the page, to hint at Ctrl/⌘+wheel. */
	onrefusedwheel?: () => void;
}

export class ZoomController {
	transform: ZoomTransform = $state.raw(zoomIdentity);
	/**
	 * The reader is moving the view: from the first wheel, pinch or drag step to d3-zoom's end (150 ms after the last
	 * wheel event, or the release).
	 */
	moving = $state(false);
	#behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>();
	readonly cooperative: boolean;

	constructor(options: ZoomOptions = {}) {
		this.cooperative = options.cooperative ?? false;
		this.#behavior.filter((event: ZoomInput) => {
			const ok = acceptsZoomInput(event, this.cooperative);
			if (!ok && event.type === 'wheel') options.onrefusedwheel?.();
			return ok;
		});
	}
	#selection: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
	#bounds: ZoomBounds | null = $state.raw(null);

	/** The chart's unzoomed scale; lets others zoom to dates. */
	get base(): TimeScale | null {
		return this.#bounds?.base ?? null;
	}

	/** The dates in view, [start, end]; null before the chart is drawn. */
	get domain(): [Date, Date] | null {
		if (!this.#bounds) return null;
		const { left, right } = this.#bounds;
		const zoomed = rescaleFolded(this.transform, this.#bounds.base);
		return [zoomed.invert(left), zoomed.invert(right)];
	}

	/** Attaches wheel/pinch zoom around the pointer and drag to pan; `bounds` is read reactively. */
	attach(bounds: () => ZoomBounds, initialSpan?: () => [number, number] | undefined): Attachment<SVGSVGElement> {
		return (node) => {
			let first = true;
			const selection = select(node);
			this.#selection = selection;
			this.#behavior.on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
				this.transform = event.transform;
				// Not on 'start': a press that does not move (a click on a mark) must not change what is drawn.
				if (event.sourceEvent) this.moving = true;
			});
			// Anything else that moves the view (the reader, a button, a resize) ends a move under way.
			this.#behavior.on('start', () => {
				if (!this.#stepping) this.#interrupt();
			});
			this.#behavior.on('end', () => {
				this.moving = false;
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
				this.#timer?.stop();
				this.#selection = null;
			};
		};
	}

	#apply(selection: Selection<SVGSVGElement, unknown, null, undefined>, b: ZoomBounds, span: [number, number] | undefined, first: boolean): void {
		// The dates in view before the plot or its scale changed: they stay in view after.
		const keep = first ? null : this.domain;
		const previous = this.#bounds;
		const sameScale = previous !== null && previous.left === b.left && previous.right === b.right && previous.base === b.base && previous.maxScale === b.maxScale;
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
		if (span) this.showSpan(span[0], span[1]);
		// Only the height changed: the same transform shows the same dates (and a move under way goes on).
		else if (sameScale) return;
		else if (keep && this.canZoomOut) this.showDates(keep[0].getTime(), keep[1].getTime());
		else this.#behavior.transform(selection, first ? this.transform : zoomIdentity);
		// A move under way was cut short by the new scale: it goes on to its dates on the new one.
		if (this.#animation && !span) this.#run(this.#animation);
	}

	get canZoomIn(): boolean {
		return this.transform.k < (this.#bounds?.maxScale ?? 1) - 1e-9;
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
		const t = this.#spanTransform(x0, x1);
		if (this.#selection && t) this.#behavior.transform(this.#selection, t);
	}

	/** Shows the dates [from, to] (UTC ms) across the plot, as far as the zoom limits allow. */
	showDates(from: number, to: number): void {
		if (this.base) this.showSpan(this.base(new Date(from)), this.base(new Date(to)));
	}

	/** The transform that shows the base-scale span [x0, x1] across the plot, within the zoom limits. */
	#spanTransform(x0: number, x1: number): ZoomTransform | null {
		if (!this.#bounds) return null;
		const { left, right, maxScale } = this.#bounds;
		const k = Math.min(maxScale, Math.max(1, (right - left) / Math.max(x1 - x0, 1e-9)));
		return zoomIdentity.translate(left - x0 * k, 0).scale(k);
	}

	/**
	 * Moves to the dates [from, to] with a smooth zoom (d3's interpolation through a zoomed-out middle) over
	 * `duration` ms; 0 jumps there at once. Resolves when the view is there, or when the reader took over (wheel,
	 * drag) or another move replaced this one. If the plot changes size on the way, the move goes on to the same dates.
	 */
	animateDates(from: number, to: number, duration: number): Promise<void> {
		this.#animation?.done();
		return new Promise((resolve) => {
			const animation: Animation = { from, to, endsAt: performance.now() + Math.max(0, duration), run: 0, done: () => {} };
			animation.done = () => {
				if (this.#animation === animation) this.#animation = null;
				resolve();
			};
			this.#animation = animation;
			this.#run(animation);
		});
	}

	#animation: Animation | null = null;

	#run(animation: Animation): void {
		const base = this.base;
		const selection = this.#selection;
		const bounds = this.#bounds;
		const target = base && this.#spanTransform(base(new Date(animation.from)), base(new Date(animation.to)));
		this.#timer?.stop();
		this.#timer = null;
		if (!selection || !bounds || !target) return animation.done();
		const run = ++animation.run;
		const duration = animation.endsAt - performance.now();
		if (duration <= 16) {
			this.#behavior.transform(selection, target);
			return animation.done();
		}
		// d3-zoom's own smooth zoom (its transition tween), run on d3-timer: van Wijk and Nuij's path through a
		// zoomed-out middle, around the plot's centre.
		const p: [number, number] = [(bounds.left + bounds.right) / 2, bounds.height / 2];
		const w = Math.max(bounds.right - bounds.left, bounds.height);
		const from = this.transform;
		const path = interpolateZoom([...from.invert(p), w / from.k], [...target.invert(p), w / target.k]);
		const step = (elapsed: number) => {
			const t = Math.min(1, elapsed / duration);
			const [x, y, width] = path(easeInOut(t));
			const k = w / width;
			this.#stepping = true;
			this.#behavior.transform(selection, t === 1 ? target : zoomIdentity.translate(p[0] - x * k, p[1] - y * k).scale(k));
			this.#stepping = false;
			if (t === 1) {
				this.#timer?.stop();
				this.#timer = null;
				if (animation.run === run) animation.done();
			}
		};
		this.#timer = timer(step);
	}

	#timer: Timer | null = null;
	/** True while the move under way sets the view, so that the move does not interrupt itself. */
	#stepping = false;

	/** Stops the move under way. It is over unless it is restarted at once (#apply restarts it on a new scale). */
	#interrupt(): void {
		const animation = this.#animation;
		if (!this.#timer || !animation) return;
		this.#timer.stop();
		this.#timer = null;
		const run = animation.run;
		queueMicrotask(() => animation.run === run && animation.done());
	}

	/** Pans by `px` screen pixels (positive: later in time). */
	panBy(px: number): void {
		if (this.#selection) this.#behavior.translateBy(this.#selection, -px / this.transform.k, 0);
	}

	/** Pans so that the base-scale position `x` (px at zoom 1) sits in the middle of the plot. */
	centerOn(x: number): void {
		if (this.#selection) this.#behavior.translateTo(this.#selection, x, 0);
	}
}
