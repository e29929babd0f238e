import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { placeLabels, overlaps, type LabelRequest, type Placement } from '../../src/lib/layout/labels';

const req = (id: string, x: number, over: Partial<LabelRequest> = {}): LabelRequest => ({
	id,
	kind: 'label',
	x0: x,
	x1: x,
	y: 100,
	width: 80,
	height: 18,
	rank: 10,
	top: 0,
	bottom: 120,
	...over
});

function expectNoOverlap(placed: Placement[], gap = 0) {
	for (let i = 0; i < placed.length; i++)
		for (let j = i + 1; j < placed.length; j++) {
			expect(overlaps(placed[i].box, placed[j].box, gap), `${placed[i].kind}:${placed[i].id} × ${placed[j].kind}:${placed[j].id}`).toBe(false);
		}
}

describe('placeLabels', () => {
	it('puts a lone label to the right of its mark', () => {
		const { placed, hidden } = placeLabels([req('a', 100)], { left: 0, right: 500 });
		expect(hidden).toEqual([]);
		expect(placed[0].box.x).toBeGreaterThan(100);
		expect(placed[0].box.y + placed[0].box.height / 2).toBeCloseTo(100);
		expect(placed[0].leader).toBeUndefined();
	});

	it('puts a label left of its mark when the right side is out of bounds', () => {
		const { placed } = placeLabels([req('a', 480)], { left: 0, right: 500 });
		expect(placed[0].box.x + placed[0].box.width).toBeLessThan(480);
	});

	it('raises a crowded label above its mark with a leader line down to it', () => {
		const mark = (x: number) => ({ x: x - 5, y: 95, width: 10, height: 10 });
		const { placed } = placeLabels([req('a', 100, { rank: 1 }), req('b', 130, { rank: 3 }), req('c', 160, { rank: 2 })], {
			left: 0,
			right: 500,
			obstacles: [mark(100), mark(130), mark(160)]
		});
		const b = placed.find((p) => p.id === 'b');
		expect(b?.leader).toBeDefined();
		expect(b!.box.y + b!.box.height).toBeLessThanOrEqual(b!.leader!.y1 + 1e-9);
		expect(b!.leader!.y2).toBeLessThanOrEqual(100);
		expectNoOverlap(placed);
	});

	it('hides the lower-ranked label when there is no room for both, and shows it again with room', () => {
		const crowded = [req('hi', 100, { rank: 1 }), req('lo', 102, { rank: 9 })];
		const narrow = placeLabels(crowded, { left: 90, right: 200, levels: 0 });
		expect(narrow.placed.map((p) => p.id)).toEqual(['hi']);
		expect(narrow.hidden).toEqual(['lo']);
		const spread = placeLabels([req('hi', 100, { rank: 1 }), req('lo', 300, { rank: 9 })], { left: 90, right: 500, levels: 0 });
		expect(spread.hidden).toEqual([]);
	});

	it('places callouts above their mark before any label and keeps both apart', () => {
		const { placed } = placeLabels(
			[req('a', 100, { rank: 10 }), req('a', 100, { kind: 'callout', rank: 1, width: 120, height: 22 })],
			{ left: 0, right: 500 }
		);
		const callout = placed.find((p) => p.kind === 'callout');
		expect(callout?.box.y).toBeLessThan(100 - 22);
		expect(placed).toHaveLength(2);
		expectNoOverlap(placed);
	});

	it('keeps boxes off obstacles such as other marks', () => {
		const { placed } = placeLabels([req('a', 100)], {
			left: 0,
			right: 500,
			levels: 0,
			obstacles: [{ x: 120, y: 95, width: 10, height: 10 }]
		});
		expect(placed[0].box.x + placed[0].box.width).toBeLessThan(100);
	});

	it('keeps every box inside the bounds and its band', () => {
		const { placed } = placeLabels([req('a', 5), req('b', 495)], { left: 0, right: 500 });
		for (const p of placed) {
			expect(p.box.x).toBeGreaterThanOrEqual(0);
			expect(p.box.x + p.box.width).toBeLessThanOrEqual(500);
			expect(p.box.y).toBeGreaterThanOrEqual(0);
		}
	});

	it('puts a label on its soft bar, at its start, when the points stacked above and below take both sides', () => {
		// Three points at one instant near the right edge, 15 px apart, each on a soft bar across the plot.
		const stacked = (along?: LabelRequest['along'], x = 490) =>
			['a', 'b', 'c'].map((id, i) => req(id, x, { y: 70 + 15 * i, rank: i === 1 ? 5 : 1, along, top: 0, bottom: 120 }));
		const alone = placeLabels(stacked(), { left: 0, right: 500, levels: 0 });
		expect(alone.hidden).toEqual(['b']);
		const { placed, hidden } = placeLabels(stacked({ x: -100, x2: 600 }), { left: 0, right: 500, levels: 0 });
		expect(hidden).toEqual([]);
		const b = placed.find((p) => p.id === 'b')!;
		expect(b.box).toEqual({ x: 4, y: 85 - 9, width: 80, height: 18 });
		expect(b.leader).toBeUndefined();
		expectNoOverlap(placed, 4);
		// At the left edge the others' labels take the bar's start too: the label goes to the bar's other end.
		const mirrored = placeLabels(stacked({ x: -100, x2: 600 }, 10), { left: 0, right: 500, levels: 0 });
		expect(mirrored.hidden).toEqual([]);
		expect(mirrored.placed.find((p) => p.id === 'b')!.box.x).toBe(500 - 4 - 80);
		expectNoOverlap(mirrored.placed, 4);
		const partial = placeLabels(stacked({ x: 100, x2: 300 }), { left: 0, right: 500, levels: 0 });
		expect(partial.placed.find((p) => p.id === 'b')!.box.x).toBe(104);
	});

	it('puts the label of a bar that runs past both edges of the plot above it, in bounds, with a leader onto it', () => {
		const bar = req('bar', 0, { x1: 500, y: 100 });
		const obstacles = [{ x: 0, y: 95, width: 500, height: 10 }];
		const { placed, hidden } = placeLabels([bar], { left: 0, right: 500, obstacles });
		expect(hidden).toEqual([]);
		const { box, leader } = placed[0];
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThan(95);
		expect(leader!.x).toBeGreaterThan(0);
		expect(leader!.y2).toBeLessThanOrEqual(95);
		// With a callout above the start, the label hangs from the bar's end.
		const callout = req('note', 0, { kind: 'callout', x1: 500, y: 100, width: 150, height: 22, rank: 1 });
		const both = placeLabels([callout, { ...bar, rank: 2 }], { left: 0, right: 500, obstacles });
		expect(both.hidden).toEqual([]);
		const label = both.placed.find((p) => p.id === 'bar')!;
		expect(label.box.x + label.box.width).toBe(500);
		expect(label.leader!.x).toBe(496);
		expectNoOverlap(both.placed);
	});

	it('never returns overlapping boxes, for random timelines and widths (property)', () => {
		const request = fc.record({
			x: fc.double({ min: -50, max: 1500, noNaN: true }),
			len: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 300, noNaN: true })),
			lane: fc.integer({ min: 0, max: 4 }),
			width: fc.double({ min: 4, max: 400, noNaN: true }),
			callout: fc.boolean(),
			rank: fc.integer({ min: 0, max: 50 }),
			soft: fc.option(fc.tuple(fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 0, max: 400, noNaN: true })))
		});
		fc.assert(
			fc.property(fc.array(request, { maxLength: 80 }), fc.integer({ min: 280, max: 1600 }), fc.integer({ min: 0, max: 3 }), (rs, width, levels) => {
				const requests = rs.map((r, i): LabelRequest => {
					const top = r.lane * 90;
					return {
						id: `e${i}`,
						kind: r.callout ? 'callout' : 'label',
						x0: r.x,
						x1: r.x + r.len,
						y: top + 70,
						width: r.width,
						height: r.callout ? 22 : 18,
						rank: r.rank,
						top,
						bottom: top + 90,
						along: r.soft ? { x: r.x - r.soft[0], x2: r.x + r.len + r.soft[1] } : undefined
					};
				});
				const { placed, hidden } = placeLabels(requests, { left: 0, right: width, levels });
				expect(placed.length + hidden.length).toBe(requests.length);
				expectNoOverlap(placed);
				for (const p of placed) {
					expect(p.box.x).toBeGreaterThanOrEqual(0);
					expect(p.box.x + p.box.width).toBeLessThanOrEqual(width);
				}
			}),
			{ numRuns: 300, seed: 20190513 }
		);
	});
});
