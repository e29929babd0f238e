// Labels of folded breaks in the tick row: centred on their break, dropped when they would touch another.
import type { PlacedBreak } from '../time/fold';

export interface LabelledBreak extends PlacedBreak {
	/** The label and its px extent, when it fits. */
	label?: { text: string; x0: number; x1: number };
	/** The px the tick row must leave free: the break, widened to its label. */
	reserved: [number, number];
}

/** Each break keeps its label when it stays inside [left, right] and clear (by `gap` px) of the previous label. */
export function labelBreaks(
	breaks: readonly PlacedBreak[],
	text: (b: PlacedBreak) => string,
	measure: (s: string) => number,
	{ left, right, gap = 6 }: { left: number; right: number; gap?: number }
): LabelledBreak[] {
	let end = -Infinity;
	return [...breaks]
		.sort((a, b) => a.x0 - b.x0)
		.map((b) => {
			const s = text(b);
			const w = measure(s);
			const mid = (b.x0 + b.x1) / 2;
			const x0 = mid - w / 2;
			const x1 = mid + w / 2;
			const fits = x0 >= left && x1 <= right && x0 >= end + gap;
			if (!fits) return { ...b, reserved: [b.x0, b.x1] as [number, number] };
			end = x1;
			return { ...b, label: { text: s, x0, x1 }, reserved: [Math.min(b.x0, x0), Math.max(b.x1, x1)] as [number, number] };
		});
}
