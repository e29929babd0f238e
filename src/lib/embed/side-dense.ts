// The layout of dense windows and the columns that hold a large timeline's events (model/store.ts) as a side script of
// the embed (assets/embed-dense-<hash>.js, built by `vite build --mode embed-dense`): only an embedded timeline of more
// than EXACT_LIMIT events needs it. See sideload.ts and chart/dense-load.ts.
import { aggregateWindow } from '../layout/dense';
import { storeWhenIdle } from '../model/store';
import { SIDE_GLOBALS } from './sideload';

// A classic script has no exports: it leaves its functions on the global object for the embed's script.
(globalThis as Record<string, unknown>)[SIDE_GLOBALS.dense] = { aggregateWindow, storeWhenIdle };
