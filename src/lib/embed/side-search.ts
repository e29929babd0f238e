// The search over the events as a side script of the embed (assets/embed-search-<hash>.js, built by `vite build --mode
// embed-search`): the embed asks for it when the search box takes the focus, or at the first query (explore/search-load.ts). See sideload.ts.
import * as search from '../explore/search';
import { SIDE_GLOBALS } from './sideload';

// A classic script has no exports: it leaves the search on the global object for the embed's script.
(globalThis as Record<string, unknown>)[SIDE_GLOBALS.search] = search;
