// Loads the embed's side script (side.ts) on demand. The embed is one classic script because a sandboxed host frame
// gives it an opaque origin, from which module scripts and `import()` are cross-origin requests that a plain static
// host refuses; a classic <script src> from the same folder loads there like the embed's own script.
import type { Side } from './side';

/** The side script's file name, beside the embed's script (set by vite.config.ts in the embed's build). */
declare const __EMBED_SIDE__: string | undefined;

// Read while the embed's script runs: afterwards document.currentScript is null.
const scriptUrl = import.meta.env.MODE === 'embed' ? (document.currentScript as HTMLScriptElement | null)?.src : undefined;

/** Where the side script leaves its exports. */
export const SIDE_GLOBAL = '__incidentTimelineSide';

const file = typeof __EMBED_SIDE__ === 'undefined' ? undefined : __EMBED_SIDE__;

let loading: Promise<Side> | undefined;

/** The side script's exports; it is requested once (again only after a failure). */
export function loadSide(): Promise<Side> {
	loading ??= new Promise<Side>((resolve, reject) => {
		if (!file) return reject(new Error('this build has no side script'));
		const script = document.createElement('script');
		script.src = new URL(file, scriptUrl || location.href).href;
		script.onload = () => {
			const side = (globalThis as Record<string, unknown>)[SIDE_GLOBAL] as Side | undefined;
			if (side) resolve(side);
			else reject(new Error(`${file} did not register`));
		};
		script.onerror = () => reject(new Error(`${file} could not be loaded`));
		document.head.append(script);
	}).catch((e: unknown) => {
		loading = undefined;
		throw e;
	});
	return loading;
}
