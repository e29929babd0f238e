// textFault answers most texts with one regular-expression test; scanText reads them character by character. They
// must agree on every text, whichever characters it holds and wherever its length falls against the limit.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { textFault, scanText, LINE, PROSE } from '../../src/lib/model/text';

/** Ordinary letters and spaces, every character the scan looks at, and the neighbours of each range's ends. */
const ALPHABET = [
	'a', 'Z', ' ', 'ع', '😀', '\u00A0', '\u3000', '\u200E', '\u200F', '\u061C',
	'\u0000', '\u0009', '\u000A', '\u000D', '\u001F', '\u0020', '\u007E', '\u007F', '\u009F', '\u00A0',
	'\u2027', '\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u202F',
	'\u2065', '\u2066', '\u2067', '\u2068', '\u2069', '\u206A',
	'\uD7FF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uFFFC', '\uFFFD', '\uFFFE'
];

const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 14 }).map((parts) => parts.join(''));
const rules = fc.record({ max: fc.integer({ min: 0, max: 16 }), lines: fc.boolean() });

describe('textFault', () => {
	it('says what the character-by-character scan says of any text, under any limit', () => {
		fc.assert(
			fc.property(texts, rules, (text, rule) => {
				expect(textFault(text, rule)).toEqual(scanText(text, rule));
			}),
			{ numRuns: 20_000, seed: 20190513 }
		);
	});

	it('finds each kind of fault on its quick path as the scan does', () => {
		const cases = ['', ' \u00A0', 'ok', 'a\tb', 'a\nb', 'a\u0085b', '\uD800', '\uD83D\uDE00', '\uFFFD', '\u202Eabc', 'abc\u202C', '\u2066x\u2069', 'x'.repeat(301)];
		for (const text of cases) for (const rule of [LINE, PROSE]) expect(textFault(text, rule)).toEqual(scanText(text, rule));
		expect(textFault('😀'.repeat(300), LINE)).toBeUndefined();
		expect(textFault('😀'.repeat(301), LINE)).toEqual({ kind: 'long', length: 301, max: 300 });
	});
});
