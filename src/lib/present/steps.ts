// Story steps and their URL fragments: `#step-<id>`, with `#step=3` (1-based) as an alias.
import type { Timeline } from '../model/schema';
import { isoDate } from '../model/dates';

export type Step = NonNullable<Timeline['story']>[number];

/** The index of the step a hash names, or undefined (no step, unknown id, out of range). */
export function stepFromHash(hash: string, steps: readonly Step[]): number | undefined {
	const h = decodeURIComponent(hash.replace(/^#/, ''));
	const byNumber = /^step=(\d{1,4})$/.exec(h);
	if (byNumber) {
		const n = Number(byNumber[1]);
		return n >= 1 && n <= steps.length ? n - 1 : undefined;
	}
	const byId = /^step-(.+)$/.exec(h);
	if (!byId) return undefined;
	const i = steps.findIndex((s) => s.id === byId[1]);
	return i >= 0 ? i : undefined;
}

export const hashFor = (step: Step): string => `#step-${step.id}`;

/** The UTC instants a step shows: from the start of its start date to the end of its end date. */
export function stepSpan(step: Step): [number, number] {
	const a = isoDate(step.range.start);
	const b = isoDate(step.range.end);
	if (!a || !b) throw new Error(`step ${step.id}: invalid range`);
	const isInstant = b.precision === 'minute' || b.precision === 'second';
	return [a.start, isInstant ? b.start : b.end];
}

/** One step further or back, without wrapping at either end. */
export function clampStep(index: number, count: number): number {
	return Math.max(0, Math.min(count - 1, index));
}
