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
	/**
	 * Requests of a lower tier (0 unless given) are all placed, whole or else shortened, before any of a higher one:
	 * a story step's events are named, if only in part, before the faded context takes the room whole.
	 */
	tier?: number;
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
	/**
	 * When no position has room for the whole label: the widest shortened text (and its width) that fits in `room` px,
	 * if any (at most `room` wide). The label then takes the free room at the first position, in the order of the whole
	 * label's, that has some: right of the mark, left of it, along its bar, above it.
	 */
	shorten?: (room: number) => { text: string; width: number } | undefined;
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
	/** A shortened text, when the label did not fit whole. */
	text?: string;
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
 * Greedy placement by tier and rank: each request takes the first of its candidate positions (callouts: above the
 * mark; labels: right of the mark, left of it, at the ends of the bar it sits `along`, then above the mark, then
 * above the ends of that bar) that stays in bounds and overlaps no placed box, leader or obstacle. Returns boxes such
 * that no two overlap (by less than `gap`), and the ids that found no room. When events of a tier below 0 found no
 * room, their titles are placed once more before the rest of their tier (after its callouts), and that placement is
 * kept if it names more events of such tiers.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacementResult {
	const firsts = new Set(requests.filter((r) => tierOf(r) < 0).map((r) => r.id));
	const named = (p: PlacementResult) => new Set(p.placed.filter((l) => firsts.has(l.id)).map((l) => l.id));
	const once = place(requests, options);
	const done = named(once);
	if (done.size === firsts.size) return once;
	const again = place(
		requests.map((r) => (firsts.has(r.id) && (r.kind === 'callout' || !done.has(r.id)) ? { ...r, tier: tierOf(r) - 0.5 } : r)),
		options
	);
	return named(again).size > done.size ? again : once;
}

const tierOf = (r: LabelRequest) => r.tier ?? 0;

/** One greedy placement of every request, tier by tier (see placeLabels). */
function place(requests: readonly LabelRequest[], options: PlacementOptions): PlacementResult {
	const { left, right, gap = 4, markRadius = 6, levels = 2, obstacles = [] } = options;
	const order = [...requests].sort((a, b) => tierOf(a) - tierOf(b) || a.rank - b.rank || a.x0 - b.x0 || compareIds(a.id, b.id));
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

	const inBand = (r: LabelRequest, box: Box) => box.y >= r.top && box.y + box.height <= r.bottom;
	const spots = (r: LabelRequest) => candidates(r, r.radius ?? markRadius, gap, levels, left, right);
	/**
	 * A shortened label at the first of the candidate positions with room for one: the box keeps the candidate's edge
	 * nearest its mark (or anchor) and runs up to the first thing in the way.
	 */
	const short = ([r, list]: [LabelRequest, Candidate[]]) => {
		for (const { box: c, leader, side } of list) {
			const from = side > 0 ? c.x : c.x + c.width;
			// Out of its band, or its first pixel or its leader taken: no room here, before measuring any text.
			if (!inBand(r, c) || !fits({ ...c, x: from - (side < 0 ? 1 : 0), width: 1 }, leader)) continue;
			// No further than the whole title would reach (or the plot's edge).
			let to = side > 0 ? Math.min(right, from + c.width) : Math.max(left, from - c.width);
			const row = { x: Math.min(from, to), y: c.y, width: Math.abs(to - from), height: r.height };
			// Each box in the row moves the end of the room back to it (and the scan goes on: false).
			const edge = (o: Box, margin: number) => (overlaps(row, o, margin) && (to = side > 0 ? Math.min(to, o.x - margin) : Math.max(to, o.x + o.width + margin)), false);
			taken.some(row, gap, (t) => edge(t, gap));
			fixed.some(row, 1, (o) => edge(o, 1));
			const fit = (to - from) * side > 40 && r.shorten!((to - from) * side);
			const box = fit && { x: side > 0 ? from : from - fit.width, y: c.y, width: fit.width, height: r.height };
			// In the room, so clear of every box and obstacle (as the check before, which also cleared the leader).
			if (box) return { box, leader, text: fit.text };
		}
	};

	const put = (r: LabelRequest, found?: { box: Box; leader?: Leader; text?: string }) => {
		if (!found) return hidden.push(r.id);
		const { box, leader, text } = found;
		taken.add(box);
		const line = lineOf(leader);
		if (line) taken.add(line);
		placed.push({ id: r.id, kind: r.kind, box, leader, text });
	};
	// In each tier, whole labels first; then those that found no room are shortened into the room left, in the same
	// order, but those whose callout is shown (their event is named already) after the others.
	let later: [LabelRequest, Candidate[]][] = [];
	order.forEach((r, i) => {
		const list = spots(r);
		const found = list.find(({ box, leader }) => inBand(r, box) && fits(box, leader));
		if (found || !r.shorten) put(r, found);
		else later.push([r, list]);
		if (order[i + 1] && tierOf(order[i + 1]) === tierOf(r)) return;
		const shown = new Set(placed.map((p) => p.id));
		for (const s of later.sort((a, b) => +shown.has(a[0].id) - +shown.has(b[0].id))) put(s[0], short(s));
		later = [];
	});
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

/** A candidate box; `side`: 1 when it starts at its mark (or anchor) and runs right, -1 when it ends there. */
type Candidate = { box: Box; leader?: Leader; side: number };

function candidates(r: LabelRequest, markRadius: number, gap: number, levels: number, left: number, right: number): Candidate[] {
	const { x0, x1, y, width, height, along } = r;
	const out: Candidate[] = [];
	const inline = (x: number, side: number) => out.push({ box: { x, y: y - height / 2, width, height }, side });
	if (r.kind === 'label') {
		inline(x1 + markRadius + gap, 1);
		inline(x0 - markRadius - gap - width, -1);
		if (along) inline(Math.max(along.x, left) + gap, 1), inline(Math.min(along.x2, right) - gap - width, -1);
	}
	// Boxes above hang from the start of a bar and then from its end (a point has one anchor, its centre); then, on
	// every level, from the ends of the bar it sits `along`. An anchor is kept a little inside the plot, so that a bar
	// cut off at an edge can have its boxes start (or end) in bounds.
	const inside = (x: number) => Math.min(Math.max(x, left + 4), right - 4);
	const own = [Math.min(inside(x0), x1), Math.max(inside(x1), x0)];
	above(own);
	if (along) above([inside(along.x), inside(along.x2)]);

	function above(anchors: number[]) {
		// Clear of the mark and of inline labels beside it (centred on the mark, up to this high).
		const clear = Math.max(markRadius, height / 2);
		for (let level = 0; level < levels; level++) {
			const bottom = y - clear - gap - level * (height + gap);
			const top = bottom - height;
			for (const anchor of new Set(anchors)) {
				const leader = { x: anchor, y1: top + height, y2: y - markRadius };
				out.push({ box: { x: anchor - 4, y: top, width, height }, leader, side: 1 });
				out.push({ box: { x: anchor + 4 - width, y: top, width, height }, leader, side: -1 });
			}
		}
	}
	return out;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** A word without the quotes, brackets and punctuation around it (an isolate's opening mark too), in lower case. */
const bare = (word: string) => word.replace(/^[\p{Ps}\p{Pi}\p{Po}\u2068]+|[\p{Pe}\p{Pf}\p{Po}]+$/gu, '').toLowerCase();

/**
 * The pairs of neighbouring words in `names` ("tel aviv", "تل أبيب"), lower case, for `shorten`'s word set: a title is not
 * cut inside a name the timeline gives (its actors'), as "محكمة تل…" cut Tel Aviv's. Words that punctuation parts
 * ("Court, Northern") are not a pair.
 */
export function namePairs(names: Iterable<string>): string[] {
	const pairs: string[] = [];
	for (const name of names)
		for (const phrase of name.toLowerCase().split(/[^\p{L}\p{M}\p{N}\s'’-]+/u)) {
			const words = phrase.split(/\s+/).filter(Boolean);
			for (let i = 1; i < words.length; i++) pairs.push(`${words[i - 1]} ${words[i]}`);
		}
	return pairs;
}

/**
 * Whether a shortened text may not end on `word`, followed by `next`: `word` is one of `words` (the language's own
 * list, lower case; see `danglingWords` in i18n/en.ts), or the two are a pair there (`namePairs`), or `word` is a number
 * ("$167.25…" without its "million" misstates it).
 */
function dangling(word: string, next: string, words: ReadonlySet<string>): boolean {
	const b = bare(word);
	return words.has(b) || words.has(`${b} ${bare(next)}`) || /^\p{Sc}?\p{Nd}[\p{Nd}.,٫٬]*$/u.test(b);
}

/**
 * The longest start of `text`, in whole words (two at least, the last not `dangling`: "hallmarks of a…" reads
 * "hallmarks…", "Tel Aviv District Court" is not cut after "Tel") and ending in "…", that fits in `room` px (with the 4
 * px a label's box adds), with its box width; a bidi isolate around the text is kept closed.
 */
export function shorten(
	text: string,
	room: number,
	measure: (text: string) => number,
	words: ReadonlySet<string> = NO_WORDS
): { text: string; width: number } | undefined {
	const close = text.endsWith('\u2069') ? '\u2069' : '';
	const parts = text.slice(0, text.length - close.length).split(' ');
	const cut = (n: number) => parts.slice(0, n).join(' ').replace(/[\s,،;:–—-]+$/, '') + '…' + close;
	for (let n = parts.length - 1; n > 1; n--) {
		if (dangling(parts[n - 1], parts[n], words)) continue;
		const t = cut(n);
		const width = measure(t) + 4;
		if (width <= room) return { text: t, width };
	}
}
