// A hint shown for a moment after a plain wheel over an embedded chart: the page scrolled, Ctrl/⌘+wheel zooms.

export class WheelHint {
	visible = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly duration = 1800) {}

	show(): void {
		this.visible = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.visible = false), this.duration);
	}
}

/** The modifier key named in the hint: ⌘ on Apple systems, Ctrl elsewhere. */
export function zoomModifier(platform: string): string {
	return /Mac|iPhone|iPad|iPod/i.test(platform) ? '⌘' : 'Ctrl';
}
