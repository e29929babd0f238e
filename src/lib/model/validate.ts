// Validates a timeline file at every level: its bytes as UTF-8, its text as JSON, its JSON against the schema.
import * as z from 'zod/mini';
import { Event, Timeline, TimelineShape } from './schema';
import { compileTest, fingerprint, type Test } from './fast-path';
import { build, FINGERPRINT } from './event-test.generated.js';
import { describeIssues, formatPath, type Problem } from './problems';
import { grouped, hex } from './text';

export type Validation = { ok: true; timeline: Timeline } | { ok: false; problems: Problem[] };

/**
 * Yes or no for one event, without zod's result objects: most of a large timeline's validation. The generated code
 * (fast-path.ts), given the values it refers to, when it is the code the schema gives; otherwise none, and zod does
 * all the work.
 */
const compiled = compileTest(Event);
const eventTest: Test | undefined = compiled && fingerprint(compiled.source) === FINGERPRINT ? build(compiled.constants) : undefined;

/**
 * The timeline's own schema with its events' list taken as it is (still at least one): run once their test passed. A
 * custom type, not an array of unknown: zod would parse each of 10,000 events as unknown, a result object apiece,
 * and copy the list (in Node without its compiled objects, as in the app: 26 against 6 ms the first time).
 */
const Shell = z
	.extend(TimelineShape, { events: z.custom<unknown[]>(Array.isArray).check(...((TimelineShape.shape.events._zod.def.checks ?? []) as never[])) })
	.check(...((Timeline._zod.def.checks ?? []) as never[]));

export function validateTimeline(input: unknown): Validation {
	return fastValidation(input) ?? fullValidation(input);
}

/**
 * A valid timeline's validation, its events through their test and the rest through zod; undefined when anything
 * fails, for zod to go over it all and name the problems. An event that passes holds no `__proto__` key (its test
 * says no to one), so only the rest is searched for such keys.
 */
function fastValidation(input: unknown): Validation | undefined {
	const events = (input as { events?: unknown } | null)?.events;
	if (!eventTest || !Array.isArray(events)) return undefined;
	for (let i = 0; i < events.length; i++) if (!eventTest(events[i])) return undefined;
	const r = Shell.safeParse(input);
	if (!r.success || protoKeyPaths({ ...(input as object), events: [] }).length > 0) return undefined;
	return { ok: true, timeline: { ...r.data, events } as Timeline };
}

/** zod over the whole timeline: the problems of an invalid one, named. */
export function fullValidation(input: unknown): Validation {
	const r = Timeline.safeParse(input);
	const issues: z.core.$ZodIssue[] = r.success ? [] : [...r.error.issues];
	// zod's records skip a `__proto__` key without a word (its objects report it): name it like any unknown field.
	const reported = new Set(issues.filter((i) => i.code === 'unrecognized_keys' && i.keys.includes('__proto__')).map((i) => formatPath(i.path as (string | number)[])));
	for (const path of protoKeyPaths(input)) {
		if (!reported.has(formatPath(path))) issues.push({ code: 'unrecognized_keys', keys: ['__proto__'], path, message: '', input: undefined });
	}
	// zod's output is a copy built field by field, and larger than JSON.parse's objects (100,000 events: 52 against 48
	// MB). Events have no defaults (the schema test holds zod's events equal to the input's), so the input's are kept.
	if (issues.length === 0 && r.success) return { ok: true, timeline: { ...r.data, events: (input as Timeline).events } };
	return { ok: false, problems: describeIssues(issues, input) };
}

/** Paths of the objects that own a `__proto__` key (JSON.parse makes such keys), as deep as the format goes. */
function protoKeyPaths(value: unknown, path: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
	if (typeof value !== 'object' || value === null || path.length > 6) return found;
	// Indexes and for…in, not Object.entries: this walks every event, and entries would copy each object's fields.
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) descend(value[i], i, path, found);
		return found;
	}
	if (Object.hasOwn(value, '__proto__')) found.push([...path]);
	const record = value as Record<string, unknown>;
	for (const key in record) if (Object.hasOwn(record, key)) descend(record[key], key, path, found);
	return found;
}

/** protoKeyPaths on one child (objects only), its key on the path meanwhile. */
function descend(child: unknown, key: string | number, path: (string | number)[], found: (string | number)[][]): void {
	if (typeof child !== 'object' || child === null) return;
	path.push(key);
	protoKeyPaths(child, path, found);
	path.pop();
}

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

export const EMPTY = 'The file is empty.';

/** A file's bytes as text: UTF-8, with or without a byte-order mark; names an empty, UTF-16 or non-UTF-8 file. */
export function decodeTimelineBytes(bytes: Uint8Array): Read<string> {
	if (bytes.length === 0) return { ok: false, message: EMPTY };
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { ok: false, message: 'The file is UTF-16 text; save it as UTF-8.' };
	}
	const bad = firstInvalidUtf8(bytes);
	if (bad >= 0) {
		const byte = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
		return { ok: false, message: `The file is not UTF-8 text: byte ${grouped(bad + 1)} (0x${byte}) is not part of any character; save it as UTF-8.` };
	}
	return { ok: true, value: new TextDecoder().decode(bytes) };
}

/** The offset of the first byte that starts no valid UTF-8 sequence (overlong forms and surrogates included), or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
	for (let i = 0; i < b.length; ) {
		const c = b[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
		if (n === 0 || i + n >= b.length) return i;
		let cp = c & (0x7f >> (n + 1));
		for (let k = 1; k <= n; k++) {
			if ((b[i + k] & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (b[i + k] & 0x3f);
		}
		if (cp < [0, 0x80, 0x800, 0x10000][n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += n + 1;
	}
	return -1;
}

/**
 * A timeline file's text as JSON (a leading byte-order mark is allowed). A syntax error is named in plain English
 * with its line and column, the same in every browser and in Node, whose own messages differ from engine to engine.
 */
export function parseJsonText(text: string): Read<unknown> {
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') return { ok: false, message: EMPTY };
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch (e) {
		const found = jsonSyntaxError(body);
		if (!found) return { ok: false, message: `The file is not valid JSON: ${(e as Error).message}` };
		const { line, column } = lineColumn(body, found.at);
		return { ok: false, message: `The file is not valid JSON: line ${grouped(line)}, column ${grouped(column)}: ${found.reason}.` };
	}
}

/** 1-based line and column (in UTF-16 units, as editors count them) of offset `at`. */
export function lineColumn(text: string, at: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: at - start + 1 };
}

type Expect = 'top' | 'first-item' | 'item' | 'member' | 'first-name' | 'name' | 'colon' | 'after' | 'end';

const WORD = /[A-Za-z0-9_$]+/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBERISH = /[-+0-9.eE]+/y;

/**
 * Where and why `text` is not JSON: a scan of JSON's grammar with an explicit stack (any depth, linear time).
 * Undefined when the text is JSON. Only run after JSON.parse fails, to explain it.
 */
export function jsonSyntaxError(text: string): { at: number; reason: string } | undefined {
	const closers: string[] = [];
	let expect: Expect = 'top';
	let comma = -1;
	let i = 0;
	const next = (): Expect => (closers.length ? 'after' : 'end');
	for (;;) {
		while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
		if (i >= text.length) {
			if (expect === 'end') return undefined;
			const open = closers.length;
			return { at: i, reason: `the file ends too early: ${open > 1 ? `${grouped(open)} brackets are` : `a "${closers[0] === '}' ? '{' : '['}" is`} never closed` };
		}
		const c = text[i];
		const close = closers[closers.length - 1];
		if (expect === 'end') return { at: i, reason: `more after the end of the JSON: ${shown(text, i)}` };
		if (expect === 'colon') {
			if (c !== ':') return { at: i, reason: `expected ":" after a name, found ${shown(text, i)}` };
			expect = 'member';
			i++;
			continue;
		}
		if (expect === 'after') {
			if (c === ',') {
				comma = i++;
				expect = close === '}' ? 'name' : 'item';
			} else if (c === close) {
				closers.pop();
				i++;
				expect = next();
			} else return { at: i, reason: `expected "," or "${close}" after a value, found ${shown(text, i)}` };
			continue;
		}
		if (c === close && (expect === 'item' || expect === 'name')) {
			return { at: comma, reason: `a comma before "${c}": JSON allows none after the last item` };
		}
		if (c === close && (expect === 'first-item' || expect === 'first-name')) {
			closers.pop();
			i++;
			expect = next();
			continue;
		}
		if (c === "'") return { at: i, reason: 'single quotes: JSON needs double quotes (") around names and text' };
		if (c === '"') {
			const end = stringEnd(text, i);
			if (typeof end !== 'number') return end;
			i = end;
			if (expect === 'first-name' || expect === 'name') expect = 'colon';
			else expect = next();
			continue;
		}
		if (expect === 'first-name' || expect === 'name') {
			WORD.lastIndex = i;
			const word = WORD.exec(text)?.[0];
			return { at: i, reason: word ? `a name without double quotes: ${word}` : `expected a name in double quotes, found ${shown(text, i)}` };
		}
		if (c === '{' || c === '[') {
			closers.push(c === '{' ? '}' : ']');
			expect = c === '{' ? 'first-name' : 'first-item';
			i++;
			continue;
		}
		if (c === '-' || c === '+' || c === '.' || (c >= '0' && c <= '9')) {
			NUMBER.lastIndex = NUMBERISH.lastIndex = i;
			const number = NUMBER.exec(text)?.[0] ?? '';
			const written = NUMBERISH.exec(text)?.[0] ?? c;
			if (number !== written) return { at: i, reason: `${clip(written)} is not a number as JSON writes them (like 12, -3.5 or 1e6)` };
			i += number.length;
			expect = next();
			continue;
		}
		WORD.lastIndex = i;
		const word = WORD.exec(text)?.[0];
		if (word === 'true' || word === 'false' || word === 'null') {
			i += word.length;
			expect = next();
			continue;
		}
		if (word) return { at: i, reason: `a word without quotes: ${clip(word)} (text needs double quotes; the only bare words are true, false and null)` };
		if (c === '<' && expect === 'top') return { at: i, reason: 'it starts with "<": this looks like a web page (HTML), not JSON' };
		return { at: i, reason: `expected a value, found ${shown(text, i)}` };
	}
}

/** The offset after the string that opens at `start`, or what is wrong inside it. */
function stringEnd(text: string, start: number): number | { at: number; reason: string } {
	for (let j = start + 1; j < text.length; j++) {
		const c = text.charCodeAt(j);
		if (c === 0x22) return j + 1;
		if (c === 0x5c) {
			const e = text[j + 1] ?? '';
			if (e === 'u') {
				if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return { at: j, reason: 'a "\\u" escape needs four hexadecimal digits' };
				j += 5;
			} else if (e !== '' && '"\\/bfnrt'.includes(e)) j++;
			else if (e !== '') {
				const what = PRINTABLE.test(e) ? `"\\${e}"` : `a backslash before ${hex(e.charCodeAt(0))}`;
				return { at: j, reason: `${what} is not an escape JSON knows (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)` };
			}
		} else if (c < 0x20) {
			return { at: j, reason: `${ESCAPED[c] ?? `the control character ${hex(c)}`} inside quotes` };
		}
	}
	return { at: start, reason: 'quoted text that is never closed' };
}

/** The character at `i`, quoted, or named when it is invisible, a control or broken (with a hint at the likely cause). */
function shown(text: string, i: number): string {
	const cp = text.codePointAt(i) ?? 0;
	if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return `the control character ${hex(cp)} (is this a binary file?)`;
	if (cp === 0xfffd) return 'U+FFFD, the mark of an unreadable character (is the file UTF-8?)';
	return shownChar(String.fromCodePoint(cp));
}

const PRINTABLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;
const ESCAPED: Record<number, string> = { 0x09: 'a tab (write it as \\t)', 0x0a: 'a line break (write it as \\n)', 0x0d: 'a carriage return (write it as \\r)' };

function shownChar(c: string): string {
	return PRINTABLE.test(c) ? `"${c}"` : hex(c.codePointAt(0) ?? 0);
}

function clip(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
