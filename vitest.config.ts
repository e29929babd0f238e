// Unit and component tests (jsdom). Kept apart from vite.config.ts, whose build plugins read the data files.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { aliases } from './scripts/aliases.mjs';

export default defineConfig({
	plugins: [svelte()],
	resolve: { conditions: ['browser'], alias: aliases },
	test: {
		environment: 'jsdom',
		include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
		setupFiles: ['tests/component/setup.ts'],
		env: { TZ: 'UTC' }
	}
});
