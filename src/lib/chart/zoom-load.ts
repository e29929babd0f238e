// d3-zoom's gestures (zoom-gestures.ts) are not in the first load: the chart asks for them once its first picture is
// drawn, or at the first wheel or press before that. One load for every chart of the page.
import { loadSide } from '../embed/sideload';

export type GestureCode = typeof import('./zoom-gestures');

/** d3-zoom's gestures once loaded. */
let code: GestureCode | undefined;
/** The one load under way or done; forgotten when it fails, so that the next input asks again. */
let loading: Promise<GestureCode> | undefined;

/** The gestures if they have loaded, else undefined. */
export const loadedGestureCode = (): GestureCode | undefined => code;

/** Loads d3-zoom's gestures: a chunk for the reader, a side script for the embed (which cannot load modules). */
export function loadGestureCode(): Promise<GestureCode> {
	loading ??= (import.meta.env.MODE === 'embed' ? loadSide('zoom') : import('./zoom-gestures')).then(
		(loaded) => (code = loaded),
		(e: unknown) => {
			loading = undefined;
			throw e;
		}
	);
	return loading;
}
