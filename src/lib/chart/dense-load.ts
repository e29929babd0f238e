// Loads the layout of dense windows (layout/dense.ts) for a timeline that can need it: a chunk of its own for the
// reader, a side script for the embed (embed/sideload.ts). A timeline of EXACT_LIMIT events or fewer loads nothing.
import { EXACT_LIMIT, useDenseLayout } from '../layout/inview';
import { loadSide } from '../embed/sideload';

/** The one load under way or done; forgotten when it fails, so that the next call tries again. */
let loading: Promise<void> | undefined;

/**
 * Resolves once a timeline of `events` events can be drawn; rejects if the code it needs could not be loaded. Every
 * call while the code is on its way (the parsed text's, then the shown timeline's) shares one request.
 */
export function loadDenseLayout(events: number): Promise<void> {
	if (events <= EXACT_LIMIT) return Promise.resolve();
	loading ??= (import.meta.env.MODE === 'embed' ? loadSide('dense') : import('../layout/dense')).then(
		({ aggregateWindow }) => useDenseLayout(aggregateWindow),
		(e: unknown) => {
			loading = undefined;
			throw e;
		}
	);
	return loading;
}
