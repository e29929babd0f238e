// End-to-end harness: serves the built app from dist/ under a sub-path on 127.0.0.1 and drives system Chromium.
import { createServer, type Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, afterAll, beforeEach, afterEach, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page, type ConsoleMessage } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The app is served below a sub-path, which proves the build uses relative asset URLs. */
export const BASE_PATH = '/news/graphics/timeline/';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

export interface Served {
	url: string;
	close: () => Promise<void>;
}

export interface ServeOptions {
	/** Headers sent with every file (a static host's Content-Security-Policy, say). */
	headers?: Record<string, string>;
	/** Removes the built pages' own policy (the meta tag), to show what the app does with no policy at all. */
	withoutPolicy?: boolean;
	/** Answers a request itself (a test's timeline files, a broken server…): true when it did. Paths are below BASE_PATH. */
	route?: (path: string, req: IncomingMessage, res: ServerResponse) => boolean;
	/** 0 for any free port (a second server beside the one on E2E_APP_PORT, which the oEmbed files name). */
	port?: number;
}

export async function serveDist(options: ServeOptions = {}): Promise<Served> {
	const server: Server = createServer(async (req, res) => {
		const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
		if (!path.startsWith(BASE_PATH)) {
			res.writeHead(404).end('not found');
			return;
		}
		if (options.route?.(path.slice(BASE_PATH.length), req, res)) return;
		let file = normalize(join(DIST, path.slice(BASE_PATH.length)));
		if (!file.startsWith(DIST)) {
			res.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			let body: Buffer | string = await readFile(file);
			if (options.withoutPolicy && extname(file) === '.html') body = body.toString('utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
			res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...options.headers }).end(body);
		} catch {
			res.writeHead(404).end('not found');
		}
	});
	// `npm test` builds with TIMELINE_SITE_URL on this port, so the oEmbed files name the address served here.
	const port = await listen(server, options.port ?? Number(process.env.E2E_APP_PORT ?? 0));
	return { url: `http://127.0.0.1:${port}${BASE_PATH}`, close: () => stop(server) };
}

async function listen(server: Server, port: number): Promise<number> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const address = server.address();
	return typeof address === 'object' && address ? address.port : 0;
}

function stop(server: Server): Promise<void> {
	server.closeAllConnections();
	return new Promise((resolve) => server.close(() => resolve()));
}

export interface HostServer extends Served {
	/** Serves `html` at `path` (e.g. `/plain.html`) on the host origin. */
	put(path: string, html: string): string;
}

/**
 * Host pages for embeds, on a second origin: the same loopback address under the name `localhost`, which is
 * another site than `127.0.0.1` for the browser (separate origin, separate storage).
 */
export async function serveHost(): Promise<HostServer> {
	const pages = new Map<string, string>();
	const server = createServer((req, res) => {
		const html = pages.get((req.url ?? '/').split('?')[0]);
		if (html === undefined) res.writeHead(404).end('not found');
		else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
	});
	const port = await listen(server, 0);
	const url = `http://localhost:${port}`;
	return {
		url,
		put(path, html) {
			pages.set(path, html);
			return url + path;
		},
		close: () => stop(server)
	};
}

/** Chromium as the tests drive it, with `extra` arguments after the usual ones. */
export async function launch(extra: readonly string[] = []): Promise<Browser> {
	const executablePath = process.env.CHROMIUM_PATH;
	if (!executablePath) throw new Error('CHROMIUM_PATH is not set (npm test sets it; see scripts/find-chromium.mjs)');
	return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extra] });
}

/** Collects console errors, page errors and requests to any origin other than the app's (or the `also` ones). */
export function watch(page: Page, origin: string, also: () => string[] = () => []): { errors: string[]; foreign: string[] } {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (m: ConsoleMessage) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('request', (r) => {
		const u = new URL(r.url());
		if (!['data:', 'about:', 'file:'].includes(u.protocol) && u.origin !== origin && !also().includes(u.origin)) foreign.push(r.url());
	});
	return { errors, foreign };
}

/** The chart's visible domain, read from its data attributes. */
export async function domain(page: Page): Promise<[number, number]> {
	const svg = page.locator('[data-testid="chart"] svg');
	const [a, b] = await Promise.all([svg.getAttribute('data-domain-start'), svg.getAttribute('data-domain-end')]);
	return [Date.parse(a ?? ''), Date.parse(b ?? '')];
}

/**
 * A two-finger pinch about `centre`, by the DevTools protocol's touch events (Playwright's touchscreen has one finger):
 * the fingers `gaps[0]` px either side of it, then each following gap in turn, then lifted. The context needs `hasTouch`.
 */
export async function pinch(context: BrowserContext, page: Page, centre: { x: number; y: number }, gaps: number[]): Promise<void> {
	const cdp = await context.newCDPSession(page);
	const fingers = (d: number) => [
		{ x: centre.x - d, y: centre.y, id: 0 },
		{ x: centre.x + d, y: centre.y, id: 1 }
	];
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(gaps[0]) });
	for (const d of gaps.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

/** Serves the built app and launches Chromium once for a test file; both are closed after its last test. */
export function useBuiltApp(options: ServeOptions = {}): { readonly url: string; readonly browser: Browser } {
	let served: Served | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		served = await serveDist(options);
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
		await served?.close();
	});
	return {
		get url() {
			if (!served) throw new Error('the app is not served yet');
			return served.url;
		},
		get browser() {
			if (!browser) throw new Error('the browser is not launched yet');
			return browser;
		}
	};
}

type ContextOptions = Parameters<Browser['newContext']>[0];

/**
 * A fresh browser context and page for each test (1280×900 unless `restart` asks otherwise); after each test it
 * checks that the page logged no console error and asked no other origin for anything.
 */
export function usePage(app: ReturnType<typeof useBuiltApp>, { origins }: { origins?: () => string[] } = {}) {
	let context: BrowserContext | undefined;
	let page: Page | undefined;
	let seen: ReturnType<typeof watch> = { errors: [], foreign: [] };
	const start = async (options: ContextOptions = {}) => {
		await context?.close();
		context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
		page = await context.newPage();
		seen = watch(page, new URL(app.url).origin, origins);
	};
	beforeEach(() => start());
	afterEach(async () => {
		expect(seen.errors, 'console errors').toEqual([]);
		expect(seen.foreign, 'requests to other origins').toEqual([]);
		await context?.close();
		context = undefined;
	});
	return {
		get page(): Page {
			if (!page) throw new Error('no page yet');
			return page;
		},
		get context(): BrowserContext {
			if (!context) throw new Error('no context yet');
			return context;
		},
		get seen() {
			return seen;
		},
		/** A new context with other options (touch, time zone…). */
		restart: start,
		/** Opens the app with a query and waits for the first event. */
		async open(query = '') {
			await this.page.goto(app.url + query);
			await this.page.locator('[data-event-id]').first().waitFor();
		}
	};
}
