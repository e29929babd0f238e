// Which runs to do: the cap rule (a target that could not render a size is not tried at larger sizes) and the
// time budget (fewer runs when one run is long). Pure, so that the rules can be tested.
import type { Cell, Size, TargetId } from './types';

export const DEFAULT_RUNS = 5;

/** Sizes in the order they are measured: the breach timeline first, then the synthetic ones from small to large. */
export function ordered(sizes: readonly Size[]): Size[] {
	const numbers = sizes.filter((s): s is number => s !== 'breach').sort((a, b) => a - b);
	return sizes.includes('breach') ? ['breach', ...numbers] : numbers;
}

/** The smaller synthetic size at which `target` was capped, which rules out `size`; undefined when none did. */
export function cappedBelow(cells: readonly Cell[], target: TargetId, size: Size): Cell | undefined {
	if (size === 'breach') return undefined;
	return cells.find((c) => c.target === target && c.status === 'capped' && c.size !== 'breach' && c.size < size);
}

/**
 * How many runs a cell gets, given how long its first run took and the time left before the benchmark should stop
 * starting runs: 5 normally, 3 for runs over 15 s, 1 for runs over 40 s, and never more than fit in the time left.
 */
export function runsFor(firstRunMs: number, leftMs: number, runs = DEFAULT_RUNS): number {
	const byLength = firstRunMs > 40_000 ? 1 : firstRunMs > 15_000 ? Math.min(3, runs) : runs;
	const fitting = 1 + Math.floor(Math.max(0, leftMs) / Math.max(firstRunMs, 1));
	return Math.max(1, Math.min(byLength, fitting));
}

/**
 * Extra runs of the load alone (no zoom, no pan) for a cell whose runs were cut for the length of their interactions,
 * so that its render time, heap and DOM size are a median of `runs` like the others': as many as the time left holds
 * at the first run's render time plus `overheadMs` each (a fresh context, the wait for a quiet browser, the heap's
 * garbage collection), none when a load alone is over 40 s (runsFor's rule).
 */
export function loadOnlyRuns(done: number, firstRenderMs: number, leftMs: number, runs = DEFAULT_RUNS, overheadMs = LOAD_OVERHEAD_MS): number {
	if (done >= runs) return 0;
	const each = firstRenderMs + overheadMs;
	if (each > 40_000) return 0;
	return Math.max(0, Math.min(runs - done, Math.floor(Math.max(0, leftMs) / each)));
}

/** What a load-only run takes besides the render itself, about. */
export const LOAD_OVERHEAD_MS = 3_000;

/** An even split of the time left among the cells still to measure (those the cap rule has not ruled out). */
export function fairShare(leftMs: number, remainingCells: number): number {
	return Math.max(0, leftMs) / Math.max(1, remainingCells);
}

/**
 * The time to set aside for our reader's cells still to come, which are not cut to a share: the time its finished
 * cells took on average (`guessMs` before any has finished) for each larger size, and for the current size's cell
 * what the average leaves of it (`currentSpentMs` undefined: none running).
 */
export function oursReserve(finishedMs: readonly number[], laterSizes: number, currentSpentMs?: number, guessMs = 60_000): number {
	const average = finishedMs.length > 0 ? finishedMs.reduce((a, b) => a + b, 0) / finishedMs.length : guessMs;
	return laterSizes * average + (currentSpentMs === undefined ? 0 : Math.max(0, average - currentSpentMs));
}

/** A cell being measured one run at a time (run.ts): `step` does its next run, or decides that it has finished. */
export interface Turns {
	readonly done: boolean;
	step(): Promise<void>;
}

/**
 * Gives the cells of one size their runs in turns, one run each, until all are done, the order reversed every round
 * (ours, the embed, vis-timeline, TimelineJS, then TimelineJS back to ours): each target's runs are spread over the same
 * minutes as the others', so that a change in the machine's state while the size is measured (another process, the
 * browser's own caches) weighs on all of them, and no target always follows the same one. A comparison measured
 * target after target, minutes apart, carried such a change into its ratio.
 */
export async function inTurns(cells: readonly Turns[]): Promise<void> {
	for (let round = 0; cells.some((c) => !c.done); round++) {
		for (const cell of round % 2 === 0 ? cells : [...cells].reverse()) if (!cell.done) await cell.step();
	}
}
