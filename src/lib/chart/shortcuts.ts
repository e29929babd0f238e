// Single-key shortcuts of the focused timeline: zoom, fit, pan and search. Never while typing. The list the instructions
// show is shortcut-list.ts (it loads with them): a key added here goes there too.

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
