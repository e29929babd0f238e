// The search's code (search.ts) is not in the first load: it loads when the search box takes the focus, at the first
// query if none did, or with the first picture when the address holds one. A chunk of its own for the reader, a side script for the embed (embed/sideload.ts). The
// reader's list of results (SearchResults.svelte) is a chunk that comes with it; the embed's script carries it.
import { loadSide } from '../embed/sideload';
import { lazy } from './lazy';

export type SearchCode = Pick<typeof import('./search'), 'indexInParts' | 'search'>;

/** The reader's list of results. */
export const loadResults = lazy(() => import('./SearchResults.svelte'));

/** The search's code, with the reader's list of results; rejects if either could not be loaded (the next call asks again). */
export const loadSearch = (): Promise<SearchCode> =>
	import.meta.env.MODE === 'embed' ? loadSide('search') : Promise.all([import('./search'), loadResults()]).then(([code]) => code);
