// Bidi isolation for text drawn in the left-to-right SVG chart, so Arabic and mixed text never scrambles.

/** Wraps text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: its direction comes from its own first letter. */
export function isolate(text: string): string {
	return text ? `\u2068${text}\u2069` : text;
}
