// What a text field of a timeline may hold: a length limit, no control characters or broken characters, and no
// direction controls left open. One linear pass, so a megabyte of text costs milliseconds, not a hang.

export interface TextRule {
	/** Most characters (Unicode code points, as JSON Schema's maxLength counts them). */
	max: number;
	/** Whether tabs and line breaks belong in it (descriptions, notes), or it is one line (titles, names). */
	lines: boolean;
}

// The limits leave room: the longest texts in data/ are a 117-character source title, a 975-character note and a
// 207-character quote. They exist so that a broken or hostile file is named, not drawn as a megabyte of label.
/** Titles, names, publishers and callouts: one line. */
export const LINE: TextRule = { max: 300, lines: false };
/** Descriptions, summaries, notes: several screens of prose. */
export const PROSE: TextRule = { max: 10_000, lines: true };
/** A source's supporting extract. */
export const QUOTE: TextRule = { max: 2_000, lines: true };

export type TextFault =
	| { kind: 'blank' }
	| { kind: 'long'; length: number; max: number }
	/** A C0 or C1 control character (U+0000–U+001F, U+007F–U+009F) other than the tab and line breaks of prose. */
	| { kind: 'control'; codePoint: number; at: number }
	/** A tab or line break in a one-line text. */
	| { kind: 'line'; codePoint: number; at: number }
	/** Half of a UTF-16 surrogate pair: not a character; it cannot be written as UTF-8. */
	| { kind: 'surrogate'; codePoint: number; at: number }
	/** U+FFFD: a byte the decoder could not read, the mark of a file that was not UTF-8. */
	| { kind: 'replacement'; at: number }
	/** An embedding, override or isolate never closed in its paragraph, or a closer with nothing to close. */
	| { kind: 'unclosed' | 'unopened'; codePoint: number; at: number };

/**
 * Direction controls. Openers must be closed, properly nested, within their paragraph: an open one would reorder or
 * re-direct the page around the text (the "Trojan Source" trick), a balanced one is confined to its own text.
 * Marks (U+200E LRM, U+200F RLM, U+061C ALM) hold no state, so Arabic and mixed text may use them freely.
 */
const OPENERS = new Map([
	[0x202a, 0x202c],
	[0x202b, 0x202c],
	[0x202d, 0x202c],
	[0x202e, 0x202c],
	[0x2066, 0x2069],
	[0x2067, 0x2069],
	[0x2068, 0x2069]
]);

const NAMES: Record<number, string> = {
	0x09: 'a tab',
	0x0a: 'a line break',
	0x0d: 'a carriage return',
	0x2028: 'a line separator',
	0x2029: 'a paragraph separator',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE'
};

const isBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2029;

/**
 * Every character scanText looks at: controls (tab and line breaks included), U+2028 to U+202E, the isolates,
 * surrogates and U+FFFD. A text with none of them has no fault but its length or blankness.
 */
const NOTABLE = /[\u0000-\u001F\u007F-\u009F\u2028-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFD]/;

/** The first fault of `text` under `rule` (a length over the limit before any other), or undefined when it is fine. */
export function textFault(text: string, rule: TextRule): TextFault | undefined {
	// Most texts: one regular-expression test instead of a loop in script (a timeline has four texts per event). Code
	// units are at least as many as characters, so a text within the limit in units is within it in characters.
	if (text.length <= rule.max && !NOTABLE.test(text) && text.trim() !== '') return undefined;
	return scanText(text, rule);
}

/** textFault, character by character: what it says of any text. Exported for the test that holds the two together. */
export function scanText(text: string, { max, lines }: TextRule): TextFault | undefined {
	if (text.trim() === '') return { kind: 'blank' };
	let first: TextFault | undefined;
	let length = 0;
	const open: { codePoint: number; at: number }[] = [];
	const unclosed = (): TextFault => ({ kind: 'unclosed', ...open[0] });
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const at = ++length;
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			const d = text.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) {
				i++;
				continue;
			}
		}
		if (first) {
			if (text.length <= max) return first;
			continue;
		}
		if (c === 0x09 || isBreak(c) || c === 0x2028) {
			if (!lines) first = { kind: 'line', codePoint: c, at };
			else if (isBreak(c) && open.length) first = unclosed();
		} else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) first = { kind: 'control', codePoint: c, at };
		else if (c >= 0xd800 && c <= 0xdfff) first = { kind: 'surrogate', codePoint: c, at };
		else if (c === 0xfffd) first = { kind: 'replacement', at };
		else if (OPENERS.has(c)) open.push({ codePoint: c, at });
		else if (c === 0x202c || c === 0x2069) {
			if (open.length && OPENERS.get(open[open.length - 1].codePoint) === c) open.pop();
			else first = { kind: 'unopened', codePoint: c, at };
		}
	}
	if (length > max) return { kind: 'long', length, max };
	return first ?? (open.length ? unclosed() : undefined);
}

/** A plain-English sentence for a fault of the text called `name` (already quoted: `"title"` or `"title" (ar)`). */
export function textFaultMessage(name: string, f: TextFault): string {
	switch (f.kind) {
		case 'blank':
			return `${name} must not be empty or only spaces`;
		case 'long':
			return `${name} is too long: ${grouped(f.length)} characters (at most ${grouped(f.max)})`;
		case 'control':
			return `${name} holds the control character ${hex(f.codePoint)} at character ${grouped(f.at)}; remove it`;
		case 'line':
			return `${name} holds ${NAMES[f.codePoint]} (${hex(f.codePoint)}) at character ${grouped(f.at)}; it must be one line`;
		case 'surrogate':
			return `${name} holds half a character (the unpaired surrogate ${hex(f.codePoint)}) at character ${grouped(f.at)}; remove it`;
		case 'replacement':
			return `${name} holds U+FFFD, the mark of an unreadable character, at character ${grouped(f.at)}: was the file saved as UTF-8?`;
		case 'unclosed': {
			const closer = OPENERS.get(f.codePoint) ?? 0;
			return `${name} opens ${hex(f.codePoint)} ${NAMES[f.codePoint]} at character ${grouped(f.at)} and never closes it with ${hex(closer)} ${NAMES[closer]}; it would turn the text after it around`;
		}
		case 'unopened':
			return `${name} holds ${hex(f.codePoint)} ${NAMES[f.codePoint]} at character ${grouped(f.at)}, which closes nothing; remove it`;
	}
}

/** `U+202E`. */
export const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** `1,048,576`: the same in every runtime, whatever its locale data. */
export function grouped(n: number): string {
	const digits = String(n);
	let out = '';
	for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
	return out;
}
