// Loads the layout of dense windows (layout/dense.ts) for a timeline that can need it: a chunk of its own for the
// reader, a side script for the embed (embed/sideload.ts). A timeline of EXACT_LIMIT events or fewer loads nothing.
import { EXACT_LIMIT, useDenseLayout } from '../layout/inview';
import { loadSide } from '../embed/sideload';

let loaded = false;

/** Resolves once a timeline of `events` events can be drawn; rejects if the code it needs could not be loaded. */
export async function loadDenseLayout(events: number): Promise<void> {
	if (loaded || events <= EXACT_LIMIT) return;
	const { aggregateWindow } = await (import.meta.env.MODE === 'embed' ? loadSide('dense') : import('../layout/dense'));
	useDenseLayout(aggregateWindow);
	loaded = true;
}
