// A bounded cache for text the chart formats per event: zoom frames redraw the same names over and over.

export class Memo<V> {
	#values = new Map<string, V>();
	readonly #max: number;

	constructor(max = 5_000) {
		this.#max = max;
	}

	/** The value for `key`, computed once; the cache starts afresh when full (no eviction bookkeeping per frame). */
	get(key: string, compute: () => V): V {
		let value = this.#values.get(key);
		if (value === undefined) {
			if (this.#values.size >= this.#max) this.#values.clear();
			value = compute();
			this.#values.set(key, value);
		}
		return value;
	}
}
