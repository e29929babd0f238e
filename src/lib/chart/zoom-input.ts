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
 * d3-zoom does (a drag that ends on a mark does not open it). A touch d3-zoom would act on (any in the reader; two
 * fingers over a chart in an article) is held with the touches that follow it until the last finger is lifted, and its
 * moves are kept from scrolling the page meanwhile, as d3-zoom does.
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
	const held: (MouseEvent | TouchEvent)[] = [];
	/** Where the press held now was made; null when none is. */
	let pressed: MouseEvent | null = null;
	/** Whether a touch is held now: from a touchstart d3-zoom would take until no finger is left. */
	let touching = false;
	const view = node.ownerDocument.defaultView ?? window;
	const onNode = (event: Event) => {
		if (!accepts(event)) return;
		if (event.type === 'wheel') event.preventDefault();
		else pressed = event as MouseEvent;
		held.push(event as MouseEvent);
		wake();
	};
	const onTouch = (event: Event) => {
		const e = event as TouchEvent;
		if (e.type === 'touchstart') {
			if (!touching && !accepts(e)) return;
			touching = true;
		} else if (!touching) return;
		else if (e.type === 'touchmove') e.preventDefault();
		held.push(e);
		if (e.type !== 'touchstart' && e.type !== 'touchmove' && e.touches.length === 0) touching = false;
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
	for (const type of TOUCHES) node.addEventListener(type, onTouch, { passive: type !== 'touchmove' });
	const release = () => {
		node.removeEventListener('wheel', onNode);
		node.removeEventListener('mousedown', onNode);
		view.removeEventListener('mousemove', onView, true);
		view.removeEventListener('mouseup', onView, true);
		for (const type of TOUCHES) node.removeEventListener(type, onTouch);
	};
	return {
		replay() {
			release();
			for (const event of held.splice(0)) {
				const Kind = event.constructor as typeof MouseEvent;
				let copy: Event;
				try {
					// The event's own properties (its position, buttons, keys, deltas, touches) are the new one's init dictionary.
					copy = new Kind(event.type, event);
				} catch {
					// A browser that cannot read a TouchList as a list of touches (Chromium can): that touch is lost.
					continue;
				}
				(event.type === 'mousemove' || event.type === 'mouseup' ? view : node).dispatchEvent(copy);
			}
		},
		release() {
			release();
			held.length = 0;
		}
	};
}

const TOUCHES = ['touchstart', 'touchmove', 'touchend', 'touchcancel'];
