import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { importTimeline, type ImportResult } from '../../src/lib/import';
import { validateTimeline } from '../../src/lib/model/validate';

const fixtures = ['timelinejs-template.csv', 'timelinejs3.json', 'events.csv', 'events.tsv', 'cosmological.json'].map((name) => ({
	name,
	text: readFileSync(join(ROOT, 'tests/fixtures/import', name), 'utf8')
}));

/** A result of the documented shape, never the catch-all for an exception, and a valid timeline when ok. */
function wellFormed(r: ImportResult): void {
	expect(Array.isArray(r.notes)).toBe(true);
	if (r.ok) {
		expect(validateTimeline(r.timeline).ok).toBe(true);
	} else {
		expect(r.message).not.toMatch(/^could not import/);
		expect(r.message.length).toBeGreaterThan(0);
	}
}

const slideish = fc.record(
	{
		start_date: fc.oneof(fc.record({ year: fc.oneof(fc.integer(), fc.string(), fc.constant(null)), month: fc.anything(), day: fc.anything(), hour: fc.anything(), minute: fc.anything() }, { requiredKeys: [] }), fc.anything()),
		end_date: fc.anything(),
		text: fc.oneof(fc.record({ headline: fc.string(), text: fc.string() }, { requiredKeys: [] }), fc.anything()),
		media: fc.anything(),
		group: fc.anything(),
		unique_id: fc.anything(),
		display_date: fc.anything()
	},
	{ requiredKeys: [] }
);

describe('importTimeline never throws', () => {
	it('on any text, with or without a file name', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(undefined, 'x.json', 'x.csv', 'x.tsv', 'x'), (text, name) => {
				wellFormed(importTimeline(text, { name, today: '2021-03-15' }));
			}),
			{ numRuns: 400, seed: 20210315 }
		);
	});

	it('on any JSON, and on TimelineJS-like slides of any content', () => {
		fc.assert(
			fc.property(fc.oneof(fc.jsonValue(), fc.record({ events: fc.array(slideish, { maxLength: 4 }), title: fc.anything(), eras: fc.anything(), scale: fc.anything() }, { requiredKeys: ['events'] })), (value) => {
				wellFormed(importTimeline(JSON.stringify(value) ?? 'null', { today: '2021-03-15' }));
			}),
			{ numRuns: 400, seed: 20210315 }
		);
	});

	it('on the fixtures cut, spliced and sprinkled with quotes, tags and tabs', () => {
		const noise = fc.constantFrom('"', '<', '<a href="javascript:x">', '\t', ',', '\n', '\r', '&amp;', '\u0000', '\uFEFF', '{', '}');
		fc.assert(
			fc.property(fc.constantFrom(...fixtures), fc.nat(), fc.nat(), fc.array(noise, { maxLength: 5 }), (f, a, b, bits) => {
				const [i, j] = [a % (f.text.length + 1), b % (f.text.length + 1)].sort((x, y) => x - y);
				wellFormed(importTimeline(f.text.slice(0, i) + bits.join('') + f.text.slice(j), { name: f.name, today: '2021-03-15' }));
			}),
			{ numRuns: 300, seed: 20210315 }
		);
	});

	it('on large and deeply nested input', () => {
		wellFormed(importTimeline('['.repeat(100_000)));
		wellFormed(importTimeline('x,'.repeat(500_000), { name: 'wide.csv' }));
		wellFormed(importTimeline(`start,title\n${'2021,"'.repeat(50_000)}`, { name: 'quotes.csv' }));
	});
});
