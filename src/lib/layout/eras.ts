// Places era names in a few rows above the lanes, inside their band; names that do not fit are hidden.
import { overlaps, type Box } from './labels';

export interface EraSpan {
	id: string;
	x0: number;
	x1: number;
	width: number;
}

export interface EraLabel {
	id: string;
	box: Box;
}

/** Each name sits at the visible start of its band, in the first row where it overlaps no other name and fits the band. */
export function placeEraLabels(spans: readonly EraSpan[], o: { left: number; right: number; top: number; rowHeight: number; rows: number }): EraLabel[] {
	const out: EraLabel[] = [];
	const sorted = [...spans].sort((a, b) => a.x1 - a.x0 - (b.x1 - b.x0));
	for (const s of sorted) {
		const x = Math.max(s.x0, o.left) + 4;
		const room = Math.min(s.x1, o.right) - x - 2;
		if (s.width + 6 > room) continue;
		for (let row = 0; row < o.rows; row++) {
			const box = { x, y: o.top + row * o.rowHeight, width: s.width + 6, height: o.rowHeight - 2 };
			if (out.every((l) => !overlaps(l.box, box))) {
				out.push({ id: s.id, box });
				break;
			}
		}
	}
	return out;
}
