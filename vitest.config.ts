// Unit tests (Node; a file that needs a DOM says `@vitest-environment jsdom` in its first line) and component tests
// (jsdom). Kept apart from vite.config.ts, whose build plugins read the data files.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { aliases } from './scripts/aliases.mjs';

export default defineConfig({
	plugins: [svelte()],
	resolve: { conditions: ['browser'], alias: aliases },
	test: {
		env: { TZ: 'UTC' },
		// Vitest's default is one worker fewer than the cores: one worker on a two-core machine, where two halve the
		// suite's time (its main process is mostly idle). Tests count and compare, never time, so sharing is safe;
		// the longer limit is for a test that renders 1,000 events in jsdom while the other worker runs.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		testTimeout: 15_000,
		projects: [
			{ extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/unit/setup.ts'] } },
			{ extends: true, test: { name: 'component', environment: 'jsdom', include: ['tests/component/**/*.test.ts'], setupFiles: ['tests/component/setup.ts'] } }
		]
	}
});
