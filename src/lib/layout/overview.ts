// The overview strip's marks: per category, the px spans its events cover, merged where strokes would touch, so
// that the strip draws at most about one stroke per pixel column and category, whatever the number of events. Each
// category has a row of its own, so that a category's spans never hide another's.
import type { Item } from '../model/items';

export interface Stroke {
	/** The events' category: its place in the timeline's categories. */
	category: number;
	x1: number;
	x2: number;
}

/**
 * Strokes `touch` px apart or closer merge (the stroke width). Output is ordered by category (in the order they
 * first appear from left to right), then x. `inOrder` says the items are in px order already (the second try).
 */
export function overviewStrokes(items: readonly Item[], x: (t: number) => number, touch = 2, inOrder = false): Stroke[] {
	// Items come in time order (toItems sorts them) and the strip's scale rises, so each category's starts come in
	// px order and merge in one pass, with no list of spans to sort: at 50,000 events that list was 50,000 small arrays.
	// Items in any other order are put in px order first.
	const byCategory = new Map<number, Stroke[]>();
	let last = -Infinity;
	for (const item of items) {
		const x1 = x(item.at);
		if (!inOrder && !(x1 >= last)) return overviewStrokes([...items].sort((a, b) => x(a.at) - x(b.at)), x, touch, true);
		last = x1;
		const x2 = item.range ? x(item.range[1]) : x1;
		const category = item.categoryIndex;
		let strokes = byCategory.get(category);
		if (!strokes) byCategory.set(category, (strokes = []));
		const current = strokes[strokes.length - 1];
		if (current && x1 - current.x2 < touch) current.x2 = Math.max(current.x2, x2);
		else strokes.push({ category, x1, x2 });
	}
	return [...byCategory.values()].flat();
}

/** Each category's row in the strip, from the top: one per category among the strokes, in the timeline's order. */
export const strokeRows = (strokes: readonly Stroke[]): Map<number, number> =>
	new Map([...new Set(strokes.map((s) => s.category))].sort((a, b) => a - b).map((category, row) => [category, row]));
