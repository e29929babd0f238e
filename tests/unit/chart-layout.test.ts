// layoutChart over whole timelines: every event gets a mark, and no two labels or callouts overlap.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zoomIdentity } from 'd3-zoom';
import { Timeline } from '../../src/lib/model/schema';
import { toItems, extentOf, withIds } from '../../src/lib/model/items';
import { localize } from '../../src/lib/model/localize';
import { baseScale } from '../../src/lib/time/scale';
import { assignLanes, type LaneMode } from '../../src/lib/layout/lanes';
import { layoutChart, type ChartInput } from '../../src/lib/layout/chart';
import { indexItems, loOf, hiOf } from '../../src/lib/layout/window';
import { overlaps } from '../../src/lib/layout/labels';
import { estimate } from '../../src/lib/chart/measure';
import { ROOT } from '../helpers';

const timeline = Timeline.parse(JSON.parse(readFileSync(join(ROOT, 'data/whatsapp-nso-2019.json'), 'utf8')));
const items = toItems(timeline);
const extent = extentOf(items, timeline.eras);

function layout(width: number, k: number, at: string, lang: string, mode: LaneMode) {
	const x = baseScale(extent, [12, width - 12]);
	const px = x(new Date(at));
	return layoutWith(zoomIdentity.translate(px - k * px, 0).scale(k).rescaleX(x), width, lang, mode);
}

/** The chart of the view from `from` to `to` across the plot. */
const layoutSpan = (width: number, from: string, to: string, lang: string, mode: LaneMode, rank?: Pick<ChartInput, 'first' | 'last'>) =>
	layoutWith(baseScale([Date.parse(from), Date.parse(to)], [12, width - 12]), width, lang, mode, rank);

function layoutWith(xz: ReturnType<typeof baseScale>, width: number, lang: string, mode: LaneMode, rank?: Pick<ChartInput, 'first' | 'last'>) {
	const measure = estimate();
	const assignment = assignLanes(items, mode, timeline);
	return { x: xz, ...layoutChart({
		index: indexItems(items, assignment),
		assignment,
		x: xz,
		left: 12,
		right: width - 12,
		top: 88,
		label: (i) => localize(i.event.title, lang, 'en'),
		callout: (i) => i.event.annotation && localize(i.event.annotation.text, lang, 'en'),
		measure,
		laneNameWidth: () => 60,
		...rank
	}) };
}

describe('layoutChart on the breach timeline', () => {
	const cases: [number, number, string, string, LaneMode][] = [];
	for (const width of [320, 375, 768, 1280, 1920])
		for (const k of [1, 4, 40, 400, 3000])
			for (const lang of ['en', 'ar']) cases.push([width, k, '2019-05-13T12:00Z', lang, k % 2 ? 'actor' : 'category']);

	it.each(cases)('at %i px, zoom ×%i around %s in %s by %s: labels never overlap and stay in the plot', (width, k, at, lang, mode) => {
		const r = layout(width, k, at, lang, mode);
		// Every event in view is drawn exactly once, alone or in a cluster; the rest only as the keyboard's neighbours.
		const drawn = r.nodes.flatMap((n) => (n.kind === 'mark' ? [n.mark.item.id] : n.cluster.members().map((i) => i.id)));
		expect(new Set(drawn).size).toBe(drawn.length);
		const [t0, t1] = [r.x.invert(12).getTime(), r.x.invert(width - 12).getTime()];
		for (const item of items) if (loOf(item) <= t1 && hiOf(item) >= t0) expect(drawn).toContain(item.id);
		expect(drawn.length).toBeLessThanOrEqual(items.filter((i) => loOf(i) <= t1 + 3e9 && hiOf(i) >= t0 - 3e9).length + 4);
		for (let i = 0; i < r.labels.length; i++) {
			const a = r.labels[i].box;
			expect(a.x).toBeGreaterThanOrEqual(12);
			expect(a.x + a.width).toBeLessThanOrEqual(width - 12);
			for (let j = i + 1; j < r.labels.length; j++) expect(overlaps(a, r.labels[j].box)).toBe(false);
		}
	});

	// The reader who zooms into the attack or into the hours of 13 May sees what each bar is: a bar that runs past
	// both edges of the plot, and points stacked at one instant whose soft extents fill the view, have their titles.
	it.each([
		['the hours of 13 May', '2019-05-13T00:00Z', '2019-05-14T00:00Z', ['ft-report', 'app-update', 'security-advisory', 'nso-denial']],
		['three days of the attack', '2019-05-02T00:00Z', '2019-05-05T00:00Z', ['attack-window']]
	])('labels every event in view across %s, at 1280 px in English and Arabic', (_, from, to, ids) => {
		for (const lang of ['en', 'ar']) {
			const r = layoutSpan(1280, from, to, lang, 'actor');
			const marks = r.nodes.flatMap((n) => (n.kind === 'mark' && n.mark.visible ? [n.mark.item.id] : []));
			expect(marks).toEqual(expect.arrayContaining(ids));
			const titled = r.labels.filter((l) => l.kind === 'label').map((l) => l.id);
			expect(marks.filter((id) => !titled.includes(id))).toEqual([]);
		}
	});

	// A story step (or a search) names its events first: over each step's range at 1,280 px, with the step's events
	// first and the others last (faded, as the presenter draws them), each of its events in view has its title or its
	// callout, even in the two steps that crowd six and four events into a few days (fix, doj-and-dpc: cve-published is a
	// dot boxed in by two others a few hours away, reuters-hallmarks sits under the others' titles).
	it('has story steps to check', () => expect(timeline.story?.length).toBe(11));
	it.each((timeline.story ?? []).map((s) => [s.id, s] as const))('names every event of the story step %s over its range, in English and Arabic', (_, step) => {
		const ids = new Set(step.events);
		const others = new Set(items.filter((i) => !ids.has(i.id)).map((i) => i.id));
		for (const lang of ['en', 'ar']) {
			const r = layoutSpan(1280, step.range.start, step.range.end, lang, 'actor', { first: withIds(ids), last: withIds(others) });
			const inView = r.nodes.flatMap((n) => (n.kind === 'mark' && n.mark.visible ? [n.mark.item.id] : []));
			expect(inView).toEqual(expect.arrayContaining(step.events));
			const named = new Set(r.labels.map((l) => l.id));
			const unnamed = step.events.filter((id) => !named.has(id));
			expect(unnamed, lang).toEqual([]);
		}
	});

	// The search's matches are named first: across 26 April – 20 May, cve-assigned's title finds no room among the
	// others', and takes one when the reader's search matches it.
	it.each(['en', 'ar'])('gives the search matches’ titles the room first, in %s', (lang) => {
		const named = (r: ReturnType<typeof layoutSpan>) => r.labels.some((l) => l.id === 'cve-assigned');
		const plain = layoutSpan(1280, '2019-04-26', '2019-05-20', lang, 'actor');
		expect(plain.nodes.some((n) => n.kind === 'mark' && n.mark.visible && n.mark.item.id === 'cve-assigned')).toBe(true);
		expect(named(plain)).toBe(false);
		expect(named(layoutSpan(1280, '2019-04-26', '2019-05-20', lang, 'actor', { first: withIds(new Set(['cve-assigned'])) }))).toBe(true);
		// Faded, it stays unnamed.
		expect(named(layoutSpan(1280, '2019-04-26', '2019-05-20', lang, 'actor', { last: withIds(new Set(['cve-assigned'])) }))).toBe(false);
	});

	it('shows more labels as the reader zooms into May 2019', () => {
		const wide = layout(1280, 1, '2019-05-13T12:00Z', 'en', 'actor');
		const deep = layout(1280, 200, '2019-05-13T12:00Z', 'en', 'actor');
		const shownInMay = (r: typeof wide) =>
			r.labels.filter((l) => l.kind === 'label' && items.find((i) => i.id === l.id)!.event.start.startsWith('2019-05')).length;
		expect(shownInMay(deep)).toBeGreaterThan(shownInMay(wide));
	});

	it('places callouts of the highest priority first', () => {
		const r = layout(1280, 1, '2019-05-13T12:00Z', 'en', 'actor');
		const callouts = r.labels.filter((l) => l.kind === 'callout');
		expect(callouts.length).toBeGreaterThan(0);
	});
});
