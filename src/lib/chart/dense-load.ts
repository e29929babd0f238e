// Loads the layout of dense windows (layout/dense.ts) and the columns that hold a large timeline's events
// (model/store.ts) for a timeline that can need them: chunks of their own for the reader, a side script for the embed
// (embed/sideload.ts). A timeline of EXACT_LIMIT events or fewer loads nothing.
import { EXACT_LIMIT, useDenseLayout } from '../layout/inview';
import { loadSide } from '../embed/sideload';
import type { Timeline } from '../model/schema';

/** store.ts's storeWhenIdle, once loaded. */
let store: ((timeline: Timeline) => Timeline) | undefined;

/** The one load under way or done; forgotten when it fails, so that the next call tries again. */
let loading: Promise<void> | undefined;

/**
 * Resolves once a timeline of `events` events can be drawn; rejects if the code it needs could not be loaded. Every
 * call while the code is on its way (the parsed text's, then the shown timeline's) shares one request.
 */
export function loadDenseLayout(events: number): Promise<void> {
	if (events <= EXACT_LIMIT) return Promise.resolve();
	loading ??= (
		import.meta.env.MODE === 'embed'
			? loadSide('dense')
			: Promise.all([import('../layout/dense'), import('../model/store')]).then(([dense, stored]) => ({ ...dense, ...stored }))
	).then(
		({ aggregateWindow, storeWhenIdle }) => {
			useDenseLayout(aggregateWindow);
			store = storeWhenIdle;
		},
		(e: unknown) => {
			loading = undefined;
			throw e;
		}
	);
	return loading;
}

/**
 * The timeline to show: one of more than EXACT_LIMIT events (once loadDenseLayout has loaded the code) whose events
 * are large enough to weigh on the heap (store.ts, STORE_ABOVE) with its events as views, put into columns when the
 * browser is next idle; any other as it is.
 */
export const storeLarge = (timeline: Timeline): Timeline => (timeline.events.length > EXACT_LIMIT && store ? store(timeline) : timeline);
