// Which changes of the view's span are worth saying to a screen reader.

/**
 * Follows the span in view and tells when it is news: not the first one (the page's own summary says it), and not
 * the same dates again (within a second) in the same locale and zone. The chart keeps its dates when its width
 * changes (a panel opens or closes, the window is resized), so that is no news. Allocates nothing per call: it is
 * asked on every zoom frame.
 */
export class SpanNews {
	#from = NaN;
	#to = NaN;
	#locale = '';
	#zone = '';

	news(from: number, to: number, locale: string, zone: string): boolean {
		const first = Number.isNaN(this.#from);
		if (!first && Math.abs(from - this.#from) < 1000 && Math.abs(to - this.#to) < 1000 && locale === this.#locale && zone === this.#zone) return false;
		this.#from = from;
		this.#to = to;
		this.#locale = locale;
		this.#zone = zone;
		return !first;
	}
}
