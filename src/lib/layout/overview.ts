// The overview strip's marks: per category, the px spans its events cover, merged where strokes would touch, so
// that the strip draws at most about one stroke per pixel column and category, whatever the number of events. Where
// categories meet, each has a row of its own, so that a category's spans never hide another's.
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

/**
 * Where each stroke's bar goes across the strip's band, as [top, height] in parts of the band. Drawn 1 px wider on each
 * side, a bar that shares no pixel column with another category's takes the whole band; where categories meet, each
 * such bar goes in its category's row, one row per category that meets another, top to bottom in the timeline's order.
 */
export function strokeBands(strokes: readonly Stroke[]): [number, number][] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const s of strokes) {
		lo = Math.min(lo, s.x1);
		hi = Math.max(hi, s.x2);
	}
	const from = Math.floor(lo) - 1;
	// Per column: 0 for no bar, the category's place + 1 for one category's bars, -1 where categories meet.
	const columns = new Int32Array(strokes.length && Math.ceil(hi) - from + 2);
	const each = (s: Stroke, f: (column: number) => void) => {
		for (let c = Math.floor(s.x1 - 1) - from; c <= Math.ceil(s.x2 + 1) - from; c++) f(c);
	};
	for (const s of strokes) each(s, (c) => (columns[c] = columns[c] === 0 || columns[c] === s.category + 1 ? s.category + 1 : -1));
	const met = strokes.map((s) => {
		let m = false;
		each(s, (c) => (m ||= columns[c] !== s.category + 1));
		return m;
	});
	const rows = [...new Set(strokes.filter((_, i) => met[i]).map((s) => s.category))].sort((a, b) => a - b);
	return strokes.map((s, i) => (met[i] ? [rows.indexOf(s.category) / rows.length, 1 / rows.length] : [0, 1]));
}
