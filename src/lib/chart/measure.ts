// Measures label text with a canvas in the browser; a width estimate where no canvas exists (jsdom, SSR).

export type Measure = (text: string) => number;

/** Average advance of a 12px sans-serif glyph, used when nothing can be measured. */
export const estimate =
	(size = 12): Measure =>
	(text) =>
		text.length * size * 0.56;

export function canvasMeasure(font: string): Measure {
	const context = typeof document !== 'undefined' && !navigator.userAgent.includes('jsdom') ? document.createElement('canvas').getContext('2d') : null;
	if (!context) return estimate();
	context.font = font;
	const cache = new Map<string, number>();
	return (text) => {
		let w = cache.get(text);
		if (w === undefined) {
			w = context.measureText(text).width;
			cache.set(text, w);
		}
		return w;
	};
}
