// Collects import notes, folding repeated kinds ("media dropped") into one note that lists where they occur.
import type { ImportNote } from './types';

type Entry = { note: ImportNote } | { kind: string };

interface Tally {
	items: string[];
	seen: Set<string>;
	message: (count: number) => string;
}

export class Notes {
	#front: ImportNote[] = [];
	#entries: Entry[] = [];
	#tallies = new Map<string, Tally>();

	add(where: string, message: string): void {
		this.#entries.push({ note: { where, message } });
	}

	/** A note about the whole file, listed before the notes on single items. */
	front(where: string, message: string): void {
		this.#front.push({ where, message });
	}

	/** Counts `item` under `kind`; each kind becomes one note, placed where it first occurred. */
	tally(kind: string, item: string, message: (count: number) => string): void {
		let t = this.#tallies.get(kind);
		if (!t) {
			t = { items: [], seen: new Set(), message };
			this.#tallies.set(kind, t);
			this.#entries.push({ kind });
		}
		if (t.seen.has(item)) return;
		t.seen.add(item);
		t.items.push(item);
	}

	list(): ImportNote[] {
		const rest = this.#entries.map((e) => {
			if ('note' in e) return e.note;
			const t = this.#tallies.get(e.kind) as Tally;
			return { where: places(t.items), message: t.message(t.items.length) };
		});
		return [...this.#front, ...rest];
	}
}

/** `['row 3', 'row 5']` → `rows 3, 5`; more than `max` end in "and N more". */
export function places(items: readonly string[], max = 5): string {
	const shown = items.slice(0, max);
	const parts = shown.map((s) => /^(row|event) (.+)$/.exec(s));
	const word = parts[0]?.[1];
	const head =
		items.length > 1 && word && parts.every((p) => p?.[1] === word)
			? `${word}s ${parts.map((p) => p?.[2]).join(', ')}`
			: shown.join(', ');
	return items.length > max ? `${head} and ${items.length - max} more` : head;
}

/** `count(1, 'event')` → "1 event", `count(3, 'event')` → "3 events". */
export function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Empty for one item, " (12 events)" for more: the note's places already name a single one. */
export function several(n: number, noun: string): string {
	return n > 1 ? ` (${count(n, noun)})` : '';
}
