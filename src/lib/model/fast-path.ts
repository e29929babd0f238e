// A yes-or-no test built from a zod schema, for the common case of a valid timeline. zod 4 compiles its objects into
// code with `new Function`, which the app's Content-Security-Policy forbids, so in the browser every field takes
// zod's general path: a result object per value, its issues array, its output copy (10,000 events: about 200 ms of
// a 1.3 s first render). The test here holds no copy and makes no result objects: it answers true only when zod would
// find nothing to report and output the input unchanged. It never explains: on false, the caller runs zod itself,
// which names the problems. The checks are the schema's: ours (text, dates, links) through their own functions
// (`direct`), zod's regex through its pattern, zod's other checks through zod on a reused payload.
//
// `compileTest` writes the test as source code, a function per array, record and object with the keys as literal
// property names and every other value's test inline, and lists the values that code refers to (the checks, patterns,
// sets of allowed values). The browser may not compile source (the same policy), so `npm run schema` writes the
// event's into event-test.generated.js, and validate.ts hands that function the values compileTest lists at run time.
// Until stop 48 the test was made of closures over the schema: every field's test and every key's load then went
// through the same few call sites, which the engine cannot specialise. Generated, the validation of 50,000 events
// takes 66 against 77 ms in Chromium, and the first render at 10,000 events 258 against 267 ms (20 loads each).
import type * as z from 'zod/mini';

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;
export type Test = (value: unknown) => boolean;

/** One payload for every check: a check reads `value` and pushes onto `issues`, which is emptied before each. */
const payload: { value: unknown; issues: unknown[] } = { value: undefined, issues: [] };

/** zod's check on a reused payload: true when it pushed no issue and left the value as it was. */
function passes(check: Check, value: unknown): boolean {
	payload.value = value;
	// Emptied only when a check left something: setting an array's length is a call into the engine each time.
	if (payload.issues.length > 0) payload.issues.length = 0;
	const r = check._zod.check(payload as never) as unknown;
	// A check that is async, or that changed the value (an overwrite such as trim), is not a yes-or-no: say no.
	return !(r instanceof Promise) && payload.issues.length === 0 && payload.value === value;
}

/** A function that finds what a check would report about a value: undefined when it would report nothing. */
export type Finder = (value: never) => unknown;

/** Checks whose verdict their own function gives, without zod's payload (schema.ts registers them: see `direct`). */
const finders = new WeakMap<Check, Finder>();

/**
 * Registers `find` as the verdict of `check`: the check pushes an issue exactly when `find` returns something other
 * than undefined, and never changes the value. The test then calls `find` itself.
 */
export function direct<C extends Check>(check: C, find: Finder): C {
	finders.set(check, find);
	return check;
}

/** The checks zod runs after a schema's own parse: the schema itself when it is also a check (z.int()), then its list. */
function checksOf(schema: Schema): Check[] {
	const own = (schema._zod.def.checks ?? []) as Check[];
	return schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...own] : [...own];
}

/** zod's own test for an object. */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A record's keys when zod would read them as this does: an object whose prototype is Object's (without an own
 * `constructor`, which zod's plain-object test reads) or none, with no symbol keys and no `__proto__` key (zod
 * skips that key without a word; validate.ts names it). Otherwise undefined.
 */
function plainKeys(v: unknown): string[] | undefined {
	if (!isObject(v)) return undefined;
	const proto = Object.getPrototypeOf(v);
	if (proto !== null && (proto !== Object.prototype || Object.hasOwn(v, 'constructor'))) return undefined;
	if (Object.getOwnPropertySymbols(v).length > 0 || Object.hasOwn(v, '__proto__')) return undefined;
	return Object.keys(v);
}

/** The source of a test and the values it refers to, `$[0]`, `$[1]`… in `constants`. */
export interface CompiledTest {
	/** `function build($) { … return t0; }` (JSDoc-typed): given `constants`, the test of the schema compiled. */
	source: string;
	constants: unknown[];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The kinds tested by a function of their own. */
const CONTAINERS = new Set(['array', 'record', 'object']);

/**
 * The test of `schema` as source code, or undefined when it holds a kind this does not compile (zod then does all
 * the work): strings, finite numbers, booleans, enums and literals, optional values without a default, arrays,
 * unions, records of free keys, and strict objects without defaults. A value's test is written where the value is
 * read, as one expression; only arrays, records and objects are functions of their own (one per schema, called for
 * each such value): a call per field cost more than the field's test in a page's first, unoptimised pass.
 */
export function compileTest(schema: Schema): CompiledTest | undefined {
	const constants: unknown[] = [];
	const functions: string[] = [];
	const names = new Map<Schema, string>();
	const constant = (value: unknown) => {
		let i = constants.indexOf(value);
		if (i < 0) i = constants.push(value) - 1;
		return `$${i}`;
	};

	/** One check of the value in variable `x`, as an expression that is true when it would report nothing. */
	function checkExpression(check: Check, x: string): string {
		const find = finders.get(check);
		if (find) return `${constant(find)}(${x}) === undefined`;
		const def = check._zod.def as { pattern?: unknown; when?: unknown };
		// zod's regex check, as it runs it: from the start, whatever a global pattern's last test left.
		if ((check._zod as { traits?: Set<string> }).traits?.has('$ZodCheckRegex') && def.pattern instanceof RegExp && !def.when) {
			const pattern = constant(def.pattern);
			return `(${pattern}.lastIndex = 0, ${pattern}.test(${x}))`;
		}
		return `${constant(passes)}(${constant(check)}, ${x})`;
	}

	/** The test of the value in variable `x` against `s` (its kind, then its checks), as one expression. */
	function expression(s: Schema, x: string): string | undefined {
		const kind = kindExpression(s, x);
		if (kind === undefined) return undefined;
		// A container's function runs its checks itself.
		const checks = CONTAINERS.has(s._zod.def.type) ? [] : checksOf(s).map((c) => checkExpression(c, x));
		return checks.length === 0 ? kind : `(${[kind, ...checks].join(' && ')})`;
	}

	function kindExpression(s: Schema, x: string): string | undefined {
		const def = s._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
		switch (def.type) {
			case 'string':
				return def.coerce ? undefined : `typeof ${x} === 'string'`;
			case 'number':
				return def.coerce ? undefined : `(typeof ${x} === 'number' && Number.isFinite(${x}))`;
			case 'boolean':
				return def.coerce ? undefined : `typeof ${x} === 'boolean'`;
			case 'enum':
			case 'literal':
				return s._zod.values && `${constant(s._zod.values)}.has(${x})`;
			case 'optional': {
				const inner = def.innerType as Schema;
				// An inner schema that fills in absence (a default) would change the output; checks of the optional itself
				// would run on the absent value too: leave both to zod.
				if (inner._zod.optin === 'defaulted' || checksOf(s).length > 0) return undefined;
				const test = expression(inner, x);
				return test && `(${x} === undefined || ${test})`;
			}
			case 'union': {
				const options = (def.options as Schema[]).map((o) => expression(o, x));
				return options.some((o) => !o) ? undefined : `(${options.join(' || ')})`;
			}
			case 'array':
			case 'record':
			case 'object': {
				const name = container(s);
				return name && `${name}(${x})`;
			}
			default:
				return undefined;
		}
	}

	/** The name of the function that tests values against an array, record or object schema, written once per schema. */
	function container(s: Schema): string | undefined {
		const known = names.get(s);
		if (known) return known;
		const name = `t${names.size}`;
		names.set(s, name);
		const lines = containerLines(s);
		// Nothing is written for a kind this does not compile, and the whole test fails with it.
		if (lines === undefined) return undefined;
		const checks = checksOf(s).map((c) => `if (!(${checkExpression(c, 'v')})) return false;`);
		functions.push(`\t/** @param {any} v */\n\tfunction ${name}(v) {\n${[...lines, ...checks].map((l) => `\t\t${l}\n`).join('')}\t\treturn true;\n\t}\n`);
		return name;
	}

	function containerLines(s: Schema): string[] | undefined {
		const def = s._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
		if (def.type === 'array') {
			const element = expression(def.element as Schema, 'e');
			return element ? [`if (!Array.isArray(v)) return false;`, `for (let i = 0; i < v.length; i++) {`, `\tconst e = v[i];`, `\tif (!(${element})) return false;`, `}`] : undefined;
		}
		if (def.type === 'record') {
			// A key schema with a fixed set of keys makes zod check for each of them: leave that to zod.
			const keyType = def.keyType as Schema;
			if (keyType._zod.values || def.mode === 'loose') return undefined;
			const [key, value] = [expression(keyType, 'k'), expression(def.valueType as Schema, 'e')];
			if (!key || !value) return undefined;
			return [
				`const keys = ${constant(plainKeys)}(v);`,
				`if (keys === undefined) return false;`,
				`for (let i = 0; i < keys.length; i++) {`,
				`\tconst k = keys[i];`,
				`\tif (!(${key})) return false;`,
				`\tconst e = v[k];`,
				`\tif (!(${value})) return false;`,
				`}`
			];
		}
		return def.type === 'object' ? objectLines(s) : undefined;
	}

	function objectLines(s: Schema): string[] | undefined {
		const def = s._zod.def as z.core.$ZodObjectDef;
		const shape = def.shape as Record<string, Schema>;
		const keys = Object.keys(shape);
		// Without a catch-all zod drops unknown keys from its output; with one other than never it parses them: zod's.
		if (def.catchall?._zod.def.type !== 'never' || keys.includes('__proto__')) return undefined;
		const lines = [`if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;`];
		for (const [i, k] of keys.entries()) {
			// A default fills in an absent key: the output would not be the input.
			if (shape[k]._zod.optin === 'defaulted') return undefined;
			// Each field read once, into a variable its test reads (as zod reads it once).
			const test = expression(shape[k], `f${i}`);
			if (!test) return undefined;
			lines.push(`const f${i} = v${IDENTIFIER.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`};`, `if (!(${test})) return false;`);
		}
		lines.push(`for (const k in v) if (!${constant(new Set(keys))}.has(k)) return false;`);
		return lines;
	}

	// Any other kind at the top gets a function of its own too.
	let top = CONTAINERS.has(schema._zod.def.type) ? container(schema) : undefined;
	if (!CONTAINERS.has(schema._zod.def.type)) {
		const test = expression(schema, 'v');
		if (test) functions.push(`\t/** @param {any} v */\n\tfunction ${(top = 'top')}(v) {\n\t\treturn ${test};\n\t}\n`);
	}
	if (!top) return undefined;
	const bindings = constants.map((_, i) => `\tconst $${i} = $[${i}];\n`).join('');
	// JSDoc types, so that the generated file is type-checked like the rest (the values are whatever the schema holds).
	return { source: `/** @param {readonly any[]} $ @returns {(v: unknown) => boolean} */\nfunction build($) {\n${bindings}${functions.join('')}\treturn ${top};\n}`, constants };
}

/** A fingerprint of a compiled test's source (FNV-1a, 32 bits): the generated file states the one it was made from. */
export function fingerprint(source: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(16).padStart(8, '0');
}
