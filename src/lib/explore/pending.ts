// A dialog whose code loads on its button's first press can arrive after the reader has given up on it. This watches
// for giving up while it loads: Escape, or a press anywhere but the button.

/**
 * Starts watching; the function returned stops and tells whether the reader gave up meanwhile (then the dialog is
 * not opened: it would appear out of nowhere). `trigger` is the button that asked for the dialog.
 */
export function watchGivingUp(trigger: Element | undefined, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => boolean {
	let gaveUp = false;
	const onkey = (e: KeyboardEvent) => {
		if (e.key === 'Escape') gaveUp = true;
	};
	const onpress = (e: PointerEvent) => {
		if (!(e.target instanceof Node && trigger?.contains(e.target))) gaveUp = true;
	};
	target.addEventListener('keydown', onkey, true);
	target.addEventListener('pointerdown', onpress, true);
	return () => {
		target.removeEventListener('keydown', onkey, true);
		target.removeEventListener('pointerdown', onpress, true);
		return gaveUp;
	};
}
