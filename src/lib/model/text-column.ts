// Many short texts as UTF-8 in one typed array, each read back as a string when asked for. 100,000 events' titles,
// links and dates held as strings cost V8's heap 12 bytes of header and up to 3 of padding each, beside the text; here
// they cost their bytes, one separator and four bytes of offset, in memory outside V8's heap.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class TextColumn {
	/** The texts' bytes, each followed by a NUL. */
	readonly #bytes: Uint8Array;
	/** Where each text begins in #bytes, and one more (the end of the last text's separator). */
	readonly #from: Uint32Array;
	/** Whether every text is of one-byte characters. */
	readonly #ascii: boolean;
	/** indexOf's table, once asked for. */
	#table: Int32Array | undefined;

	constructor(texts: readonly string[]) {
		const n = texts.length;
		const from = new Uint32Array(n + 1);
		// One encoding of all the texts joined, into a buffer of one byte a character (encodeInto: half the time of
		// encode, which makes its own buffer). When every character took one byte (ids, dates, links, most English),
		// each text's place follows from the lengths; else the encoding is done again with room for three bytes a
		// character, and the places are found from the separators, unless a text holds a NUL itself (no valid
		// timeline's does): then each text is encoded on its own.
		const joined = texts.join('\0') + '\0';
		let bytes = new Uint8Array(joined.length);
		let at = 0;
		let i = 0;
		const { read, written } = encoder.encodeInto(joined, bytes);
		this.#ascii = read === joined.length && written === joined.length;
		if (this.#ascii) {
			for (; i < n; i++) {
				from[i] = at;
				at += texts[i].length + 1;
			}
		} else {
			const wide = new Uint8Array(joined.length * 3);
			bytes = wide.slice(0, encoder.encodeInto(joined, wide).written);
			for (; i < n; i++) {
				const nul = bytes.indexOf(0, at);
				if (nul < 0) break;
				from[i] = at;
				at = nul + 1;
			}
		}
		if (i !== n || at !== bytes.length) {
			const parts = texts.map((t) => encoder.encode(t));
			bytes = new Uint8Array(parts.reduce((sum, p) => sum + p.length + 1, 0));
			at = 0;
			parts.forEach((p, k) => {
				from[k] = at;
				bytes.set(p, at);
				at += p.length + 1;
			});
		}
		from[n] = at;
		this.#bytes = bytes;
		this.#from = from;
	}

	get length(): number {
		return this.#from.length - 1;
	}

	/**
	 * The `i`th text. A text of one-byte characters (most are) is made from its bytes by String.fromCharCode, four
	 * times as fast as TextDecoder here (100,000 links: 22 against 100 ms); the others are decoded.
	 */
	get(i: number): string {
		const a = this.#from[i];
		const b = this.#from[i + 1] - 1;
		if (b <= a) return '';
		const bytes = this.#bytes.subarray(a, b);
		if (b - a > 4096 || !(this.#ascii || isAscii(bytes))) return decoder.decode(bytes);
		return String.fromCharCode.apply(null, bytes as unknown as number[]);
	}

	/**
	 * The place of a text equal to `text`, or -1: a table of the texts' hashes (FNV-1a of their bytes), made at the
	 * first call, 8 bytes a text or less, outside the heap; a Map of the texts would hold each as a string (100,000 ids:
	 * 4 MB of the heap). Hand-written: no module of ours has a hash table over bytes.
	 */
	indexOf(text: string): number {
		const table = (this.#table ??= this.#hashes());
		const bytes = encoder.encode(text);
		const mask = table.length - 1;
		for (let slot = hash(bytes, 0, bytes.length) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
			const i = table[slot] - 1;
			const a = this.#from[i];
			if (this.#from[i + 1] - 1 - a === bytes.length && bytes.every((b, k) => this.#bytes[a + k] === b)) return i;
		}
		return -1;
	}

	/** Each text's place + 1 at its hash's slot (then the next free one), in a table at most half full. */
	#hashes(): Int32Array {
		const n = this.length;
		const table = new Int32Array(2 ** Math.ceil(Math.log2(2 * n + 2)));
		const mask = table.length - 1;
		for (let i = 0; i < n; i++) {
			let slot = hash(this.#bytes, this.#from[i], this.#from[i + 1] - 1) & mask;
			while (table[slot] !== 0) slot = (slot + 1) & mask;
			table[slot] = i + 1;
		}
		return table;
	}

	/** The bytes this column holds. */
	get byteLength(): number {
		return this.#bytes.byteLength + this.#from.byteLength + (this.#table?.byteLength ?? 0);
	}
}

/** FNV-1a of bytes[a, b). */
function hash(bytes: Uint8Array, a: number, b: number): number {
	let h = 0x811c9dc5;
	for (let k = a; k < b; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
	return h >>> 0;
}

/** Whether these bytes are all ASCII (each a character of its own in UTF-8). */
function isAscii(bytes: Uint8Array): boolean {
	for (let k = 0; k < bytes.length; k++) if (bytes[k] > 0x7f) return false;
	return true;
}
