import { describe, it, expect } from 'vitest';
import { median, percentile, minOf, maxOf, shareOver, deltas, summarize, frameStats } from '../../bench/stats';
import { ratio, summaryText, cellText, sizeLabel, firstLine } from '../../bench/format';
import { cappedBelow, fairShare, inTurns, loadOnlyRuns, ordered, oursReserve, runsFor } from '../../bench/plan';
import { report, metricTable, bytesTable } from '../../bench/report';
import { verdicts } from '../../bench/goals';
import type { Cell, Results, Run, Size, TargetId } from '../../bench/types';

/** A run with these figures; frames steady at 60 Hz unless given. */
function run(renderMs: number, extra: Partial<Run> = {}): Run {
	return {
		renderMs,
		heapBytes: 5_000_000,
		domNodes: 700,
		bytes: { scripts: 40_000, styles: 5_000, fonts: 0 },
		zoom: { frames: Array(60).fill(16.7), steps: 60, planned: 60 },
		pan: { frames: Array(60).fill(16.7), steps: 60, planned: 60 },
		...extra
	};
}

const ok = (target: TargetId, size: Size, runs: Run[]): Cell => ({ target, size, status: 'ok', runs, planned: runs.length });

function results(cells: Cell[], sizes: Size[] = ['breach', 10_000]): Results {
	return {
		date: '2026-11-28T12:00:00.000Z',
		code: { commit: 'abc1234', dirty: false },
		machine: { cpu: 'Test CPU', cores: 2, memoryBytes: 8 * 2 ** 30, os: 'Linux', node: 'v20.20.2', chromium: '156.0', load: { start: [1, 1, 1], end: [1, 1, 1] } },
		elapsedMs: 600_000,
		caps: { renderMs: 60_000, phaseMs: 20_000 },
		sizes,
		breachEvents: 41,
		cells,
		blocked: []
	};
}

describe('bench statistics', () => {
	it('median takes the middle value of an odd count and the mean of the two middle values of an even count', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBeCloseTo(2.5);
	});

	it('percentile interpolates between closest ranks', () => {
		const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
		expect(percentile(hundred, 95)).toBeCloseTo(95.05);
		expect(percentile([10, 20], 50)).toBeCloseTo(15);
		expect(percentile([3, 1, 2], 0)).toBe(1);
		expect(percentile([3, 1, 2], 100)).toBe(3);
	});

	it('min and max come from the values whatever their order', () => {
		expect(minOf([4, -2, 9])).toBe(-2);
		expect(maxOf([4, -2, 9])).toBe(9);
	});

	it('shareOver counts values strictly above the threshold', () => {
		expect(shareOver([10, 16.7, 20, 40], 16.7)).toBeCloseTo(0.5);
		expect(shareOver([1, 2], 5)).toBe(0);
	});

	it('gives undefined, not NaN, for an empty sample', () => {
		expect(median([])).toBeUndefined();
		expect(percentile([], 95)).toBeUndefined();
		expect(minOf([])).toBeUndefined();
		expect(maxOf([])).toBeUndefined();
		expect(shareOver([], 16.7)).toBeUndefined();
		expect(summarize([])).toBeUndefined();
		expect(summarize([undefined, undefined])).toBeUndefined();
		expect(frameStats([])).toBeUndefined();
	});

	it('deltas turns frame timestamps into frame times', () => {
		expect(deltas([100, 116.7, 150, 166.7]).map((d) => +d.toFixed(1))).toEqual([16.7, 33.3, 16.7]);
		expect(deltas([100])).toEqual([]);
	});

	it('summarize gives median, min and max of the runs that have a value', () => {
		expect(summarize([300, undefined, 100, 200])).toEqual({ median: 200, min: 100, max: 300, n: 3 });
	});

	it('frameStats counts a missed refresh as over budget but not the timestamps’ jitter around 16.7 ms', () => {
		const s = frameStats([16.6, 16.7, 16.8, 16.7, 33.3, 16.6, 16.7, 16.8, 16.7, 50]);
		expect(s?.over).toBeCloseTo(0.2);
		expect(s?.p50).toBeCloseTo(16.7);
		expect(s?.count).toBe(10);
	});
});

describe('bench report formatting', () => {
	it('ratio says how many times the peer’s figure is ours', () => {
		expect(ratio(1234, 100)).toBe('12×');
		expect(ratio(150, 100)).toBe('1.5×');
		expect(ratio(40, 100)).toBe('0.40×');
	});

	it('ratio is a dash when a figure is missing or ours is zero', () => {
		expect(ratio(undefined, 100)).toBe('—');
		expect(ratio(100, undefined)).toBe('—');
		expect(ratio(100, 0)).toBe('—');
	});

	it('summaryText shows the median, then min–max, and the run count when it is not the usual five', () => {
		const f = (v: number) => String(v);
		expect(summaryText({ median: 5, min: 4, max: 9, n: 5 }, f)).toBe('5 (4–9)');
		expect(summaryText({ median: 5, min: 4, max: 9, n: 3 }, f)).toBe('5 (4–9, 3 runs)');
		expect(summaryText({ median: 5, min: 5, max: 5, n: 1 }, f)).toBe('5 (1 run)');
	});

	it('cellText shows a capped or skipped target’s note instead of a number', () => {
		const capped: Cell = { target: 'vis', size: 50_000, status: 'capped', runs: [], planned: 5, note: 'did not render within 60 s' };
		const skipped: Cell = { target: 'vis', size: 100_000, status: 'skipped', runs: [], planned: 0, note: 'not run (did not render within 60 s at 50,000)' };
		expect(cellText(capped, (r) => r.renderMs, String)).toBe('did not render within 60 s');
		expect(cellText(skipped, (r) => r.renderMs, String)).toBe('not run (did not render within 60 s at 50,000)');
	});

	it('cellText gives a cell topped up with loads alone five render times and its one run of frames', () => {
		const { zoom, pan, ...load } = run(2_900);
		void [zoom, pan];
		const cell = ok('vis', 10_000, [run(2_800), ...[2_700, 3_100, 2_750, 2_950].map((ms) => ({ ...load, renderMs: ms, loadOnly: true as const }))]);
		expect(cellText(cell, (r) => r.renderMs, String)).toBe('2800 (2700–3100)');
		expect(cellText(cell, (r) => r.zoom?.frames[0], String)).toBe('16.7 (1 run)');
	});

	it('cellText says n/a, with the run’s reason, when a figure was not measured', () => {
		const cell = ok('ours', 20, [run(100, { zoom: undefined, note: 'no visible svg to interact with' })]);
		expect(cellText(cell, (r) => r.zoom?.frames[0], String)).toBe('n/a (no visible svg to interact with)');
	});

	it('firstLine keeps the first line of an error or of anything else thrown', () => {
		expect(firstLine(new Error('page.goto: Timeout 60000ms exceeded.\nCall log:\n  - navigating'))).toBe('page.goto: Timeout 60000ms exceeded.');
		expect(firstLine('crashed\nagain')).toBe('crashed');
		expect(firstLine(42)).toBe('42');
	});

	it('sizeLabel groups thousands and names the breach timeline with its event count', () => {
		expect(sizeLabel(100_000)).toBe('100,000');
		expect(sizeLabel('breach', 41)).toBe('breach (41)');
	});
});

describe('bench report tables', () => {
	const cells = [
		ok('ours', 'breach', [run(100), run(120), run(110), run(90), run(130)]),
		ok('vis', 'breach', [run(300)]),
		ok('ours', 10_000, [run(200)]),
		{ target: 'vis', size: 10_000, status: 'capped', runs: [], planned: 5, note: 'did not render within 60 s' } satisfies Cell
	];

	it('a row puts our median (min–max) beside the peer’s and the ratio', () => {
		const md = metricTable(results(cells), { title: 'Render', about: '', metric: (r) => r.renderMs, format: String, embed: false, ratios: true });
		expect(md).toContain('| breach (41) | 110 (90–130) | 300 (1 run) | 2.7× | — | — |');
	});

	it('a row with a capped peer shows the cap text and no ratio', () => {
		const md = metricTable(results(cells), { title: 'Render', about: '', metric: (r) => r.renderMs, format: String, embed: false, ratios: true });
		expect(md).toContain('| 10,000 | 200 (1 run) | did not render within 60 s | — | — | — |');
	});

	it('the bytes table sums JS and CSS per page and compares them with the reader', () => {
		const md = bytesTable(results(cells));
		expect(md).toContain('| ours (reader) | 40.0 | 5.0 | 45.0 | 0.0 | 1× |');
		expect(md).toContain('| vis-timeline | 40.0 | 5.0 | 45.0 | 0.0 | 1.0× |');
	});

	it('judges the 10,000-event render target against a capped vis-timeline by the cap', () => {
		const v = verdicts(results(cells)).find((x) => x.goal.includes('1/10'));
		expect(v?.met).toBe(true);
		expect(v?.measured).toContain('did not render within 60 s');
	});

	it('judges the first-load target by the reader’s JS + CSS, and leaves unmeasured targets unknown', () => {
		const all = verdicts(results(cells));
		expect(all.find((x) => x.goal.includes('reader view'))).toMatchObject({ measured: '45.0 KB', met: true });
		expect(all.find((x) => x.goal.includes('heap at 100,000'))?.met).toBeUndefined();
	});

	it('judges the heap at 100,000 events by V8’s heap, and says beside it what lies outside the heap', () => {
		const at100k = (extra: Partial<Run>) => verdicts(results([ok('ours', 100_000, [run(900, extra), run(950, extra), run(990, extra)])], [100_000])).find((x) => x.goal.includes('heap at 100,000'));
		expect(at100k({ heapBytes: 7_400_000, outsideHeapBytes: 27_300_000 })).toMatchObject({ measured: '7.4 MB (and 27.3 MB outside it)', met: true });
		expect(at100k({ heapBytes: 41_600_000 })).toMatchObject({ measured: '41.6 MB', met: false });
		const md = report(results([ok('ours', 100_000, [run(900, { outsideHeapBytes: 27_300_000 })])], [100_000]));
		expect(md.slice(md.indexOf('### Memory outside the JS heap'))).toContain('27.3');
	});

	it('the render table says what a page with nothing to draw took, when that was measured', () => {
		expect(report(results(cells))).not.toContain('nothing to draw');
		const md = report({ ...results(cells), floorMs: [410, 380, 455, 402, 399] });
		const render = md.slice(md.indexOf('### Time to first complete render'), md.indexOf('### JS heap'));
		expect(render).toContain('reaches its mark in 402 (380–455) ms');
	});

	it('the report lists every target with its result', () => {
		const md = report(results(cells));
		expect(md).toContain('| First-load JS+CSS, reader view ≤ 60 KB gzip | 45.0 KB | met |');
		expect(md).toContain('| JS heap at 100,000 events ≤ 10 MB | not measured | unknown |');
	});
});

describe('bench plan', () => {
	it('measures the breach timeline first, then the synthetic sizes from small to large', () => {
		expect(ordered([100_000, 'breach', 20, 1_000])).toEqual(['breach', 20, 1_000, 100_000]);
	});

	it('cappedBelow rules out the larger sizes of a target that hit the cap, and nothing else', () => {
		const capped: Cell = { target: 'vis', size: 10_000, status: 'capped', runs: [], planned: 5 };
		expect(cappedBelow([capped], 'vis', 50_000)).toBe(capped);
		expect(cappedBelow([capped], 'vis', 1_000)).toBeUndefined();
		expect(cappedBelow([capped], 'timelinejs', 50_000)).toBeUndefined();
		expect(cappedBelow([capped], 'vis', 'breach')).toBeUndefined();
	});

	it('loadOnlyRuns fills a cell cut for its interactions up to five loads, as the time left allows', () => {
		// vis-timeline at 10,000 events: one run of a minute (its zoom and pan), its load 2.8 s: four loads more.
		expect(loadOnlyRuns(1, 2_800, 100_000)).toBe(4);
		expect(loadOnlyRuns(3, 2_800, 100_000)).toBe(2);
		// As many as fit: each takes its render plus 3 s.
		expect(loadOnlyRuns(1, 2_000, 12_000)).toBe(2);
		expect(loadOnlyRuns(1, 2_000, 4_000)).toBe(0);
		expect(loadOnlyRuns(1, 2_000, -5_000)).toBe(0);
		// A cell with all its runs, or a load alone over 40 s (vis-timeline at 50,000 events): none.
		expect(loadOnlyRuns(5, 300, 600_000)).toBe(0);
		expect(loadOnlyRuns(1, 48_000, 600_000)).toBe(0);
		expect(loadOnlyRuns(1, 2_000, 600_000, 3)).toBe(2);
	});

	it('runsFor gives fewer runs when one run is long or the budget is short', () => {
		expect(runsFor(5_000, 600_000)).toBe(5);
		expect(runsFor(20_000, 600_000)).toBe(3);
		expect(runsFor(50_000, 600_000)).toBe(1);
		expect(runsFor(5_000, 10_000)).toBe(3);
		expect(runsFor(5_000, -1)).toBe(1);
	});

	it('inTurns gives the cells of a size one run each in turn, the order reversed every round, until all are done', async () => {
		const steps: string[] = [];
		// A cell that is done after `runs` steps; one that starts done (skipped by the cap rule) is never stepped.
		const cell = (name: string, runs: number) => {
			let left = runs;
			return {
				get done() {
					return left === 0;
				},
				async step() {
					await Promise.resolve();
					steps.push(name);
					left--;
				}
			};
		};
		await inTurns([cell('ours', 3), cell('embed', 1), cell('vis', 2), cell('timelinejs', 0)]);
		expect(steps).toEqual(['ours', 'embed', 'vis', 'vis', 'ours', 'ours']);
		// Each step awaited before the next: no two runs at once.
		const overlapping: string[] = [];
		let running = 0;
		const slow = { n: 2, get done() { return this.n === 0; }, async step() { overlapping.push(String(++running)); await new Promise((r) => setTimeout(r, 1)); running--; this.n--; } };
		const other = { n: 2, get done() { return this.n === 0; }, async step() { overlapping.push(String(++running)); running--; this.n--; } };
		await inTurns([slow, other]);
		expect(overlapping).toEqual(['1', '1', '1', '1']);
	});

	it('oursReserve sets aside what our reader’s cells still to come will take, at the average of its finished ones', () => {
		// Before any has finished: a guess of a minute each.
		expect(oursReserve([], 3)).toBe(180_000);
		// Two finished at 40 and 60 s: 50 s for each of two larger sizes, and 20 s more for the one under way 30 s.
		expect(oursReserve([40_000, 60_000], 2, 30_000)).toBe(120_000);
		// One under way longer than the average: nothing more for it.
		expect(oursReserve([40_000, 60_000], 0, 70_000)).toBe(0);
		expect(oursReserve([40_000], 0)).toBe(0);
	});

	it('fairShare splits the time left evenly, and is never negative', () => {
		expect(fairShare(600_000, 10)).toBe(60_000);
		expect(fairShare(-5_000, 3)).toBe(0);
		expect(fairShare(60_000, 0)).toBe(60_000);
	});
});
