// The search's code (search.ts) is not in the first load: it loads at the first query, or with the first picture when
// the address holds one. A chunk of its own for the reader, a side script for the embed (embed/sideload.ts).
import { loadSide } from '../embed/sideload';

export type SearchCode = Pick<typeof import('./search'), 'buildSearchIndex' | 'search'>;

/** The search's code; rejects if it could not be loaded (the next call asks again). */
export const loadSearch = (): Promise<SearchCode> => (import.meta.env.MODE === 'embed' ? loadSide('search') : import('./search'));
