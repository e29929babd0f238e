// The filter panel's faceted counts and immutable toggling (filters.ts has the matching, which the first view needs;
// these load with the panel).
import type { Status } from '../model/status';
import type { Item } from '../model/items';
import { isStatus, type Filters } from './filters';

export interface FacetCounts {
	actors: Map<string, number>;
	categories: Map<string, number>;
	statuses: Map<Status, number>;
}

/**
 * For each value of each facet, how many items would match were it the facet's only selection, with the other
 * facets' selections applied. Keys: every value the items have, then any selected value they lack; counts may be 0.
 * One pass over the items' codes (an item counts for its values in a facet when it passes the other two facets).
 */
export function facetCounts(items: readonly Item[], f: Filters): FacetCounts {
	const { actors, categories, statuses } = codesOf(items);
	const a = picked(actors, f.actors);
	const c = picked(categories, f.categories);
	const s = picked(statuses, f.statuses);
	for (let i = 0; i < items.length; i++) {
		let byActor = !a.selected;
		for (let j = actors.from[i]; j < actors.from[i + 1] && !byActor; j++) byActor = a.selected![actors.codes[j]] === 1;
		const byCategory = !c.selected || c.selected[categories.codes[i]] === 1;
		const byStatus = !s.selected || s.selected[statuses.codes[i]] === 1;
		if (byCategory && byStatus) for (let j = actors.from[i]; j < actors.from[i + 1]; j++) a.counts[actors.codes[j]]++;
		if (byActor && byStatus) c.counts[categories.codes[i]]++;
		if (byActor && byCategory) s.counts[statuses.codes[i]]++;
	}
	return { actors: counted(actors, a, f.actors), categories: counted(categories, c, f.categories), statuses: counted(statuses, s, f.statuses) };
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

/** One facet's values as small numbers: the values in the order the items first have them, and each item's codes. */
interface Coded {
	names: string[];
	/** An item's codes (one per value: for categories and statuses, `codes[i]` is item i's). */
	codes: Uint32Array;
	/** Item i's codes are `codes[from[i]]` to `codes[from[i + 1] - 1]`; empty for a facet of one value per item. */
	from: Uint32Array;
}

/** Each list of items is coded once, when the panel first counts it; each change of the filters then counts numbers. */
const coded = new WeakMap<readonly Item[], { actors: Coded; categories: Coded; statuses: Coded }>();

function codesOf(items: readonly Item[]) {
	let codes = coded.get(items);
	if (!codes) {
		const actors = new Coder();
		const categories = new Coder();
		const statuses = new Coder();
		const from = new Uint32Array(items.length + 1);
		items.forEach(({ event: { actors: named, category, status } }, i) => {
			// An actor named twice in one event counts once.
			named.forEach((actor, j) => named.indexOf(actor) === j && actors.add(actor));
			from[i + 1] = actors.list.length;
			categories.add(category);
			statuses.add(status);
		});
		codes = { actors: actors.done(from), categories: categories.done(), statuses: statuses.done() };
		coded.set(items, codes);
	}
	return codes;
}

class Coder {
	readonly #index = new Map<string, number>();
	readonly names: string[] = [];
	readonly list: number[] = [];

	add(value: string): void {
		let code = this.#index.get(value);
		if (code === undefined) this.#index.set(value, (code = this.names.push(value) - 1));
		this.list.push(code);
	}

	done(from = new Uint32Array(0)): Coded {
		return { names: this.names, codes: Uint32Array.from(this.list), from };
	}
}

/** A facet's selection as a flag per code (none when nothing is selected there), and a count per code. */
function picked({ names }: Coded, values: readonly string[]) {
	return { selected: values.length ? Uint8Array.from(names, (n) => (values.includes(n) ? 1 : 0)) : null, counts: new Uint32Array(names.length) };
}

/** The counts by value, then the selected values no item has, with 0. */
function counted<V extends string>({ names }: Coded, { counts }: ReturnType<typeof picked>, values: readonly V[]): Map<V, number> {
	const byValue = new Map(names.map((n, code) => [n as V, counts[code]]));
	for (const v of values) if (!byValue.has(v)) byValue.set(v, 0);
	return byValue;
}

function flip<V>(list: readonly V[], value: V): V[] {
	return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
