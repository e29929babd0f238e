// The performance targets, judged from the results: met, not met, or unknown when the figure is missing.
import { cellSummary, kb, mb, ms, type Metric } from './format';
import { fitsBudget, frameStats } from './stats';
import type { Cell, Results, Size, TargetId } from './types';

export interface Verdict {
	goal: string;
	measured: string;
	met: boolean | undefined;
}

const cellOf = (results: Results, target: TargetId, size: Size): Cell | undefined =>
	results.cells.find((c) => c.target === target && c.size === size);

const firstLoad: Metric = (run) => run.bytes.scripts + run.bytes.styles;
const render: Metric = (run) => run.renderMs;
const zoomP95: Metric = (run) => (run.zoom ? frameStats(run.zoom.frames)?.p95 : undefined);
const panP95: Metric = (run) => (run.pan ? frameStats(run.pan.frames)?.p95 : undefined);

/** Why a cell has no figure, for the "measured" column. */
const missing = (cell: Cell | undefined) => (cell?.status === 'ok' || !cell ? 'not measured' : (cell.note ?? cell.status));

/** A goal on one cell's median: met when `pass` holds; not met when the cell hit its cap. */
function judge(results: Results, goal: string, target: TargetId, size: Size, metric: Metric, pass: (median: number) => boolean, format: (v: number) => string): Verdict {
	const cell = cellOf(results, target, size);
	const s = cellSummary(cell, metric);
	if (!s) return { goal, measured: missing(cell), met: cell?.status === 'capped' ? false : undefined };
	return { goal, measured: format(s.median), met: pass(s.median) };
}

/** Ours at 10,000 events renders in a tenth of vis-timeline's time; a vis-timeline that hit the cap took longer than the cap. */
function tenthOfVis(results: Results): Verdict {
	const goal = 'First complete render at 10,000 events ≤ 1/10 of vis-timeline’s';
	const ours = cellSummary(cellOf(results, 'ours', 10_000), render);
	const visCell = cellOf(results, 'vis', 10_000);
	const vis = cellSummary(visCell, render);
	if (!ours) return { goal, measured: missing(cellOf(results, 'ours', 10_000)), met: false };
	if (vis) return { goal, measured: `${ms(ours.median)} ms vs ${ms(vis.median)} ms (${(vis.median / ours.median).toFixed(1)}× faster)`, met: ours.median <= vis.median / 10 };
	if (visCell?.status === 'capped') {
		const floor = results.caps.renderMs / 10;
		return { goal, measured: `${ms(ours.median)} ms; vis-timeline ${visCell.note ?? 'hit the cap'}`, met: ours.median <= floor ? true : undefined };
	}
	return { goal, measured: `${ms(ours.median)} ms; vis-timeline not measured`, met: undefined };
}

/** The heap's verdict with what lies outside the heap beside it (our events' columns), so that neither is read alone. */
function withOutside(results: Results, verdict: Verdict): Verdict {
	const outside = cellSummary(cellOf(results, 'ours', 100_000), (run) => run.outsideHeapBytes);
	return outside ? { ...verdict, measured: `${verdict.measured} (and ${mb(outside.median)} MB outside it)` } : verdict;
}

export function verdicts(results: Results): Verdict[] {
	const msText = (v: number) => `${ms(v)} ms`;
	return [
		judge(results, 'First-load JS+CSS, reader view ≤ 60 KB gzip', 'ours', 'breach', firstLoad, (v) => v <= 60_000, (v) => `${kb(v)} KB`),
		judge(results, 'First-load JS+CSS, embed view ≤ 60 KB gzip', 'embed', 'breach', firstLoad, (v) => v <= 60_000, (v) => `${kb(v)} KB`),
		tenthOfVis(results),
		judge(results, 'First complete render at 50,000 events < 1 s', 'ours', 50_000, render, (v) => v < 1000, msText),
		judge(results, 'Wheel-zoom frames p95 at 10,000 events ≤ 16.7 ms', 'ours', 10_000, zoomP95, (v) => fitsBudget(v, 16.7), msText),
		judge(results, 'Pan frames p95 at 10,000 events ≤ 16.7 ms', 'ours', 10_000, panP95, (v) => fitsBudget(v, 16.7), msText),
		judge(results, 'Wheel-zoom frames p95 at 100,000 events ≤ 33 ms', 'ours', 100_000, zoomP95, (v) => fitsBudget(v, 33), msText),
		judge(results, 'Pan frames p95 at 100,000 events ≤ 33 ms', 'ours', 100_000, panP95, (v) => fitsBudget(v, 33), msText),
		withOutside(results, judge(results, 'JS heap at 100,000 events ≤ 10 MB', 'ours', 100_000, (run) => run.heapBytes, (v) => v <= 10_000_000, (v) => `${mb(v)} MB`))
	];
}

export const verdictText = (met: boolean | undefined) => (met === undefined ? 'unknown' : met ? 'met' : 'not met');
