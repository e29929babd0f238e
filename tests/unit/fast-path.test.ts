// The yes-or-no test compiled from the zod schema (fast-path.ts) says yes only where zod finds nothing and would
// output the input unchanged, and says yes to the valid events we ship and benchmark, so that the fast path is taken.
// The event's test is the generated file the app runs; other schemas' tests are compiled here from their source.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod/mini';
import { readFileSync } from 'node:fs';
import { compileTest, fingerprint, type Test } from '../../src/lib/model/fast-path';
import { build, FINGERPRINT } from '../../src/lib/model/event-test.generated.js';
import { eventTestModule } from '../../scripts/event-test-source';
import { Event, TimelineShape } from '../../src/lib/model/schema';
import { validateTimeline, fullValidation, parseJsonText } from '../../src/lib/model/validate';
import { syntheticTimeline } from '../../bench/synthetic';
import { CATALOGUE, textOf } from '../hostile/catalogue';
import { readJson, mini } from '../helpers';
import type { Json } from '../hostile/timeline';

const SEED = 20190513;
const real = readJson('data/whatsapp-nso-2019.json') as Json;
/** The test of `schema`, compiled from its source as the build does (in Node, where `new Function` is allowed). */
function fastTest(schema: Parameters<typeof compileTest>[0]): Test | undefined {
	const compiled = compileTest(schema);
	return compiled && (new Function(`return (${compiled.source})`)() as (constants: unknown[]) => Test)(compiled.constants);
}

/** The app's: the generated file, given the values the schema's compiled test refers to. */
const eventTest = build((compileTest(Event) as { constants: unknown[] }).constants) as Test;

/** zod's verdict on one event: valid, and its output deep-equal to the input. */
function zodTakes(event: unknown): boolean {
	const r = Event.safeParse(event);
	return r.success && isDeepStrictEqual(r.data, event);
}

/** Whether a value holds an own `__proto__` key anywhere (zod's records skip one without a word; the test says no). */
function holdsProtoKey(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	if (Object.hasOwn(value, '__proto__')) return true;
	return Object.values(value).some(holdsProtoKey);
}

describe('the test built from a schema', () => {
	it('is generated from the current schema (run `npm run schema`), and the fingerprint the app checks is its own', () => {
		expect(readFileSync(new URL('../../src/lib/model/event-test.generated.js', import.meta.url), 'utf8')).toBe(eventTestModule());
		expect(FINGERPRINT).toBe(fingerprint((compileTest(Event) as { source: string }).source));
		expect(fingerprint('function build($) {}')).not.toBe(fingerprint('function build($) { }'));
		// Type-checked like the rest of the code: no switch that turns the checks off.
		expect(eventTestModule()).not.toMatch(/@ts-(nocheck|ignore|expect-error)/);
	});

	it('is built for an event, and not for a schema with a default, a loose object or a transform', () => {
		expect(typeof eventTest).toBe('function');
		expect(fastTest(TimelineShape)).toBeUndefined();
		expect(fastTest(z.object({ a: z.string() }))).toBeUndefined();
		expect(fastTest(z.strictObject({ a: z._default(z.string(), 'x') }))).toBeUndefined();
		expect(fastTest(z.pipe(z.string(), z.transform((s) => s.length)))).toBeUndefined();
	});

	it('runs the schema’s checks: lengths, patterns, bounds, refinements', () => {
		const t = fastTest(z.strictObject({ id: z.string().check(z.regex(/^[a-z]+$/), z.maxLength(3)), n: z.int().check(z.minimum(1)), ok: z.optional(z.boolean()) }));
		expect(t?.({ id: 'abc', n: 1 })).toBe(true);
		expect(t?.({ id: 'abc', n: 1, ok: false })).toBe(true);
		expect(t?.({ id: 'abcd', n: 1 })).toBe(false);
		expect(t?.({ id: 'AB', n: 1 })).toBe(false);
		expect(t?.({ id: 'ab', n: 0 })).toBe(false);
		expect(t?.({ id: 'ab', n: 1.5 })).toBe(false);
		expect(t?.({ id: 'ab', n: 1, extra: 1 })).toBe(false);
		expect(t?.({ id: 'ab' })).toBe(false);
		const positive = fastTest(z.number().check(z.refine((n) => n > 0)));
		expect([positive?.(1), positive?.(-1), positive?.(Number.NaN)]).toEqual([true, false, false]);
	});

	it('says yes to every event of the breach timeline and of a synthetic one', () => {
		for (const e of real.events) expect(eventTest(e), e.id).toBe(true);
		expect((syntheticTimeline(2_000).events as unknown[]).every(eventTest)).toBe(true);
	});

	it('agrees with zod on events with a key dropped, added or replaced by any JSON', () => {
		const events = real.events as Json[];
		const fields = [...new Set(events.flatMap((e) => Object.keys(e)))];
		const keys = [...fields, 'extra', '__proto__', 'en', 'ar', 'EN', 'constructor', 'url', 'publisher', 'text', 'priority'];
		// An edit of the event itself, or of an object inside it: a text per language, the uncertainty, a source.
		const edit = fc.record({ key: fc.constantFrom(...keys), drop: fc.boolean(), value: fc.jsonValue({ maxDepth: 3 }), inside: fc.option(fc.constantFrom(...fields)) });
		fc.assert(
			fc.property(fc.nat(events.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), (at, edits) => {
				const e = JSON.parse(JSON.stringify(events[at])) as Json;
				for (const { key, drop, value, inside } of edits) {
					const child = inside === null ? undefined : Array.isArray(e[inside]) ? e[inside][0] : e[inside];
					const into = child && typeof child === 'object' && !Array.isArray(child) ? child : e;
					if (drop) delete into[key];
					// defineProperty, not assignment: `__proto__` becomes an own key, as JSON.parse makes it.
					else Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
				}
				expect(eventTest(e)).toBe(zodTakes(e) && !holdsProtoKey(e));
			}),
			{ numRuns: 600, seed: SEED }
		);
	});

	it('says no to values JSON cannot hold, where zod would differ or copy', () => {
		const e = structuredClone(real.events[0]) as Json;
		expect(eventTest({ ...e, title: Object.assign(Object.create({ inherited: 1 }), { en: 'x' }) })).toBe(false);
		expect(eventTest({ ...e, title: { en: 'x', [Symbol('s')]: 'y' } })).toBe(false);
		expect(eventTest({ ...e, actors: new Set(e.actors) })).toBe(false);
	});
});

describe('validation with and without the fast path', () => {
	const cases: [string, unknown][] = [
		['the breach timeline', real],
		['the test fixture', mini()],
		['a synthetic timeline', syntheticTimeline(500)],
		...CATALOGUE.filter((c) => !c.name.includes('100,000')).flatMap((c): [string, unknown][] => {
			const r = parseJsonText(textOf(c));
			return r.ok ? [[c.name, r.value]] : [];
		})
	];

	it.each(cases)('%s: the same timeline or the same problems', (_, input) => {
		expect(validateTimeline(input)).toStrictEqual(fullValidation(input));
	});

	it('takes the fast path for a valid timeline (zod’s event schema is not run)', () => {
		const input = syntheticTimeline(50) as Json;
		const parse = Event._zod.run;
		let runs = 0;
		Event._zod.run = (...args) => {
			runs++;
			return parse(...args);
		};
		try {
			expect(validateTimeline(input).ok).toBe(true);
			expect(runs).toBe(0);
			expect(validateTimeline({ ...input, events: [...input.events, { ...input.events[0], extra: 1 }] }).ok).toBe(false);
			expect(runs).toBeGreaterThan(0);
		} finally {
			Event._zod.run = parse;
		}
	});
});
