// The filter panel's faceted counts and immutable toggling (filters.ts has the matching, which the first view needs;
// these load with the panel).
import type { Status } from '../model/status';
import type { Item } from '../model/items';
import { matches, isStatus, VALUES, type Filters } from './filters';

export interface FacetCounts {
	actors: Map<string, number>;
	categories: Map<string, number>;
	statuses: Map<Status, number>;
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
