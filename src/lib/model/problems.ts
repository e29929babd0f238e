// Turns zod issues into readable problems that name the event (or other item) id and the field.
import type * as z from 'zod/mini';

export interface Problem {
	/** JSON path such as `events[3].sources[0].url`. */
	path: string;
	/** Id of the event, actor, category, era or story step the problem is in, when it has one. */
	itemId?: string;
	/** The field at fault, e.g. `url` or `end`. */
	field?: string;
	message: string;
}

const COLLECTIONS = new Set(['events', 'actors', 'categories', 'eras', 'story', 'corrections']);

export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
	return issues.map((issue) => describeIssue(issue, input));
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): Problem {
	const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
	const field = lastName(path);
	let itemId: string | undefined;
	if (typeof path[0] === 'string' && COLLECTIONS.has(path[0]) && typeof path[1] === 'number') {
		const item = at(input, [path[0], path[1]]);
		if (isRecord(item) && typeof item.id === 'string') itemId = item.id;
	}
	return { path: formatPath(path), itemId, field, message: plainMessage(issue, field, at(input, path) === undefined) };
}

function plainMessage(issue: z.core.$ZodIssue, field: string | undefined, missing: boolean): string {
	if (issue.code === 'unrecognized_keys') {
		return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	}
	if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && missing) {
		return `${field ? `"${field}"` : 'a value'} is required`;
	}
	if (issue.code === 'invalid_type') return `${field ? `"${field}"` : 'the value'} must be ${article(issue.expected)}`;
	const name = field ? `"${field}"` : 'the value';
	switch (issue.code) {
		case 'invalid_union':
			return `${name} must be text, or an object of texts keyed by language`;
		case 'invalid_value':
			return `${name} must be ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'too_small':
			return issue.message !== 'Invalid input' ? issue.message : `${name} must be at least ${issue.minimum}`;
		case 'too_big':
			return `${name} must be at most ${issue.maximum}`;
		default:
			return issue.message === 'Invalid input' ? `${name} is not valid` : issue.message;
	}
}

export function formatPath(path: readonly (string | number)[]): string {
	return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '(the file)';
}

/** One line per problem: `event "ft-report" › sources[0].url: only https: and http: links are allowed`. */
export function problemLine(p: Problem): string {
	const rest = p.path.replace(/^[a-z]+\[\d+\]\.?/, '');
	const where = p.itemId ? `${kindOf(p.path)} "${p.itemId}"${rest ? ` › ${rest}` : ''}` : p.path;
	return `${where}: ${p.message}`;
}

function kindOf(path: string): string {
	const head = path.split('[')[0];
	return { events: 'event', actors: 'actor', categories: 'category', eras: 'era', story: 'story step', corrections: 'correction' }[head] ?? head;
}

function article(expected: string): string {
	return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function lastName(path: (string | number)[]): string | undefined {
	for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
	return undefined;
}

function at(value: unknown, path: (string | number)[]): unknown {
	return path.reduce<unknown>((v, k) => (isRecord(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[k] : undefined), value);
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
