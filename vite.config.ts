/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));

/** The strict policy the built app runs under (no inline script or style, nothing from other origins). */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'none'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"manifest-src 'self'",
	"base-uri 'none'",
	"form-action 'none'",
	"object-src 'none'"
].join('; ');

/** Serves `data/*.json` at `data/` in development and copies them into the build, beside index.html. */
function timelineData(): Plugin {
	const files = () => readdirSync(dataDir).filter((f) => f.endsWith('.json'));
	return {
		name: 'timeline-data',
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const name = /\/data\/([a-z0-9][a-z0-9.-]*\.json)$/.exec((req.url ?? '').split('?')[0])?.[1];
				if (!name || !files().includes(name)) return next();
				res.setHeader('Content-Type', 'application/json; charset=utf-8');
				res.end(readFileSync(dataDir + name));
			});
		},
		generateBundle() {
			for (const name of files()) {
				this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(dataDir + name) });
			}
		}
	};
}

/** Adds the Content-Security-Policy meta tag to the built page only (Vite's dev server injects inline styles). */
function contentSecurityPolicy(): Plugin {
	return {
		name: 'content-security-policy',
		apply: 'build',
		transformIndexHtml: () => [
			{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }
		]
	};
}

export default defineConfig({
	base: './',
	plugins: [svelte(), timelineData(), contentSecurityPolicy()],
	build: { target: 'es2022', cssCodeSplit: true, assetsInlineLimit: 0 },
	resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
	test: {
		environment: 'jsdom',
		include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
		setupFiles: ['tests/component/setup.ts'],
		env: { TZ: 'UTC' }
	}
});
