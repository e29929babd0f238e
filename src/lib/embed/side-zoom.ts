// d3-zoom's gestures as a side script of the embed (assets/embed-zoom-<hash>.js, built by `vite build --mode embed-zoom`):
// the embed's chart asks for them once its first picture is drawn, or at the first wheel or press on it. See
// sideload.ts and chart/zoom.svelte.ts.
import * as gestures from '../chart/zoom-gestures';
import { SIDE_GLOBALS } from './sideload';

// A classic script has no exports: it leaves the gestures on the global object for the embed's script.
(globalThis as Record<string, unknown>)[SIDE_GLOBALS.zoom] = gestures;
