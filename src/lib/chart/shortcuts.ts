// Single-key shortcuts of the focused timeline: zoom, fit, pan and search. Never while typing.

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

function isTyping(target: EventTarget | null): boolean {
	if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
	return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * Every key the chart answers to, for the instructions ("How to use this timeline"): `keys` as shown, `action`
 * a message key. Arrow keys follow the axis as drawn (see Marks), so the list names both.
 */
export const CHART_KEYS: readonly { keys: readonly string[]; action: 'key_chart_next' | 'key_chart_ends' | 'key_chart_open' | 'key_chart_close' | 'key_chart_zoom' | 'key_chart_fit' | 'key_chart_pan' | 'key_chart_search' }[] = [
	{ keys: ['←', '→', '↑', '↓'], action: 'key_chart_next' },
	{ keys: ['Home', 'End'], action: 'key_chart_ends' },
	{ keys: ['Enter', 'Space'], action: 'key_chart_open' },
	{ keys: ['Esc'], action: 'key_chart_close' },
	{ keys: ['+', '−'], action: 'key_chart_zoom' },
	{ keys: ['0'], action: 'key_chart_fit' },
	{ keys: ['Shift+←', 'Shift+→'], action: 'key_chart_pan' },
	{ keys: ['/'], action: 'key_chart_search' }
];
