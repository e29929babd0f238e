// Ids for imported items: slugs of their names, made unique within their collection.

/** The id rule of schema.ts: 1–80 lowercase letters, digits and hyphens, starting with a letter or digit. */
export const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** "Café Attack (May)" → "cafe-attack-may"; empty when the text has no Latin letters or digits. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+/, '')
		.slice(0, 80)
		.replace(/-+$/, '');
}

/** Hands out ids that are unique within one collection: "attack", "attack-2", "attack-3"… */
export class IdPool {
	#taken = new Set<string>();

	has(id: string): boolean {
		return this.#taken.has(id);
	}

	/** Takes `wanted` if it is a free valid id, else a free slug of it (or of `fallback` when it slugs to nothing). */
	take(wanted: string, fallback: string): string {
		const base = ID.test(wanted) ? wanted : slugify(wanted) || fallback;
		let id = base;
		for (let n = 2; this.#taken.has(id); n++) {
			const suffix = `-${n}`;
			id = `${base.slice(0, 80 - suffix.length).replace(/-+$/, '')}${suffix}`;
		}
		this.#taken.add(id);
		return id;
	}
}
