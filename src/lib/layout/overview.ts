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
	const spans = new Map<string, [number, number][]>();
	for (const item of items) {
		const list = spans.get(item.event.category) ?? [];
		if (list.length === 0) spans.set(item.event.category, list);
		list.push([x(item.at), x(item.range?.[1] ?? item.at)]);
	}
	const strokes: Stroke[] = [];
	for (const [category, list] of spans) {
		list.sort((a, b) => a[0] - b[0]);
		let current: Stroke | undefined;
		for (const [x1, x2] of list) {
			if (current && x1 - current.x2 < touch) current.x2 = Math.max(current.x2, x2);
			else strokes.push((current = { category, x1, x2 }));
		}
	}
	return strokes;
}
