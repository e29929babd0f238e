// End-to-end tests: real headless Chromium against the built app (run by `npm test` after `vite build`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		fileParallelism: false,
		env: { TZ: 'UTC' }
	}
});
