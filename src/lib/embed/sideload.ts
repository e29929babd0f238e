// Loads the embed's side scripts on demand. The embed is one classic script because a sandboxed host frame gives it an
// opaque origin, from which module scripts and `import()` are cross-origin requests that a plain static host refuses;
// a classic <script src> from the same folder loads there like the embed's own script. Five side scripts:
// - `side` (side.ts): the validator with zod, and the schema of the host page's commands;
// - `ar` (side-ar.ts): the interface's Arabic words, for an embed shown in Arabic;
// - `dense` (side-dense.ts): the layout of dense windows and the store of events, for a timeline of more than EXACT_LIMIT events;
// - `zoom` (side-zoom.ts): d3-zoom's gestures, once the chart's first picture is drawn (or at the first input on it);
// - `search` (side-search.ts): the search over the events, when the search box takes the focus (or at the first query).
import type { Side } from './side';
import type { Messages } from '../i18n/en';

/** Each side script's file name, beside the embed's script (set by vite.config.ts in the embed's build). */
declare const __EMBED_SIDES__: Record<SideName, string> | undefined;

interface Sides {
	side: Side;
	ar: Messages;
	dense: Pick<typeof import('../layout/dense'), 'aggregateWindow'> & Pick<typeof import('../model/store'), 'storeWhenIdle'>;
	zoom: typeof import('../chart/zoom-gestures');
	search: typeof import('../explore/search');
}
export type SideName = keyof Sides;

// Read while the embed's script runs: afterwards document.currentScript is null. (Node, which loads this module with
// the words for the oEmbed responses, has no document and no import.meta.env.)
const scriptUrl =
	typeof document !== 'undefined' && import.meta.env.MODE === 'embed' ? (document.currentScript as HTMLScriptElement | null)?.src : undefined;

/** Where each side script leaves its exports. */
export const SIDE_GLOBALS: Record<SideName, string> = { side: '__incidentTimelineSide', ar: '__incidentTimelineAr', dense: '__incidentTimelineDense', zoom: '__incidentTimelineZoom', search: '__incidentTimelineSearch' };

const files = typeof __EMBED_SIDES__ === 'undefined' ? undefined : __EMBED_SIDES__;

const loading = new Map<SideName, Promise<unknown>>();

/** A side script's exports; each is requested once (again only after a failure). */
export function loadSide<K extends SideName>(name: K): Promise<Sides[K]> {
	let promise = loading.get(name);
	if (!promise) {
		const file = files?.[name];
		promise = new Promise<unknown>((resolve, reject) => {
			if (!file) return reject(new Error(`this build has no side script "${name}"`));
			const script = document.createElement('script');
			script.src = new URL(file, scriptUrl || location.href).href;
			script.onload = () => {
				const side = (globalThis as Record<string, unknown>)[SIDE_GLOBALS[name]];
				if (side) resolve(side);
				else reject(new Error(`${file} did not register`));
			};
			script.onerror = () => reject(new Error(`${file} could not be loaded`));
			document.head.append(script);
		}).catch((e: unknown) => {
			loading.delete(name);
			throw e;
		});
		loading.set(name, promise);
	}
	return promise as Promise<Sides[K]>;
}
