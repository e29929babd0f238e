// The embed's Arabic words as a side script of their own (assets/embed-ar-<hash>.js, built by
// `vite build --mode embed-ar`): an embed in English never downloads them, and one in Arabic does not wait for the
// validator's side script (side.ts). See sideload.ts.
import { ar } from '../i18n/ar';
import { SIDE_GLOBALS } from './sideload';

// A classic script has no exports: it leaves its table on the global object for the embed's script.
(globalThis as Record<string, unknown>)[SIDE_GLOBALS.ar] = ar;
