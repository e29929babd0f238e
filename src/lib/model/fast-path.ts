// A yes-or-no test built from a zod schema, for the common case of a valid timeline. zod 4 compiles its objects into
// code with `new Function`, which the app's Content-Security-Policy forbids, so in the browser every field takes
// zod's general path: a result object per value, its issues array, its output copy (10,000 events: about 200 ms of
// a 1.3 s first render). The test here is made of closures over the same schema, holds no copy and makes no result
// objects: it answers true only when zod would find nothing to report and output the input unchanged. It never
// explains: on false, or for any schema kind it does not know, the caller runs zod itself, which names the problems.
// The schema's own checks (regex, lengths, bounds, our text and date checks) are zod's, run on a reused payload.
import type * as z from 'zod/mini';

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;
export type Test = (value: unknown) => boolean;

/** One payload for every check: a check reads `value` and pushes onto `issues`, which is emptied before each. */
const payload: { value: unknown; issues: unknown[] } = { value: undefined, issues: [] };

function passes(check: Check, value: unknown): boolean {
	payload.value = value;
	// Emptied only when a check left something: setting an array's length is a call into the engine each time.
	if (payload.issues.length > 0) payload.issues.length = 0;
	const r = check._zod.check(payload as never) as unknown;
	// A check that is async, or that changed the value (an overwrite such as trim), is not a yes-or-no: say no.
	return !(r instanceof Promise) && payload.issues.length === 0 && payload.value === value;
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

/** The test for `schema`, or undefined when the schema holds a kind this does not build (zod then does all the work). */
export function fastTest(schema: Schema): Test | undefined {
	const kind = compileKind(schema);
	if (!kind) return undefined;
	const checks = checksOf(schema);
	if (checks.length === 0) return kind;
	return (v) => {
		if (!kind(v)) return false;
		for (let i = 0; i < checks.length; i++) if (!passes(checks[i], v)) return false;
		return true;
	};
}

/** The test of the schema's own parse, before its checks. */
function compileKind(schema: Schema): Test | undefined {
	const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
	switch (def.type) {
		case 'string':
			return def.coerce ? undefined : (v) => typeof v === 'string';
		case 'number':
			return def.coerce ? undefined : (v) => typeof v === 'number' && Number.isFinite(v);
		case 'boolean':
			return def.coerce ? undefined : (v) => typeof v === 'boolean';
		case 'enum':
		case 'literal': {
			const values = schema._zod.values;
			return values && ((v) => values.has(v as never));
		}
		case 'optional': {
			const inner = fastTest(def.innerType as Schema);
			// An inner schema that fills in absence (a default) would change the output: leave it to zod.
			if (!inner || (def.innerType as Schema)._zod.optin === 'defaulted') return undefined;
			return (v) => v === undefined || inner(v);
		}
		case 'array': {
			const element = fastTest(def.element as Schema);
			return (
				element &&
				((v) => {
					if (!Array.isArray(v)) return false;
					for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
					return true;
				})
			);
		}
		case 'union': {
			const options = (def.options as Schema[]).map(fastTest);
			if (options.some((o) => !o)) return undefined;
			const tests = options as Test[];
			return (v) => {
				for (let i = 0; i < tests.length; i++) if (tests[i](v)) return true;
				return false;
			};
		}
		case 'record':
			return compileRecord(def.keyType as Schema, def.valueType as Schema, def.mode);
		case 'object':
			return compileObject(schema);
		default:
			return undefined;
	}
}

function compileRecord(keyType: Schema, valueType: Schema, mode: unknown): Test | undefined {
	// A key schema with a fixed set of keys makes zod check for each of them: leave that to zod.
	if (keyType._zod.values || mode === 'loose') return undefined;
	const key = fastTest(keyType);
	const value = fastTest(valueType);
	if (!key || !value) return undefined;
	return (v) => {
		const keys = plainKeys(v);
		if (!keys) return false;
		for (const k of keys) if (!key(k) || !value((v as Record<string, unknown>)[k])) return false;
		return true;
	};
}

function compileObject(schema: Schema): Test | undefined {
	const def = schema._zod.def as z.core.$ZodObjectDef;
	const shape = def.shape as Record<string, Schema>;
	const keys = Object.keys(shape);
	// Without a catch-all zod drops unknown keys from its output; with one other than never it parses them: zod's.
	const strict = def.catchall?._zod.def.type === 'never';
	if (!strict || keys.includes('__proto__')) return undefined;
	const fields: Test[] = [];
	for (const k of keys) {
		const field = shape[k];
		const test = fastTest(field);
		// A default fills in an absent key: the output would not be the input.
		if (!test || field._zod.optin === 'defaulted') return undefined;
		fields.push(test);
	}
	const known = new Set(keys);
	return (v) => {
		if (!isObject(v)) return false;
		for (let i = 0; i < keys.length; i++) if (!fields[i](v[keys[i]])) return false;
		for (const k in v) if (!known.has(k)) return false;
		return true;
	};
}
