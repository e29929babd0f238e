// Lays out a valid timeline as the chart does, at any width and zoom, and names every coordinate that is not finite.
import { zoomIdentity } from 'd3-zoom';
import type { Timeline } from '../../src/lib/model/schema';
import { toItems, extentOf } from '../../src/lib/model/items';
import { localize } from '../../src/lib/model/localize';
import { baseScale } from '../../src/lib/time/scale';
import { assignLanes, type LaneMode } from '../../src/lib/layout/lanes';
import { layoutChart, type ChartLayout } from '../../src/lib/layout/chart';
import { indexItems } from '../../src/lib/layout/window';
import { useDenseLayout } from '../../src/lib/layout/inview';
import { aggregateWindow } from '../../src/lib/layout/dense';
import { estimate } from '../../src/lib/chart/measure';

export const MARGIN = 12;

// The app loads the layout of dense windows before it draws a timeline that can need it (chart/dense-load.ts).
useDenseLayout(aggregateWindow);

export interface View {
	width: number;
	/** The instants (ms) at the plot's left and right edges: zoomed in, out or panned anywhere. */
	range: [number, number];
	mode: LaneMode;
}

/** A function from a view to the chart's layout (and the zoomed scale) for this timeline; items and lanes are built once. */
export function chartOf(timeline: Timeline) {
	const items = toItems(timeline);
	const extent = extentOf(items, timeline.eras);
	const [lang] = timeline.languages;
	const measure = estimate();
	const prepared = new Map<LaneMode, { assignment: ReturnType<typeof assignLanes>; index: ReturnType<typeof indexItems> }>();
	const lanes = (mode: LaneMode) => {
		let p = prepared.get(mode);
		if (!p) {
			const assignment = assignLanes(items, mode, timeline);
			p = { assignment, index: indexItems(items, assignment) };
			prepared.set(mode, p);
		}
		return p;
	};
	return {
		items,
		extent,
		/** The layout for a view, zoomed as the app zooms: a transform of the full-extent scale. */
		layout({ width, range, mode }: View) {
			const [left, right] = [MARGIN, width - MARGIN];
			const x = baseScale(extent, [left, right]);
			const [p0, p1] = range.map((t) => x(new Date(t)));
			const k = (right - left) / (p1 - p0);
			const xz = zoomIdentity.translate(left - k * p0, 0).scale(k).rescaleX(x);
			const { assignment, index } = lanes(mode);
			const layout = layoutChart({
				index,
				assignment,
				x: xz,
				left,
				right,
				top: 88,
				label: (i) => localize(i.event.title, lang, lang),
				callout: (i) => i.event.annotation && localize(i.event.annotation.text, lang, lang),
				measure,
				laneNameWidth: () => 60
			});
			return { x: xz, layout };
		}
	};
}

/** Every drawn number of a layout that is not finite, named (`marks[3].x = NaN`); empty when all are. */
export function nonFinite(layout: ChartLayout): string[] {
	const bad: string[] = [];
	const check = (what: string, values: Record<string, number | undefined>) => {
		for (const [key, v] of Object.entries(values)) if (v !== undefined && !Number.isFinite(v)) bad.push(`${what}.${key} = ${v}`);
	};
	check('layout', { height: layout.height });
	layout.lanes.forEach((l, i) => check(`lanes[${i}]`, { top: l.top, height: l.height, pointY: l.pointY, nameX: l.nameBox.x, nameY: l.nameBox.y, nameWidth: l.nameBox.width }));
	layout.marks.forEach((m, i) => check(`marks[${i}]`, { x: m.x, x2: m.x2, y: m.y, softX: m.soft?.x, softX2: m.soft?.x2 }));
	layout.nodes.forEach((n, i) => {
		if (n.kind === 'cluster') check(`nodes[${i}]`, { x: n.cluster.x, y: n.cluster.y, from: n.cluster.from, to: n.cluster.to });
	});
	layout.labels.forEach((l, i) => check(`labels[${i}]`, { ...l.box, leaderX: l.leader?.x, leaderY1: l.leader?.y1, leaderY2: l.leader?.y2 }));
	return bad;
}
