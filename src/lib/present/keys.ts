// The presenter's keys, after reveal.js and what clickers send: pure, so the whole map is tested without a browser.

export type PresenterAction =
	| { kind: 'next' }
	| { kind: 'previous' }
	| { kind: 'first' }
	| { kind: 'last' }
	| { kind: 'fullscreen' }
	| { kind: 'blackout' }
	| { kind: 'speaker' }
	| { kind: 'goto' }
	| { kind: 'help' }
	| { kind: 'escape' };

/** Every key and what it does, in the order the help dialog lists them (key names as `KeyboardEvent.key`). */
export const PRESENTER_KEYS: readonly { keys: readonly string[]; action: PresenterAction['kind'] }[] = [
	{ keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n'], action: 'next' },
	{ keys: ['ArrowLeft', 'ArrowUp', 'Shift+ ', 'PageUp', 'p'], action: 'previous' },
	{ keys: ['Home'], action: 'first' },
	{ keys: ['End'], action: 'last' },
	{ keys: ['f'], action: 'fullscreen' },
	{ keys: ['b', '.'], action: 'blackout' },
	{ keys: ['s'], action: 'speaker' },
	{ keys: ['g'], action: 'goto' },
	{ keys: ['?'], action: 'help' },
	{ keys: ['Escape'], action: 'escape' }
];

type KeyInput = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>;

/** True when the key goes to a text field (typing), not to the presentation. */
export function isTyping(target: EventTarget | null): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	const el = target as HTMLElement;
	return el.isContentEditable || el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/**
 * The action for a key in presenter view, or undefined. Ignored while typing and with Ctrl, ⌘ or Alt (the
 * browser's and the system's shortcuts). Shift only matters for Space (back) and `?`. Letters in either case.
 * `mirrored`: the axis runs right to left (`axis=rtl`), so ← and → swap, following what is drawn.
 */
export function presenterAction(event: KeyInput, mirrored = false): PresenterAction | undefined {
	if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return undefined;
	const typed = event.key.length === 1 ? event.key.toLowerCase() : event.key;
	// On a mirrored axis (time right to left) the arrow pointing to later steps is ←.
	const key = mirrored && typed === 'ArrowLeft' ? 'ArrowRight' : mirrored && typed === 'ArrowRight' ? 'ArrowLeft' : typed;
	const name = key === ' ' && event.shiftKey ? 'Shift+ ' : key;
	const entry = PRESENTER_KEYS.find((k) => k.keys.includes(name));
	return entry ? ({ kind: entry.action } as PresenterAction) : undefined;
}

/** While the screen is blacked out only the blackout keys (and Escape) do anything, as in reveal.js. */
export function allowedDuringBlackout(action: PresenterAction): boolean {
	return action.kind === 'blackout' || action.kind === 'escape';
}
