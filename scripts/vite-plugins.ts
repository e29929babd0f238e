// Vite plugins for the timeline data: served in development and copied into the build, validated (the build fails
// on an invalid timeline), and described by oEmbed. Used by vite.config.ts.
import type { Plugin, Rolldown } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateTimeline } from '../src/lib/model/validate';
import { oembedFor, oembedDiscovery, oembedPath, type OEmbedSite } from '../src/lib/embed/oembed';
import type { Timeline } from '../src/lib/model/schema';
import { DEFAULT_TIMELINE } from '../src/lib/config';

type OutputChunk = Rolldown.OutputChunk;

export const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

/** Serves `data/*.json` at `data/` in development and copies them into the build, beside index.html. */
export function timelineData(): Plugin {
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

/**
 * The reader page's early script (src/early.ts): an entry of its own, loaded `async` from the page's head, which
 * asks for the timeline the address names while the app's code loads (the app's first load takes the request over).
 */
export function earlyRequest(): Plugin {
	const entry = fileURLToPath(new URL('../src/early.ts', import.meta.url));
	const tag = (src: string) => `<script type="module" async crossorigin src="${src}"></script>`;
	// The modules the early script imports (statically), found once the module graph is complete.
	const early = new Set<string>();
	return {
		name: 'early-request',
		config: (_, { command }) =>
			command === 'build'
				? {
						build: {
							rolldownOptions: {
								input: { index: fileURLToPath(new URL('../index.html', import.meta.url)), early: entry },
								// The app's first load in one chunk: the bundler's default splits the modules it shares with the
								// views loaded on demand into several chunks, each compressed apart and tied together by imports
								// and exports (about 2.3 KB more, gzip). The early script's modules stay apart, so that it still
								// runs before the app's code has arrived. The views loaded on demand import from this chunk.
								output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'index', tags: ['$initial'], test: (id: string) => !early.has(id) }] } }
							}
						}
					}
				: undefined,
		buildEnd() {
			const visit = (id: string) => {
				if (early.has(id)) return;
				early.add(id);
				for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
			};
			visit(entry);
		},
		transformIndexHtml: {
			order: 'post',
			handler(html, ctx) {
				if (!ctx.filename.endsWith('index.html')) return html;
				const chunk = Object.values(ctx.bundle ?? {}).find((c): c is OutputChunk => c.type === 'chunk' && c.isEntry && c.facadeModuleId === entry);
				if (!ctx.server && !chunk) throw new Error('the early script (src/early.ts) is missing from the build');
				// First of the page's scripts, with the chunks it imports (after the policy, which must come before them):
				// over HTTP/1.1 the browser asks for files in the order the page names them, six at a time, and it runs
				// an async script as soon as it and its imports are in, whatever the app's code is doing.
				const preloads = (chunk?.imports ?? []).map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`);
				for (const link of preloads) html = html.replace(new RegExp(`\\s*${escapeRegExp(link)}`), '');
				const early = [tag(ctx.server ? '/src/early.ts' : `./${chunk!.fileName}`), ...preloads].join('\n\t\t');
				const first = /<script type="module"|<link rel="modulepreload"/.exec(html);
				if (!first) throw new Error('index.html: no module script to put the early script before');
				return `${html.slice(0, first.index)}${early}\n\t\t${html.slice(first.index)}`;
			}
		}
	};
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A data file, validated (the build fails on an invalid timeline). */
export function readTimeline(name: string): Timeline {
	const result = validateTimeline(JSON.parse(readFileSync(dataDir + name, 'utf8')));
	if (!result.ok) throw new Error(`data/${name} is invalid: ${result.problems.map((p) => p.message).join('; ')}`);
	return result.timeline;
}

/** The PNG thumbnail in public/, with its size read from its header. */
function thumbnail(): OEmbedSite['thumbnail'] {
	const png = readFileSync(fileURLToPath(new URL('../public/screenshot.png', import.meta.url)));
	return { path: 'screenshot.png', width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * oEmbed: a static `oembed/<id>.json` per timeline and the discovery link in the reader page's head. Both need
 * the site's public URL, from `TIMELINE_SITE_URL` (e.g. https://example.org/timeline/) at build time; the dev
 * server answers with its own address.
 */
export function oembed(siteUrl: string | undefined): Plugin {
	const files = () => readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'timeline.schema.json');
	return {
		name: 'oembed',
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const id = /\/oembed\/([a-z0-9][a-z0-9-]*)\.json$/.exec((req.url ?? '').split('?')[0])?.[1];
				if (!id || !files().includes(`${id}.json`)) return next();
				const site = `http://${req.headers.host ?? '127.0.0.1:5173'}/`;
				res.setHeader('Content-Type', 'application/json; charset=utf-8');
				res.end(JSON.stringify(oembedFor(readTimeline(`${id}.json`), { siteUrl: site, thumbnail: thumbnail() })));
			});
		},
		transformIndexHtml: {
			order: 'post',
			handler(html, ctx) {
				if (!ctx.filename.endsWith('index.html')) return html;
				const site = ctx.server ? (ctx.server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/') : siteUrl;
				if (!site) return html;
				const link = oembedDiscovery(readTimeline(`${DEFAULT_TIMELINE}.json`), site);
				return [{ tag: 'link', attrs: { rel: 'alternate', type: 'application/json+oembed', href: link.href, title: link.title }, injectTo: 'head' }];
			}
		},
		generateBundle() {
			if (!siteUrl) {
				this.warn('TIMELINE_SITE_URL is not set: no oEmbed files or discovery link (they need the public URL of the site).');
				return;
			}
			for (const name of files()) {
				const timeline = readTimeline(name);
				const body = oembedFor(timeline, { siteUrl, thumbnail: thumbnail() });
				this.emitFile({ type: 'asset', fileName: oembedPath(timeline.id), source: JSON.stringify(body, null, '\t') + '\n' });
			}
		}
	};
}

/** The site's public URL from the environment, checked and ending in `/`; undefined when not set. */
export function siteUrlFromEnv(): string | undefined {
	const raw = process.env.TIMELINE_SITE_URL;
	if (!raw) return undefined;
	const url = new URL(raw);
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`TIMELINE_SITE_URL must be http(s): ${raw}`);
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url.href;
}

/**
 * d3-time ships one ES module whose intervals are made by top-level calls (`const timeDay = timeInterval(…)`) and
 * named again by property reads (`const timeDays = timeDay.range`). A bundler keeps every such statement, since a call
 * or a read might do something, and `sideEffects: false` drops only whole modules: every page paid for all 30-odd
 * intervals, local-time ones and weekdays included, where the app uses five UTC ones (about 1 KB gzip of its first
 * load). Marking those statements pure lets the bundler drop the unused ones; a build fails if d3-time's file no
 * longer reads as expected.
 */
export function pureD3Time(): Plugin {
	return {
		name: 'pure-d3-time',
		transform(code, id) {
			if (!/[\\/]d3-time[\\/]dist[\\/]d3-time\.mjs$/.test(id)) return;
			let calls = 0;
			let aliases = 0;
			const out = code
				.replace(/^(const [^=\n]+= )(timeInterval|timeWeekday|utcWeekday|ticker)\(/gm, (_, head: string, fn: string) => (calls++, `${head}/*#__PURE__*/ ${fn}(`))
				.replace(/^(const \w+ = )(\w+)\.range;$/gm, (_, head: string, name: string) => (aliases++, `${head}/*#__PURE__*/ (() => ${name}.range)();`));
			if (calls < 20 || aliases < 20) this.error(`d3-time's module no longer reads as pureD3Time expects (${calls} factory calls, ${aliases} aliases marked)`);
			return { code: out, map: null };
		}
	};
}
