// Facet filters on events (actors, categories, statuses): matching, faceted counts and immutable toggling.
import { STATUSES, type Status } from '../model/status';
import type { Item } from '../model/items';

/** The selected values of each facet; an empty list puts no constraint on that facet. */
export interface Filters {
	actors: string[];
	categories: string[];
	statuses: Status[];
}

export interface FacetCounts {
	actors: Map<string, number>;
	categories: Map<string, number>;
	statuses: Map<Status, number>;
}

/** Nothing selected. Shared: never mutate it (toggle returns new objects). */
export const NO_FILTERS: Filters = { actors: [], categories: [], statuses: [] };

type Facet = keyof Filters;

const FACETS: readonly Facet[] = ['actors', 'categories', 'statuses'];

/** The values an item has in each facet: all its actors, its one category, its one status. */
const VALUES: { readonly [F in Facet]: (item: Item) => readonly Filters[F][number][] } = {
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

/**
 * For each value of each facet, how many items would match were it the facet's only selection, with the other
 * facets' selections applied. Keys: every value the items have, then any selected value they lack; counts may be 0.
 */
export function facetCounts(items: readonly Item[], f: Filters): FacetCounts {
	return {
		actors: countFacet(items, { ...f, actors: [] }, f.actors, VALUES.actors),
		categories: countFacet(items, { ...f, categories: [] }, f.categories, VALUES.categories),
		statuses: countFacet(items, { ...f, statuses: [] }, f.statuses, VALUES.statuses)
	};
}

export function isFiltering(f: Filters): boolean {
	return FACETS.some((facet) => f[facet].length > 0);
}

/** Selects `value` in `facet`, or deselects it when selected; an unknown status leaves the filters as they are. */
export function toggle(f: Filters, facet: keyof Filters, value: string): Filters {
	switch (facet) {
		case 'actors':
			return { ...f, actors: flip(f.actors, value) };
		case 'categories':
			return { ...f, categories: flip(f.categories, value) };
		case 'statuses':
			return isStatus(value) ? { ...f, statuses: flip(f.statuses, value) } : { ...f };
	}
}

function passes(item: Item, f: Filters, facet: Facet): boolean {
	const selected: readonly string[] = f[facet];
	const values: readonly string[] = VALUES[facet](item);
	return selected.length === 0 || values.some((v) => selected.includes(v));
}

/** `others` is the filters with this facet cleared: an item counts for each of its values when it passes the rest. */
function countFacet<V extends string>(
	items: readonly Item[],
	others: Filters,
	selected: readonly V[],
	valuesOf: (item: Item) => readonly V[]
): Map<V, number> {
	const counts = new Map<V, number>();
	for (const v of [...items.flatMap(valuesOf), ...selected]) counts.set(v, 0);
	for (const item of items) {
		if (!matches(item, others)) continue;
		for (const v of new Set(valuesOf(item))) counts.set(v, (counts.get(v) ?? 0) + 1);
	}
	return counts;
}

function flip<V>(list: readonly V[], value: V): V[] {
	return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
