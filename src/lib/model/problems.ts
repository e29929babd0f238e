// Turns zod issues into readable problems that name the event (or other item) id and the field.
import type * as z from 'zod/mini';
import { textFaultMessage, grouped, hex, type TextFault } from './text';

export interface Problem {
	/** JSON path such as `events[3].sources[0].url`. */
	path: string;
	/** Id of the event, actor, category, era or story step the problem is in, when it has one. */
	itemId?: string;
	/** The field at fault, e.g. `url` or `end`. */
	field?: string;
	message: string;
}

type Path = (string | number)[];

const COLLECTIONS = new Set(['events', 'actors', 'categories', 'eras', 'story', 'corrections']);
/** Names and ids longer than this are cut in messages: a hostile file must not make a megabyte of message. */
const CLIP = 80;
/** Unknown fields named in one message at most. */
const LISTED = 5;

export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
	return issues.flatMap((issue) => describeIssue(issue, [], input));
}

function describeIssue(issue: z.core.$ZodIssue, prefix: Path, input: unknown): Problem[] {
	const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
	const value = at(input, path);
	// Localized text given as an object: say what is wrong inside it rather than "text, or texts by language".
	if (issue.code === 'invalid_union' && isRecord(value)) {
		const branch = issue.errors.find((errors) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0));
		if (branch) return branch.flatMap((inner) => describeIssue(inner, path, input));
	}
	const field = lastName(path);
	let itemId: string | undefined;
	if (typeof path[0] === 'string' && COLLECTIONS.has(path[0]) && typeof path[1] === 'number') {
		const item = at(input, [path[0], path[1]]);
		if (isRecord(item) && typeof item.id === 'string') itemId = clip(item.id);
	}
	return [{ path: visible(formatPath(path)), itemId: itemId && visible(itemId), field: field && visible(clip(field)), message: visible(plainMessage(issue, path, value)) }];
}

/** Controls, direction controls and half characters as `U+001B`: a message quoting the file must not drive a terminal or turn a page around. */
const HIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const visible = (text: string) => text.replace(HIDDEN, (c) => hex(c.charCodeAt(0)));

function plainMessage(issue: z.core.$ZodIssue, path: Path, value: unknown): string {
	const field = lastName(path);
	if (issue.code === 'unrecognized_keys') {
		const keys = issue.keys.slice(0, LISTED).map((k) => `"${clip(k)}"`).join(', ');
		const more = issue.keys.length > LISTED ? ` and ${grouped(issue.keys.length - LISTED)} more` : '';
		return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${more}`;
	}
	if (path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
		return `the file must hold one JSON object, the timeline, not ${kindOf(value)}`;
	}
	if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && value === undefined) {
		return `${field ? `"${clip(field)}"` : 'a value'} is required`;
	}
	const name = field ? `"${clip(field)}${indices(path)}"` : 'the value';
	const params = issue.code === 'custom' ? (issue.params as { text?: TextFault; lang?: string } | undefined) : undefined;
	if (params?.text) {
		const parent = params.lang === undefined ? undefined : lastName(path.slice(0, -1));
		return textFaultMessage(parent ? `"${parent}" (${params.lang})` : name, params.text);
	}
	switch (issue.code) {
		case 'invalid_type':
			return `${name} must be ${EXPECTED[issue.expected] ?? article(issue.expected)}`;
		case 'invalid_union':
			return `${name} must be text, or an object of texts keyed by language`;
		case 'invalid_key':
			return `"${clip(String(path[path.length - 1]))}" is not a language tag such as en or ar`;
		case 'invalid_value':
			return `${name} must be ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'too_small':
			return issue.message !== 'Invalid input' ? issue.message : `${name} must be at least ${issue.minimum}`;
		case 'too_big':
			if (typeof value === 'string') return `${name} is too long: ${grouped(value.length)} characters (at most ${grouped(Number(issue.maximum))})`;
			return `${name} must be at most ${issue.maximum}`;
		default:
			return issue.message === 'Invalid input' ? `${name} is not valid` : issue.message;
	}
}

const EXPECTED: Record<string, string> = { string: 'text', int: 'a whole number', array: 'a list (an array)' };

export function formatPath(path: readonly (string | number)[]): string {
	return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${clip(p)}` : clip(p)), '') || '(the file)';
}

/** One line per problem: `event "ft-report" › sources[0].url: only https: and http: links are allowed`. */
export function problemLine(p: Problem): string {
	const rest = p.path.replace(/^[a-z]+\[\d+\]\.?/, '');
	const where = p.itemId ? `${itemKind(p.path)} "${p.itemId}"${rest ? ` › ${rest}` : ''}` : p.path;
	return `${where}: ${p.message}`;
}

/** The whole JSON path first, then the item: `events[2].id (event "early"): duplicate id…`, for logs and the validator. */
export function pathLine(p: Problem): string {
	return `${p.path}${p.itemId ? ` (${itemKind(p.path)} "${p.itemId}")` : ''}: ${p.message}`;
}

function itemKind(path: string): string {
	const head = path.split('[')[0];
	return { events: 'event', actors: 'actor', categories: 'category', eras: 'era', story: 'story step', corrections: 'correction' }[head] ?? head;
}

function kindOf(value: unknown): string {
	if (Array.isArray(value)) return 'a list (an array)';
	if (value === null) return 'null';
	return typeof value === 'string' ? 'text' : typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? `${value}` : 'nothing';
}

function article(expected: string): string {
	return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function clip(text: string): string {
	return text.length > CLIP ? `${text.slice(0, CLIP)}…` : text;
}

/** `[2]` for `languages[2]`: the indices after the last name. */
function indices(path: Path): string {
	let s = '';
	for (let i = path.length - 1; i >= 0 && typeof path[i] === 'number'; i--) s = `[${path[i]}]${s}`;
	return s;
}

function lastName(path: Path): string | undefined {
	for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
	return undefined;
}

/** The value at `path`, following own properties only (a `__proto__` key in a path must not reach a prototype). */
function at(value: unknown, path: Path): unknown {
	return path.reduce<unknown>((v, k) => ((isRecord(v) || Array.isArray(v)) && Object.hasOwn(v, k) ? (v as Record<string | number, unknown>)[k] : undefined), value);
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
