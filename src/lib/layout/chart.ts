// The whole chart's geometry for one zoomed scale and width: lanes, marks, soft extents and placed labels.
import type { Item, ItemSet } from '../model/items';
import type { TimeScale } from '../time/scale';
import type { LaneAssignment } from './lanes';
import { placeLabels, shorten, type Box, type LabelRequest, type Placement } from './labels';
import type { Node } from './clusters';
import { candidateCount, neighbours, type ChartIndex } from './window';
import { exactWindow, aggregateWindow, EXACT_LIMIT } from './inview';

export const GEOMETRY = {
	axisHeight: 44,
	eraRow: 22,
	labelHeight: 18,
	calloutHeight: 22,
	gap: 4,
	levels: 2,
	pointRadius: 6,
	rangeRow: 14,
	rangeHeight: 10,
	lanePad: 6,
	laneNameHeight: 16,
	stackStep: 15,
	clusterRadius: 10
} as const;

export interface LaneBox {
	index: number;
	top: number;
	height: number;
	/** Centre line of the lane's points. */
	pointY: number;
	nameBox: Box;
}

export interface Mark {
	item: Item;
	lane: number;
	/** Centre of a point, or the start of a range bar. */
	x: number;
	/** End of a range bar; equals x for points. */
	x2: number;
	y: number;
	soft?: { x: number; x2: number };
	/** Inside the plotted width. */
	visible: boolean;
}

export interface ChartLayout {
	height: number;
	lanes: LaneBox[];
	marks: Mark[];
	/** Marks as drawn: singles and clusters of marks that would overlap, in chronological order. */
	nodes: Node[];
	labels: Placement[];
	/** How many items this layout looked at: bounded by the screen, not by the size of the timeline. */
	touched: number;
	/** Dense stretches were counted by bucket (more than EXACT_LIMIT events in view). */
	aggregated: boolean;
	/** When aggregated, each lane's bucket level (buckets of 2^level minutes); -1 for a lane laid out exactly. */
	levels?: number[];
}

export interface ChartInput {
	/** The events drawn, indexed (indexItems): the layout reads only those in view. */
	index: ChartIndex;
	assignment: LaneAssignment;
	x: TimeScale;
	left: number;
	right: number;
	/** Top of the first lane. */
	top: number;
	/** Text of an item's label and callout in the current language. */
	label: (item: Item) => string;
	callout: (item: Item) => string | undefined;
	/** Width in px of a text at the label size (injected so layout runs without a DOM). */
	measure: (text: string) => number;
	/** Words a title shortened to fit may not end on, lower case ("of", "the"; `shorten`). */
	dangling?: ReadonlySet<string>;
	/** Width of a lane name, to keep labels off it. */
	laneNameWidth: (lane: number) => number;
	/** How far apart (px) the buckets of a dense view are at least: room for the widest count badge (default 40). */
	aggregateDistance?: number;
	/** Events always drawn, in view or not: the focused and the selected one (focus must never fall off the page). */
	pinned?: readonly Item[];
	/** Events whose titles and callouts take the room first (a story step's, a search's matches), and last (faded). */
	first?: ItemSet;
	last?: ItemSet;
	/**
	 * The view is moving (a wheel or drag under way): its scale when the gesture began. Dense lanes change level at
	 * staggered zooms, and turn exact one at a time, from the view then (aggregateWindow).
	 */
	moving?: TimeScale;
}

const G = GEOMETRY;

/** A lane's height and the offset of its points' centre line from its top: they depend on its rows, not on the width. */
function laneGeometry(lane: LaneAssignment['lanes'][number]): { height: number; pointOffset: number } {
	const labelZone = G.levels * (G.calloutHeight + G.gap);
	const stacked = (lane.stackDepth - 1) * G.stackStep;
	const pointOffset = G.lanePad + G.laneNameHeight + labelZone - G.calloutHeight + G.pointRadius + G.gap * 2 + stacked;
	return { height: pointOffset + G.pointRadius + G.gap + lane.rangeRows * G.rangeRow + G.lanePad, pointOffset };
}

/** The chart's SVG height for a lane assignment, at any width or zoom: the axis, the era rows and every lane. */
export function chartHeight(assignment: LaneAssignment): number {
	return G.axisHeight + 2 * G.eraRow + assignment.lanes.reduce((sum, lane) => sum + laneGeometry(lane).height, 0) + 4;
}

/** A cluster this small still shows its members' callouts. */
const CALLOUT_MEMBERS = 32;
/** Buckets of a dense view are at least this far apart (px): room for a count of up to four characters (more when the caller says its badges are wider). */
const AGGREGATE_DISTANCE = 40;
/** Marks closer than this (px) merge into a cluster. */
const MIN_DISTANCE = 2 * G.pointRadius + 2;

export function layoutChart(input: ChartInput): ChartLayout {
	const { index, assignment, x, left, right, top, label, callout, measure, dangling } = input;
	let y = top;
	const lanes: LaneBox[] = assignment.lanes.map((lane, index) => {
		const { height, pointOffset } = laneGeometry(lane);
		const box = { index, top: y, height, pointY: y + pointOffset, nameBox: { x: left, y: y + 2, width: input.laneNameWidth(index) + 8, height: G.laneNameHeight } };
		y += height;
		return box;
	});

	const markOf = (item: Item): Mark => {
		const l = index.laneOf[item.order];
		const lane = lanes[l];
		const row = assignment.row[item.order] ?? -1;
		const stack = assignment.stack[item.order] ?? 0;
		const my = row < 0 ? lane.pointY - stack * G.stackStep : lane.pointY + G.pointRadius + G.gap + row * G.rangeRow + G.rangeHeight / 2;
		const mx = x(new Date(item.range?.[0] ?? item.at));
		const mx2 = item.range ? x(new Date(item.range[1])) : mx;
		const soft = item.soft && { x: x(new Date(item.soft[0])), x2: x(new Date(item.soft[1])) };
		const visible = mx2 >= left - G.pointRadius && mx <= right + G.pointRadius;
		return { item, lane: l, x: mx, x2: mx2, y: my, soft, visible };
	};

	// The window: the plot and a margin for marks whose edge reaches into it.
	const pad = G.clusterRadius + 4;
	const t0 = x.invert(left - pad).getTime();
	const t1 = x.invert(right + pad).getTime();
	const n = candidateCount(index, t0, t1);
	// While the view moves, the dense layout decides (its lanes turn exact one at a time, from the view the gesture
	// began in); only a timeline of more than EXACT_LIMIT events has it.
	const inView =
		n <= EXACT_LIMIT && !(input.moving && index.items.length > EXACT_LIMIT)
			? exactWindow(index, t0, t1, markOf, MIN_DISTANCE)
			: aggregateWindow({
					index,
					t0,
					t1,
					x,
					left,
					markOf,
					minDistance: Math.max(AGGREGATE_DISTANCE, input.aggregateDistance ?? 0),
					pointY: (l) => lanes[l].pointY,
					clusterRadius: G.clusterRadius,
					moving: input.moving,
					candidates: n,
					exactDistance: MIN_DISTANCE
				});
	const { marks, nodes, drawn, from, to } = inView;
	let touched = inView.touched;
	const extra = new Set(neighbours(index, from, to, drawn));
	for (const item of input.pinned ?? []) if (index.laneOf[item.order] >= 0 && !drawn(item)) extra.add(item);
	for (const item of extra) {
		touched++;
		const mark = markOf(item);
		marks.push(mark);
		nodes.push({ kind: 'mark', mark });
	}
	const first = (n: Node) => index.rank[(n.kind === 'mark' ? n.mark.item : n.cluster.first).order];
	nodes.sort((a, b) => first(a) - first(b));
	const obstacles: Box[] = lanes.map((l) => l.nameBox);
	const requests: LabelRequest[] = [];
	for (const node of nodes) {
		if (node.kind === 'cluster') {
			const { x: cx, y: cy, lane, count } = node.cluster;
			const r = G.clusterRadius;
			obstacles.push({ x: cx - r, y: cy - r, width: 2 * r, height: 2 * r });
			// The callout of an annotated member stays, anchored on its cluster; titles wait for the split. A dense
			// aggregate keeps none: its members are not read on every frame.
			if (count <= CALLOUT_MEMBERS) for (const item of node.cluster.members()) requests.push(...calloutRequest(item, lane, cx, cx, cy, r));
			continue;
		}
		const m = node.mark;
		if (!m.visible) continue;
		const r = m.item.range ? G.rangeHeight / 2 : G.pointRadius;
		const x0 = Math.max(m.x, left);
		const x1 = Math.min(m.x2, right);
		obstacles.push({ x: x0 - (m.item.range ? 0 : r), y: m.y - r, width: Math.max(x1 - x0, 0) + (m.item.range ? 0 : 2 * r), height: 2 * r });
		requests.push(...calloutRequest(m.item, m.lane, x0, x1, m.y, r));
		const text = label(m.item);
		const rank = 10 + (m.item.event.importance ?? 3) * 10 + m.item.order / 1e6;
		// The soft extent is drawn through the mark as a bar that is no obstacle: the label may sit on it.
		requests.push({ id: m.item.id, kind: 'label', x0, x1, y: m.y, width: measure(text) + 4, height: G.labelHeight, rank, tier: tier(m.item), along: m.soft, shorten: (room) => shorten(text, room, measure, dangling), ...band(m.lane) });
	}

	function tier(item: Item) {
		return input.first?.has(item) ? -1 : input.last?.has(item) ? 1 : 0;
	}

	function band(l: number) {
		const lane = lanes[l];
		return { top: lane.top + 2, bottom: lane.top + lane.height - 2 };
	}

	function calloutRequest(item: Item, lane: number, x0: number, x1: number, cy: number, radius: number): LabelRequest[] {
		const note = callout(item);
		if (!note) return [];
		const priority = item.event.annotation?.priority ?? 5;
		return [{ id: item.id, kind: 'callout', x0, x1, y: cy, radius, width: measure(note) + 14, height: G.calloutHeight, rank: priority, tier: tier(item), ...band(lane) }];
	}

	const { placed } = placeLabels(requests, { left, right, gap: G.gap, markRadius: G.pointRadius, levels: G.levels, obstacles });
	return { height: y - top, lanes, marks, nodes, labels: placed, touched, aggregated: inView.aggregated, levels: inView.levels };
}
