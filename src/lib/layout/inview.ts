// What is drawn for a window of time: every event in it (a few hundred at most), or its buckets when it is dense.
import type { Item } from '../model/items';
import type { Mark } from './chart';
import { clusterMarks, type Node } from './clusters';
import { scanWindow, type ChartIndex } from './window';
import type { AggregateInput } from './dense';

export interface InView {
	marks: Mark[];
	nodes: Node[];
	/** Items (or buckets) looked at. */
	touched: number;
	aggregated: boolean;
	/** The instants whose marks are drawn, and a test for any item (neighbours outside are added by the caller). */
	from: number;
	to: number;
	drawn: (item: Item) => boolean;
	/** A dense window's bucket level in each lane (buckets of 2^level minutes); -1 for a lane laid out exactly. */
	levels?: number[];
}

/** Every event touching [t0, t1], each laid out and clustered exactly. */
export function exactWindow(index: ChartIndex, t0: number, t1: number, markOf: (item: Item) => Mark, minDistance: number): InView {
	const items: Item[] = [];
	const touched = scanWindow(index, t0, t1, (item) => {
		if (index.laneOf[item.order] >= 0) items.push(item);
	});
	items.sort((a, b) => a.order - b.order);
	const marks = items.map(markOf);
	const set = new Set(items);
	return { marks, nodes: clusterMarks(marks, minDistance), touched, aggregated: false, from: t0, to: t1, drawn: (i) => index.laneOf[i.order] < 0 || set.has(i) };
}

/** Up to this many events in view, each is laid out and clustered exactly; beyond, dense stretches are counted by bucket. */
export const EXACT_LIMIT = 400;

/** The layout of dense windows (dense.ts), given by useDenseLayout. */
let dense: ((input: AggregateInput) => InView) | undefined;

/**
 * Gives the layout of dense windows, which a timeline of more than EXACT_LIMIT events can need (one of that many or
 * fewer never has more in view). It is code of its own that the app loads before it draws such a timeline
 * (chart/dense-load.ts), so that a small timeline's reader never downloads it.
 */
export function useDenseLayout(layout: (input: AggregateInput) => InView): void {
	dense = layout;
}

/** A dense window, counted by bucket (see dense.ts), by the layout useDenseLayout gave. */
export const aggregateWindow = (input: AggregateInput): InView => dense!(input);
