// Facet filters on events (actors, categories, statuses): matching. The filter panel's counts and toggling, which load
// with it, are in facets.ts.
import { STATUSES, type Status } from '../model/status';
import type { Item, ItemSet } from '../model/items';

/** The selected values of each facet; an empty list puts no constraint on that facet. */
export interface Filters {
	actors: string[];
	categories: string[];
	statuses: Status[];
}

/** Nothing selected. Shared: never mutate it (toggle returns new objects). */
export const NO_FILTERS: Filters = { actors: [], categories: [], statuses: [] };

/**
 * The filters as one test, built once for every event: AND across facets, OR within one (an event passes a facet when
 * nothing is selected there, or when any of its actors, its category or its status is).
 */
export function matcher(f: Filters): (item: Item) => boolean {
	const set = (values: readonly string[]) => (values.length ? new Set(values) : null);
	const actors = set(f.actors);
	const categories = set(f.categories);
	const statuses = set(f.statuses);
	return ({ event }) =>
		(!categories || categories.has(event.category)) && (!statuses || statuses.has(event.status)) && (!actors || event.actors.some((a) => actors.has(a)));
}

/** The events the filters exclude (drawn faded), marked by position: `items` as toItems gives them (`order`, their place). */
export function excluded(items: readonly Item[], f: Filters): ItemSet {
	const passes = matcher(f);
	const mask = new Uint8Array(items.length);
	let size = 0;
	for (const item of items) if (!passes(item)) (mask[item.order] = 1), size++;
	return { size, has: (item) => mask[item.order] === 1 };
}

export function isStatus(value: string): value is Status {
	return (STATUSES as readonly string[]).includes(value);
}

export function isFiltering(f: Filters): boolean {
	return f.actors.length > 0 || f.categories.length > 0 || f.statuses.length > 0;
}
