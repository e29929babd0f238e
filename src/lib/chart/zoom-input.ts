// The input the chart's zoom takes: which events d3-zoom may act on, and what reaches the chart before its gestures load.
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

/**
 * The wheel and mouse input that reaches the chart before d3-zoom's gestures are loaded (zoom-gestures.ts), held and
 * then given to them, so that a wheel turned or a drag begun in the first moments after the first picture is not lost.
 * A wheel d3-zoom would act on is kept from scrolling the page meanwhile, as d3-zoom does; one it would leave to the
 * page (a plain wheel over a chart in an article) is left. A press is held with the moves and the release that follow
 * it, since d3-zoom follows a drag on the window; a press that moved is a drag, so the click after it is swallowed, as
 * d3-zoom does (a drag that ends on a mark does not open it). A touch is not held: a pinch begun then is lost.
 */
export interface HeldInput {
	/** Stops holding, and gives what was held to the element (a wheel, a press) or the window (moves, release). */
	replay(): void;
	/** Stops holding and forgets what was held. */
	release(): void;
}

/**
 * Starts holding the input on `node` that `accepts` lets through (it is d3-zoom's filter, so it also hints at
 * Ctrl/⌘+wheel when a wheel is refused); `wake` is called at each held event, to ask for the gestures.
 */
export function holdInput(node: Element, accepts: (event: Event) => boolean, wake: () => void): HeldInput {
	const held: MouseEvent[] = [];
	/** Where the press held now was made; null when none is. */
	let pressed: MouseEvent | null = null;
	const view = node.ownerDocument.defaultView ?? window;
	const onNode = (event: Event) => {
		if (!accepts(event)) return;
		if (event.type === 'wheel') event.preventDefault();
		else pressed = event as MouseEvent;
		held.push(event as MouseEvent);
		wake();
	};
	const onView = (event: Event) => {
		if (!pressed) return;
		const e = event as MouseEvent;
		held.push(e);
		if (e.type !== 'mouseup') return;
		// A press that moved is a drag, not a click: the click that follows is not the chart's (as d3-zoom does it).
		if (e.clientX !== pressed.clientX || e.clientY !== pressed.clientY) {
			const swallow = (click: Event) => {
				click.preventDefault();
				click.stopImmediatePropagation();
			};
			view.addEventListener('click', swallow, true);
			setTimeout(() => view.removeEventListener('click', swallow, true));
		}
		pressed = null;
	};
	node.addEventListener('wheel', onNode, { passive: false });
	node.addEventListener('mousedown', onNode);
	view.addEventListener('mousemove', onView, true);
	view.addEventListener('mouseup', onView, true);
	const release = () => {
		node.removeEventListener('wheel', onNode);
		node.removeEventListener('mousedown', onNode);
		view.removeEventListener('mousemove', onView, true);
		view.removeEventListener('mouseup', onView, true);
	};
	return {
		replay() {
			release();
			for (const event of held.splice(0)) {
				const Kind = event.constructor as typeof MouseEvent;
				// The event's own properties (its position, buttons, keys, deltas) are read as the new one's init dictionary.
				(event.type === 'wheel' || event.type === 'mousedown' ? node : view).dispatchEvent(new Kind(event.type, event));
			}
		},
		release() {
			release();
			held.length = 0;
		}
	};
}
