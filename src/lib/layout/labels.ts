// Places event labels and annotation callouts so that no two overlap; what does not fit is hidden.
import { compareIds } from '../model/items';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LabelRequest {
	id: string;
	kind: 'callout' | 'label';
	/** Horizontal extent of the mark in px (equal for a point). */
	x0: number;
	x1: number;
	/** Vertical centre of the mark. */
	y: number;
	width: number;
	height: number;
	/** Lower ranks are placed first and win the room. */
	rank: number;
	/** The band the box must stay inside (its lane). */
	top: number;
	bottom: number;
	/** Half the height of this request's mark, when it differs from the options' `markRadius` (a cluster). */
	radius?: number;
	/**
	 * A bar drawn through the mark at its height that is not an obstacle (a soft extent, in px): a label may sit on
	 * it, at either end of its part in view, when there is no room beside the mark.
	 */
	along?: { x: number; x2: number };
}

export interface Leader {
	x: number;
	y1: number;
	y2: number;
}

export interface Placement {
	id: string;
	kind: LabelRequest['kind'];
	box: Box;
	/** A vertical leader line from the box down to the mark, for boxes set above their mark. */
	leader?: Leader;
}

export interface PlacementOptions {
	left: number;
	right: number;
	/** Space kept between boxes. */
	gap?: number;
	/** Half the height of a mark, where a leader line ends. */
	markRadius?: number;
	/** How many rows above the mark a box may climb. */
	levels?: number;
	/** Marks and other fixed things that boxes must not cover. */
	obstacles?: Box[];
}

export interface PlacementResult {
	placed: Placement[];
	hidden: string[];
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
	return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * Greedy placement by rank: each request takes the first of its candidate positions (callouts: above the mark;
 * labels: right of the mark, left of it, at the ends of the bar it sits `along`, then above) that stays in bounds
 * and overlaps no placed box, leader or obstacle. Returns boxes such that no two overlap (by less than `gap`), and
 * the ids that found no room.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacementResult {
	const { left, right, gap = 4, markRadius = 6, levels = 2, obstacles = [] } = options;
	const order = [...requests].sort((a, b) => a.rank - b.rank || a.x0 - b.x0 || compareIds(a.id, b.id));
	// Boxes are kept in columns of the plot, so that a candidate is compared only with what is near it.
	const taken = new ColumnIndex();
	const fixed = new ColumnIndex();
	for (const o of obstacles) fixed.add(o);
	const placed: Placement[] = [];
	const hidden: string[] = [];

	// A leader line as a box 1 px wide.
	const lineOf = (leader?: Leader) => leader && { x: leader.x - 0.5, y: leader.y1, width: 1, height: leader.y2 - leader.y1 };
	const fits = (box: Box, leader?: Leader) => {
		if (box.x < left || box.x + box.width > right) return false;
		if (box.width <= 0 || box.height <= 0) return false;
		const line = lineOf(leader);
		if (taken.some(box, gap, (t) => overlaps(box, t, gap))) return false;
		if (line && taken.some(line, 0, (t) => overlaps(line, t, 0))) return false;
		if (fixed.some(box, 1, (o) => overlaps(box, o, 1))) return false;
		if (line && fixed.some(line, 0, (o) => overlaps(line, o, -1))) return false;
		return true;
	};

	for (const r of order) {
		const inBand = (box: Box) => box.y >= r.top && box.y + box.height <= r.bottom;
		const found = candidates(r, r.radius ?? markRadius, gap, levels, left, right).find(({ box, leader }) => inBand(box) && fits(box, leader));
		if (!found) {
			hidden.push(r.id);
			continue;
		}
		taken.add(found.box);
		const line = lineOf(found.leader);
		if (line) taken.add(line);
		placed.push({ id: r.id, kind: r.kind, ...found });
	}
	return { placed, hidden };
}

/** Boxes filed by the 64 px columns they cross: a query reads only the columns its box (and margin) crosses. */
class ColumnIndex {
	static readonly WIDTH = 64;
	#columns = new Map<number, Box[]>();

	#span(box: Box, margin: number): [number, number] {
		return [Math.floor((box.x - margin) / ColumnIndex.WIDTH), Math.floor((box.x + box.width + margin) / ColumnIndex.WIDTH)];
	}

	add(box: Box): void {
		const [a, b] = this.#span(box, 0);
		for (let c = a; c <= b; c++) {
			const column = this.#columns.get(c);
			if (column) column.push(box);
			else this.#columns.set(c, [box]);
		}
	}

	/** Whether any box filed near `box` (within `margin`) passes `test`. */
	some(box: Box, margin: number, test: (other: Box) => boolean): boolean {
		const [a, b] = this.#span(box, Math.abs(margin) + 1);
		for (let c = a; c <= b; c++) if (this.#columns.get(c)?.some(test)) return true;
		return false;
	}
}

function candidates(r: LabelRequest, markRadius: number, gap: number, levels: number, left: number, right: number): { box: Box; leader?: Leader }[] {
	const { x0, x1, y, width, height, along } = r;
	const out: { box: Box; leader?: Leader }[] = [];
	const inline = (x: number) => out.push({ box: { x, y: y - height / 2, width, height } });
	if (r.kind === 'label') {
		inline(x1 + markRadius + gap);
		inline(x0 - markRadius - gap - width);
		if (along) inline(Math.max(along.x, left) + gap), inline(Math.min(along.x2, right) - gap - width);
	}
	// Boxes above hang from the start of a bar and then from its end (a point has one anchor, its centre). A bar cut
	// off at an edge of the plot is anchored a little inside it, so that its boxes can start (or end) in bounds.
	const anchors = [...new Set([Math.min(Math.max(x0, left + 4), x1), Math.max(Math.min(x1, right - 4), x0)])];
	// Clear of the mark and of inline labels beside it (centred on the mark, up to this high).
	const clear = Math.max(markRadius, height / 2);
	for (let level = 0; level < levels; level++) {
		const bottom = y - clear - gap - level * (height + gap);
		const top = bottom - height;
		for (const anchor of anchors) {
			const leader = { x: anchor, y1: top + height, y2: y - markRadius };
			out.push({ box: { x: anchor - 4, y: top, width, height }, leader });
			out.push({ box: { x: anchor + 4 - width, y: top, width, height }, leader });
		}
	}
	return out;
}
