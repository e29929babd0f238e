// Which side a menu's panel lines up with, so that it stays on the screen.

export type Side = 'start' | 'end';

/**
 * The side to line a panel of `width` up with, under a button spanning `left`–`right` (px from the viewport's left
 * edge) in a viewport `viewport` px wide: the preferred side if the panel fits there, else the other if it fits
 * there, else the side where less of it is off the screen. `start` is the left edge in a left-to-right page and the
 * right edge in a right-to-left one.
 */
export function panelSide(button: { left: number; right: number }, width: number, viewport: number, dir: 'ltr' | 'rtl', preferred: Side): Side {
	// The panel's span under each side: from the button's left edge rightwards, or from its right edge leftwards.
	const fromLeft = overflow(button.left, button.left + width, viewport);
	const fromRight = overflow(button.right - width, button.right, viewport);
	const cost = (side: Side) => ((side === 'start') === (dir === 'ltr') ? fromLeft : fromRight);
	const other: Side = preferred === 'start' ? 'end' : 'start';
	return cost(preferred) === 0 || cost(preferred) <= cost(other) ? preferred : other;
}

/** How many px of the span `a`–`b` lie outside 0–`viewport`. */
function overflow(a: number, b: number, viewport: number): number {
	return Math.max(0, -a) + Math.max(0, b - viewport);
}
