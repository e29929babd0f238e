// Shared test helpers: reading files of the repository, and a fresh copy of the test fixture per case.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function readJson(relative: string): Record<string, unknown> {
	return JSON.parse(readFileSync(join(ROOT, relative), 'utf8'));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests mutate fixtures freely to build invalid cases
export const mini = () => readJson('tests/fixtures/mini.json') as Record<string, any>;
