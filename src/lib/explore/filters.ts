// Facet filters on events (actors, categories, statuses): matching. The filter panel's counts and toggling, which load
// with it, are in facets.ts.
import { STATUSES, type Status } from '../model/status';
import type { Item } from '../model/items';

/** The selected values of each facet; an empty list puts no constraint on that facet. */
export interface Filters {
	actors: string[];
	categories: string[];
	statuses: Status[];
}

/** Nothing selected. Shared: never mutate it (toggle returns new objects). */
export const NO_FILTERS: Filters = { actors: [], categories: [], statuses: [] };

type Facet = keyof Filters;

const FACETS: readonly Facet[] = ['actors', 'categories', 'statuses'];

/** The values an item has in each facet: all its actors, its one category, its one status. */
export const VALUES: { readonly [F in Facet]: (item: Item) => readonly Filters[F][number][] } = {
	actors: (item) => item.event.actors,
	categories: (item) => [item.event.category],
	statuses: (item) => [item.event.status]
};

export function isStatus(value: string): value is Status {
	return (STATUSES as readonly string[]).includes(value);
}

/** AND across facets, OR within one: an item passes a facet when any of its values there is selected. */
export function matches(item: Item, f: Filters): boolean {
	return FACETS.every((facet) => passes(item, f, facet));
}

export function visibleIds(items: readonly Item[], f: Filters): Set<string> {
	return new Set(items.filter((item) => matches(item, f)).map((item) => item.id));
}

export function isFiltering(f: Filters): boolean {
	return FACETS.some((facet) => f[facet].length > 0);
}

function passes(item: Item, f: Filters, facet: Facet): boolean {
	const selected: readonly string[] = f[facet];
	const values: readonly string[] = VALUES[facet](item);
	return selected.length === 0 || values.some((v) => selected.includes(v));
}
