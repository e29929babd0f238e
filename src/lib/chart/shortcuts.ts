// Single-key shortcuts of the focused timeline: zoom, fit, pan and search. Never while typing. The list the instructions
// show is shortcut-list.ts (it loads with them): a key added here goes there too.
import type { ZoomController } from './zoom.svelte';

export type Shortcut =
	| { kind: 'zoom'; factor: number }
	| { kind: 'fit' }
	| { kind: 'pan'; direction: -1 | 1 }
	| { kind: 'search' };

/** The action for a key press inside the chart, or undefined (the key is not ours, or the reader is typing). */
export function shortcut(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): Shortcut | undefined {
	if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return undefined;
	if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
		return { kind: 'pan', direction: event.key === 'ArrowLeft' ? -1 : 1 };
	}
	switch (event.key) {
		case '+':
		case '=':
			return { kind: 'zoom', factor: 2 };
		case '-':
		case '_':
			return { kind: 'zoom', factor: 0.5 };
		case '0':
			return { kind: 'fit' };
		case '/':
			return { kind: 'search' };
		default:
			return undefined;
	}
}

/**
 * Carries out a key press's shortcut on the chart's zoom (a pan moves by `panStep` px, signed for a mirrored axis, the
 * search key calls `onsearch`) and keeps the key from the page.
 */
export function runShortcut(event: KeyboardEvent, zoom: Pick<ZoomController, 'zoomBy' | 'fit' | 'panBy'>, panStep: number, onsearch?: () => void): void {
	const action = shortcut(event);
	if (!action) return;
	event.preventDefault();
	if (action.kind === 'zoom') zoom.zoomBy(action.factor);
	else if (action.kind === 'fit') zoom.fit();
	else if (action.kind === 'pan') zoom.panBy(action.direction * panStep);
	else onsearch?.();
}

function isTyping(target: EventTarget | null): boolean {
	if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
	return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
