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

/** An even split of the time left among the cells still to measure (those the cap rule has not ruled out). */
export function fairShare(leftMs: number, remainingCells: number): number {
	return Math.max(0, leftMs) / Math.max(1, remainingCells);
}
