import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { DEFAULT_TIMELINE } from './src/lib/config';
import { aliases } from './scripts/aliases.mjs';
import { embedStaticImports } from './scripts/embed-build';
import { dataDir, readTimeline, timelineData, earlyRequest, oembed, siteUrlFromEnv, pureD3Time } from './scripts/vite-plugins';

/** The strict policy the built app runs under (no inline script or style, nothing from other origins). */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'none'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data: blob:",
	"font-src 'self'",
	"connect-src 'self'",
	"manifest-src 'self'",
	"base-uri 'none'",
	"form-action 'none'",
	"object-src 'none'"
].join('; ');

/**
 * Headers for every page `npm run preview` serves, as a static host should send them (README: "Security headers").
 * The offline file carries its own policy, with hashes of its inline script and style, in a meta tag.
 */
export const SECURITY_HEADERS: Record<string, string> = {
	'Content-Security-Policy': CONTENT_SECURITY_POLICY,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()'
};

function securityHeaders(): Plugin {
	return {
		name: 'security-headers',
		configurePreviewServer(server) {
			server.middlewares.use((req, res, next) => {
				const path = (req.url ?? '').split('?')[0];
				for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
					if (name !== 'Content-Security-Policy' || !path.endsWith('/offline.html')) res.setHeader(name, value);
				}
				next();
			});
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

/**
 * The embed page is built apart, as classic scripts (an IIFE) with the default timeline inlined as a JSON data
 * block: a host that sandboxes the iframe (WordPress: `sandbox="allow-scripts"`) gives it an opaque origin, from
 * which module scripts and fetches are cross-origin requests that a plain static host would refuse.
 */
function classicEmbedPage(): Plugin {
	return {
		name: 'classic-embed-page',
		apply: 'build',
		transformIndexHtml: {
			order: 'post',
			handler(html) {
				// The default timeline rides along, so the embed needs no fetch.
				return html
					.replace(/<script type="module" crossorigin src=/g, '<script defer src=')
					.replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href=')
					.replace('</body>', () => `${inlineData()}\n</body>`);
			}
		}
	};
}

/**
 * The timelines this build validated whose text zod returns unchanged (no default filled in): the app may use such
 * a text as parsed, without shipping the validator in the first load (see src/lib/model/verified.ts). Each with
 * its id and the SHA-256 of every text of it the app may be served: the data file, and for the default timeline
 * the inline block too.
 */
function verifiedTimelines(): { id: string; hashes: string[] }[] {
	const hash = (text: string) => `${text.length}:${createHash('sha256').update(text, 'utf8').digest('base64')}`;
	const names = readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'timeline.schema.json');
	return names.flatMap((name) => {
		const text = readFileSync(dataDir + name, 'utf8');
		const unchanged = isDeepStrictEqual(readTimeline(name), JSON.parse(text));
		if (!unchanged) return [];
		const id = name.slice(0, -'.json'.length);
		return [{ id, hashes: id === DEFAULT_TIMELINE ? [hash(text), hash(inlineJson())] : [hash(text)] }];
	});
}

/** The default timeline as a JSON data block for a page to carry (`<` escaped, so the text cannot end the block). */
function inlineJson(): string {
	return JSON.stringify(JSON.parse(readFileSync(`${dataDir}${DEFAULT_TIMELINE}.json`, 'utf8'))).replace(/</g, '\\u003c');
}

function inlineData(): string {
	const json = inlineJson();
	return `<script type="application/json" id="timeline-data" data-timeline="${DEFAULT_TIMELINE}">${json}</script>`;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * `offline.html`: one self-contained file for a talk without network, opened from `file://`. The app (a classic
 * script: module scripts do not load from `file://`), its styles and the default timeline are inlined, and the
 * policy allows exactly those inline blocks by hash and no connection at all.
 */
function singleFile(): Plugin {
	return {
		name: 'single-file',
		apply: 'build',
		enforce: 'post',
		generateBundle(_, bundle) {
			const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('offline.html'));
			if (!html || html.type !== 'asset') return;
			let page = String(html.source);
			let script = '';
			let style = '';
			for (const [name, file] of Object.entries(bundle)) {
				if (file.type === 'chunk' && file.isEntry) script = file.code;
				else if (file.type === 'asset' && name.endsWith('.css')) style = String(file.source);
				else continue;
				delete bundle[name];
			}
			// Inside a <script> or <style> element these sequences would end it or change how it is parsed.
			script = script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
			style = style.replace(/<\/(style)/gi, '<\\/$1');
			const policy = [
				"default-src 'none'",
				`script-src ${sha256(script)}`,
				`style-src ${sha256(style)}`,
				"img-src data:",
				"connect-src 'none'",
				"base-uri 'none'",
				"form-action 'none'",
				"object-src 'none'"
			].join('; ');
			// Replacement functions, not strings: the code is full of `$` patterns that a replacement string would expand.
			page = page
				.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`)
				.replace(/\s*<script type="module" crossorigin src="[^"]*"><\/script>/, () => '')
				.replace(/\s*<link rel="stylesheet" crossorigin href="[^"]*">/, () => '')
				.replace('</head>', () => `<style>${style}</style>\n</head>`)
				.replace('</body>', () => `${inlineData()}\n<script>${script}</script>\n</body>`);
			if (!page.includes(script) || !page.includes(policy)) throw new Error('offline.html: could not inline the app');
			html.source = page;
		}
	};
}

/**
 * A second page built as one classic script (an IIFE) into dist/ beside the app: the embed (for sandboxed,
 * opaque-origin frames) and the offline file (for `file://`), where module scripts cannot load.
 */
function classicBuild(name: 'embed' | 'offline' | SideMode, output: NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>['output']): UserConfig['build'] {
	return {
		target: 'es2022',
		emptyOutDir: false,
		assetsInlineLimit: 0,
		cssCodeSplit: false,
		copyPublicDir: false,
		modulePreload: false,
		rolldownOptions: {
			input: { [name]: fileURLToPath(new URL(name in SIDES ? SIDES[name as SideMode].entry : `./${name}.html`, import.meta.url)) },
			// Vite's preload helper reads import.meta.url, which a classic script lacks; with one chunk it preloads nothing.
			checks: { emptyImportMeta: false },
			output
		}
	};
}

/**
 * The embed's side scripts, each a classic script of its own that the embed loads when needed (src/lib/embed/sideload.ts):
 * built by `vite build --mode <mode>` before the embed's build, which names them.
 */
const SIDES = {
	'embed-side': { name: 'side', entry: './src/lib/embed/side.ts' },
	'embed-ar': { name: 'ar', entry: './src/lib/embed/side-ar.ts' },
	'embed-dense': { name: 'dense', entry: './src/lib/embed/side-dense.ts' },
	'embed-zoom': { name: 'zoom', entry: './src/lib/embed/side-zoom.ts' },
	'embed-search': { name: 'search', entry: './src/lib/embed/side-search.ts' }
} as const;
type SideMode = keyof typeof SIDES;

/** The embed's build names its side scripts, which their builds, run just before, left in the same output folder (`dist/`, or the `--outDir` given). */
function embedSide(): Plugin {
	return {
		name: 'embed-side',
		config(config) {
			const assets = resolve(config.root ?? process.cwd(), config.build?.outDir ?? 'dist', 'assets');
			const listed = existsSync(assets) ? readdirSync(assets) : [];
			const files: Record<string, string> = {};
			for (const [mode, { name }] of Object.entries(SIDES)) {
				const found = listed.filter((f) => new RegExp(`^${mode}-[\\w-]+\\.js$`).test(f));
				if (found.length !== 1) throw new Error(`the embed's build needs exactly one ${assets}/${mode}-*.js (found ${found.length}): build with --mode ${mode} first`);
				files[name] = found[0];
			}
			return { define: { __EMBED_SIDES__: JSON.stringify(files) } };
		}
	};
}

export default defineConfig(({ mode }) => ({
	base: './',
	resolve: { alias: aliases },
	define: (() => {
		const verified = verifiedTimelines();
		return { __VERIFIED_TIMELINES__: JSON.stringify(verified.flatMap((v) => v.hashes)), __VERIFIED_IDS__: JSON.stringify(verified.map((v) => v.id)) };
	})(),
	plugins: [
		svelte(),
		pureD3Time(),
		timelineData(),
		contentSecurityPolicy(),
		securityHeaders(),
		...(mode === 'embed' ? [classicEmbedPage(), embedSide(), embedStaticImports(['./src/lib/embed/Embed.svelte', './src/lib/explore/ErrorView.svelte', './src/lib/embed/host.ts'].map((f) => fileURLToPath(new URL(f, import.meta.url))))] : mode === 'offline' ? [singleFile()] : mode in SIDES ? [] : [earlyRequest(), oembed(siteUrlFromEnv())])
	],
	build:
		mode === 'offline'
			? classicBuild('offline', { format: 'iife', codeSplitting: false })
			: mode in SIDES
				? classicBuild(mode as SideMode, { format: 'iife', codeSplitting: false, entryFileNames: `assets/${mode}-[hash].js` })
			: mode === 'embed'
				? classicBuild('embed', { format: 'iife', codeSplitting: false, entryFileNames: 'assets/embed-[hash].js', assetFileNames: 'assets/embed-[hash][extname]' })
				: { target: 'es2022', cssCodeSplit: true, assetsInlineLimit: 0, modulePreload: { polyfill: false } },
}));
