// The one imperative piece: the chart's zoom and pan, kept in state. The view moves by d3-zoom's gestures (wheel, pinch,
// drag: zoom-gestures.ts, loaded after the first picture) and by the controller's own moves (transform.ts).
import type { Timer } from 'd3-timer';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import type { TimeScale } from '../time/scale';
import { rescaleFolded } from '../time/fold';
import { centredOn, scaledBy, spanTransform, translatedBy, zoomIdentity, type Limits, type ZoomTransform } from './transform';
import { acceptsZoomInput, holdInput, type HeldInput, type ZoomInput } from './zoom-input';
import type { Gestures } from './zoom-gestures';
import { loadGestureCode, loadedGestureCode, type GestureCode } from './zoom-load';

/**
 * Cubic ease-in-out: slow, fast, slow. Written here rather than taken from d3-ease: that module's single file keeps
 * every easing it defines (their factories run when it loads, so no bundler can drop them), 0.5 KB gzip for one line.
 */
export const easeInOut = (t: number): number => (t < 0.5 ? 4 * t ** 3 : 1 - (2 - 2 * t) ** 3 / 2);

export interface ZoomBounds extends Limits {
	/** The chart's unzoomed scale for this plot. */
	base: TimeScale;
}

/** The chart's SVG, with the transform d3-zoom's gestures start from (d3-zoom's own property). */
type ZoomNode = SVGSVGElement & { __zoom?: ZoomTransform };

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
	/** The transform the reader's gesture began at (see gesture). */
	#start: ZoomTransform = zoomIdentity;
	readonly cooperative: boolean;
	/** d3-zoom's filter, and the early input's: see acceptsZoomInput. */
	readonly #accepts: (event: Event) => boolean;

	constructor(options: ZoomOptions = {}) {
		this.cooperative = options.cooperative ?? false;
		this.#accepts = (event) => {
			const ok = acceptsZoomInput(event as ZoomInput, this.cooperative);
			if (!ok && event.type === 'wheel') options.onrefusedwheel?.();
			return ok;
		};
	}
	#node: ZoomNode | null = null;
	#gestures: Gestures | null = null;
	#held: HeldInput | null = null;
	#replaying = false;
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

	/**
	 * Attaches the zoom to the chart's SVG; `bounds` is read reactively. Wheel/pinch zoom around the pointer and drag to
	 * pan come with d3-zoom's gestures, which load after the first picture (`loadGestures`) or at the first input.
	 */
	attach(bounds: () => ZoomBounds, initialSpan?: () => [number, number] | undefined): Attachment<SVGSVGElement> {
		return (svg) => {
			let first = true;
			const node: ZoomNode = svg;
			this.#node = node;
			// Read without becoming the attachment's dependencies (it would be attached again at each move).
			untrack(() => {
				node.__zoom = this.transform;
				const code = loadedGestureCode();
				if (code) this.#connect(code);
				else this.#held = holdInput(node, this.#accepts, () => void this.loadGestures().catch(() => undefined));
			});
			$effect(() => {
				const b = bounds();
				// Only the bounds are dependencies: the transform and the previous bounds are read and written here.
				untrack(() => this.#apply(b, first ? initialSpan?.() : undefined, first));
				first = false;
			});
			return () => {
				this.#held?.release();
				this.#held = null;
				this.#gestures?.detach();
				this.#gestures = null;
				// A gesture cut short by the chart going away sends no end.
				this.moving = false;
				this.#timer?.stop();
				this.#node = null;
			};
		};
	}

	/**
	 * Loads d3-zoom's gestures and gives them the chart. The chart asks once its first picture is drawn; a wheel or a
	 * press on it before then asks at once (and is held until they are there). Rejects if they could not be loaded;
	 * the next input asks again, and the keys and buttons move the view meanwhile.
	 */
	loadGestures(): Promise<void> {
		return loadGestureCode().then((loaded) => this.#connect(loaded));
	}

	#connect(loaded: GestureCode): void {
		const node = this.#node;
		if (!node || this.#gestures) return;
		this.#gestures = loaded.gestures(node, {
			accepts: this.#accepts,
			// d3-zoom's `zoom`, not its `start`: a press that does not move (a click on a mark) must not change what is drawn.
			moved: (t) => {
				if (!this.moving) this.#start = this.transform;
				this.transform = t;
				this.moving = true;
			},
			// The reader taking over ends a move under way (as a button or a resize does, in #set); the input held
			// before the gestures came does not end a move asked for after it.
			started: () => this.#replaying || this.#interrupt(),
			ended: () => (this.moving = false)
		});
		if (this.#bounds) this.#gestures.limit(this.#bounds);
		this.#replaying = true;
		this.#held?.replay();
		this.#replaying = false;
		this.#held = null;
	}

	/** Shows `t`, and tells d3-zoom's gestures where the next one starts. */
	#set(t: ZoomTransform): void {
		if (!this.#stepping) this.#interrupt();
		this.transform = t;
		if (this.#node) this.#node.__zoom = t;
	}

	#apply(b: ZoomBounds, span: [number, number] | undefined, first: boolean): void {
		// The dates in view before the plot or its scale changed: they stay in view after.
		const keep = first ? null : this.domain;
		const previous = this.#bounds;
		const sameScale = previous !== null && previous.left === b.left && previous.right === b.right && previous.base === b.base && previous.maxScale === b.maxScale;
		this.#bounds = b;
		this.#gestures?.limit(b);
		if (span) this.showSpan(span[0], span[1]);
		// Only the height changed: the same transform shows the same dates (and a move under way goes on).
		else if (sameScale) return;
		else if (keep && this.canZoomOut) this.showDates(keep[0].getTime(), keep[1].getTime());
		else this.#set(first ? this.transform : zoomIdentity);
		// A move under way was cut short by the new scale: it goes on to its dates on the new one.
		if (this.#animation && !span) this.#run(this.#animation);
	}

	/**
	 * While the reader moves the view, the transform it had when the gesture began (the chart changes its lanes'
	 * groups from the ones the view had at rest then); undefined at rest.
	 */
	get gesture(): ZoomTransform | undefined {
		return this.moving ? this.#start : undefined;
	}

	get canZoomIn(): boolean {
		return this.transform.k < (this.#bounds?.maxScale ?? 1) - 1e-9;
	}

	get canZoomOut(): boolean {
		return this.transform.k > 1 + 1e-9;
	}

	zoomBy(factor: number): void {
		if (this.#node && this.#bounds) this.#set(scaledBy(this.transform, factor, this.#bounds));
	}

	fit(): void {
		if (this.#node) this.#set(zoomIdentity);
	}

	/** Shows the base-scale span [x0, x1] (px at zoom 1) across the plot. */
	showSpan(x0: number, x1: number): void {
		if (this.#node && this.#bounds) this.#set(spanTransform(x0, x1, this.#bounds));
	}

	/** Shows the dates [from, to] (UTC ms) across the plot, as far as the zoom limits allow. */
	showDates(from: number, to: number): void {
		if (this.base) this.showSpan(this.base(new Date(from)), this.base(new Date(to)));
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
		const bounds = this.#bounds;
		this.#timer?.stop();
		this.#timer = null;
		if (!this.#node || !bounds || !base) return animation.done();
		const target = spanTransform(base(new Date(animation.from)), base(new Date(animation.to)), bounds);
		const run = ++animation.run;
		const duration = animation.endsAt - performance.now();
		const set = (t: ZoomTransform) => {
			this.#stepping = true;
			this.#set(t);
			this.#stepping = false;
		};
		if (duration <= 16) {
			set(target);
			return animation.done();
		}
		// Waits for the interpolator and timer (they come with the gestures) unless ended or replaced meanwhile; jumps if they cannot load.
		const code = loadedGestureCode();
		if (!code) return void this.loadGestures().catch(() => undefined).then(() => animation.run === run && this.#animation === animation && (loadedGestureCode() ? this.#run(animation) : (set(target), animation.done())));
		// d3-zoom's own smooth zoom (its transition tween), run on d3-timer: van Wijk and Nuij's path through a
		// zoomed-out middle, around the plot's centre.
		const p: [number, number] = [(bounds.left + bounds.right) / 2, bounds.height / 2];
		const w = Math.max(bounds.right - bounds.left, bounds.height);
		const from = this.transform;
		const path = code.interpolateZoom([...from.invert(p), w / from.k], [...target.invert(p), w / target.k]);
		const step = (elapsed: number) => {
			const t = Math.min(1, elapsed / duration);
			const [x, y, width] = path(easeInOut(t));
			const k = w / width;
			set(t === 1 ? target : zoomIdentity.translate(p[0] - x * k, p[1] - y * k).scale(k));
			if (t === 1) {
				this.#timer?.stop();
				this.#timer = null;
				if (animation.run === run) animation.done();
			}
		};
		this.#timer = code.timer(step);
	}

	#timer: Timer | null = null;
	/** True while the move under way sets the view, so that the move does not interrupt itself. */
	#stepping = false;

	/**
	 * Stops the move under way (one still waiting for d3-zoom's gestures too). It is over unless it is restarted at once
	 * (#apply restarts it on a new scale).
	 */
	#interrupt(): void {
		const animation = this.#animation;
		if (!animation) return;
		this.#timer?.stop();
		this.#timer = null;
		const run = animation.run;
		queueMicrotask(() => animation.run === run && animation.done());
	}

	/** Pans by `px` screen pixels (positive: later in time). */
	panBy(px: number): void {
		if (this.#node && this.#bounds) this.#set(translatedBy(this.transform, -px / this.transform.k, this.#bounds));
	}

	/** Pans so that the base-scale position `x` (px at zoom 1) sits in the middle of the plot. */
	centerOn(x: number): void {
		if (this.#node && this.#bounds) this.#set(centredOn(this.transform, x, this.#bounds));
	}
}
