// The overview strip's marks: per category, the px spans its events cover, merged where strokes would touch, so
// that the strip draws at most about one stroke per pixel column and category, whatever the number of events.
import type { Item } from '../model/items';

export interface Stroke {
	category: string;
	x1: number;
	x2: number;
}

/** Strokes `touch` px apart or closer merge (the stroke width). Output is ordered by category, then x. */
export function overviewStrokes(items: readonly Item[], x: (t: number) => number, touch = 2): Stroke[] {
	// Items come in time order (toItems sorts them) and the strip's scale rises, so each category's starts come in
	// px order and merge in one pass, with no list of spans to sort: at 50,000 events that list was 50,000 small arrays.
	const byCategory = new Map<string, Stroke[]>();
	let last = -Infinity;
	for (const item of items) {
		const x1 = x(item.at);
		if (!(x1 >= last)) return sortedStrokes(items, x, touch);
		last = x1;
		const x2 = item.range ? x(item.range[1]) : x1;
		const category = item.event.category;
		let strokes = byCategory.get(category);
		if (!strokes) byCategory.set(category, (strokes = []));
		merge(strokes, category, x1, x2, touch);
	}
	return [...byCategory.values()].flat();
}

/** The same strokes for items in any order, or a scale that falls: each category's spans sorted by start first. */
function sortedStrokes(items: readonly Item[], x: (t: number) => number, touch: number): Stroke[] {
	const spans = new Map<string, [number, number][]>();
	for (const item of items) {
		const list = spans.get(item.event.category) ?? [];
		if (list.length === 0) spans.set(item.event.category, list);
		list.push([x(item.at), x(item.range?.[1] ?? item.at)]);
	}
	const strokes: Stroke[] = [];
	for (const [category, list] of spans) {
		list.sort((a, b) => a[0] - b[0]);
		const own: Stroke[] = [];
		for (const [x1, x2] of list) merge(own, category, x1, x2, touch);
		strokes.push(...own);
	}
	return strokes;
}

/** Adds the span x1–x2 (x1 not left of any before it) to a category's strokes: widens the last one if they touch. */
function merge(strokes: Stroke[], category: string, x1: number, x2: number, touch: number): void {
	const current = strokes[strokes.length - 1];
	if (current && x1 - current.x2 < touch) current.x2 = Math.max(current.x2, x2);
	else strokes.push({ category, x1, x2 });
}
