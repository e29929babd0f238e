// The embed's side script: the code its classic build loads only when needed, as a classic script of its own
// (assets/embed-side-<hash>.js, built by `vite build --mode embed-side`). It is the validator, with zod, for a
// timeline the build did not validate (`?src=`, an edited page), and the schema of the host page's commands.
// Together about 16 KB gzip that an embed of the shipped timeline never needs. See sideload.ts.
import { validateTimeline, parseJsonText } from '../model/validate';
import { readIncoming } from './commands';
import { SIDE_GLOBALS } from './sideload';

const side = { validateTimeline, parseJsonText, readIncoming };
export type Side = typeof side;

// A classic script has no exports: it leaves them on the global object for the embed's script.
(globalThis as Record<string, unknown>)[SIDE_GLOBALS.side] = side;
