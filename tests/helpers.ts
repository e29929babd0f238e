// Shared test helpers: reading files of the repository, and a fresh copy of the test fixture per case.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Item } from '../src/lib/model/items';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function readJson(relative: string): Record<string, unknown> {
	return JSON.parse(readFileSync(join(ROOT, relative), 'utf8'));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests mutate fixtures freely to build invalid cases
export const mini = () => readJson('tests/fixtures/mini.json') as Record<string, any>;

/** The text of a file in tests/fixtures/import/. */
export const importFixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/import', name), 'utf8');

/** The timeline of a successful import; a failed one fails the test with its message. */
export function imported<T extends { ok: true; timeline: unknown } | { ok: false; message: string }>(r: T): Extract<T, { ok: true }>['timeline'] {
	if (!r.ok) throw new Error(`expected an import, got: ${(r as { message: string }).message}`);
	return (r as Extract<T, { ok: true }>).timeline;
}

/**
 * Runs `body` with the unhandled promise rejections of its time collected in the array it is given (Node's
 * `unhandledRejection` event), and stops listening afterwards, whether it passes or fails.
 */
export async function catchingUnhandled(body: (unhandled: unknown[]) => Promise<void>): Promise<void> {
	const unhandled: unknown[] = [];
	const listen = (e: unknown) => unhandled.push(e);
	process.on('unhandledRejection', listen);
	try {
		await body(unhandled);
	} finally {
		process.off('unhandledRejection', listen);
	}
}

/** An item as a plain object with its fields (toItems gives views whose fields are getters), changed by `changes`. */
export const plainItem = (item: Item, changes: Partial<Item> = {}): Item => ({
	id: item.id,
	order: item.order,
	event: item.event,
	at: item.at,
	range: item.range,
	soft: item.soft,
	actorIndex: item.actorIndex,
	categoryIndex: item.categoryIndex,
	...changes
});
