// Security by construction, in Chromium: the strict Content-Security-Policy of the issue holds for the app, the
// presenter, the embed and the offline file (no violation while a reader uses them), `npm run preview` sends it,
// nothing is asked of another origin, and no script payload in any text or URL field runs, with or without a policy.
import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';
import type { ServerResponse } from 'node:http';
import { preview } from 'vite';
import type { Page, BrowserContext } from 'playwright-core';
import { useBuiltApp, usePage, serveDist, type Served } from './harness';
import { readJson, ROOT } from '../helpers';
import { PAYLOADS, URL_PAYLOADS, withPayloads, BAD_URLS } from './payloads';

/** The policy the issue asks the built app to run under, sent as a header the way a static host would. */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

const files = new Map<string, string>();
const app = useBuiltApp({
	headers: { 'Content-Security-Policy': POLICY },
	route: (path, _req, res) => serveFile(path, res, { 'Content-Security-Policy': POLICY })
});

/** The test's own timeline files, below the app's path. */
function serveFile(path: string, res: ServerResponse, headers: Record<string, string> = {}): boolean {
	const body = files.get(path);
	if (body === undefined) return false;
	res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ...headers }).end(body);
	return true;
}
const session = usePage(app);
let page: Page;
beforeEach(async () => {
	page = session.page;
	await watchViolations(session.context);
});

/** Records every policy violation, every payload that runs and every dialog, from before the page's first script. */
async function watchViolations(context: BrowserContext) {
	await context.addInitScript(() => {
		const w = window as unknown as { __violations: string[]; __ran: unknown[]; __xss: (n: unknown) => void };
		w.__violations = [];
		w.__ran = [];
		w.__xss = (n) => w.__ran.push(n);
		document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
	});
}
const violations = (p: Page = page) => p.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
const ran = (p: Page = page) => p.evaluate(() => (window as unknown as { __ran: unknown[] }).__ran);

/** What a reader does in a visit: zoom, pan, open an event, search, switch language and theme, open every dialog. */
async function useTheReader(p: Page) {
	const chart = p.locator('[data-testid="chart"] svg');
	const box = (await chart.boundingBox())!;
	await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < 4; i++) await p.mouse.wheel(0, -240);
	await p.mouse.down();
	await p.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 5 });
	await p.mouse.up();
	await p.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await p.getByRole('button', { name: 'Fit all' }).click();
	await p.locator('[data-event-id]').first().focus();
	await p.keyboard.press('Enter');
	await p.getByTestId('details').waitFor();
	await p.keyboard.press('Escape');
	await p.getByRole('searchbox').fill('NSO');
	await p.getByTestId('display').locator('summary').click();
	await p.getByTestId('theme').selectOption('dark');
	await p.getByTestId('display').locator('summary').click();
	// A page opened from a file has no address to embed (the offline file): no Embed button there.
	if (p.url().startsWith('http')) {
		await p.getByRole('button', { name: 'Embed' }).click();
		await p.getByTestId('embed-dialog').waitFor();
		await p.keyboard.press('Escape');
	} else expect(await p.getByRole('button', { name: 'Embed' }).count()).toBe(0);
	await p.getByTestId('open').click();
	await p.getByTestId('open-dialog').waitFor();
	await p.keyboard.press('Escape');
	await p.getByTestId('table-toggle').click();
	await p.getByTestId('event-table').waitFor();
	await p.getByTestId('table-toggle').click();
	await p.getByRole('radio', { name: 'العربية' }).check();
	await p.locator('html[dir="rtl"]').waitFor();
	await p.locator('[data-event-id]').first().waitFor();
}

describe('strict Content-Security-Policy', () => {
	it('the reader works under the policy with no violation', async () => {
		await session.open();
		await useTheReader(page);
		expect(await violations()).toEqual([]);
		expect(await page.locator('[data-event-id], [data-cluster]').count()).toBeGreaterThan(5);
	});

	it('the presenter and the embed work under the policy with no violation', async () => {
		await page.goto(`${app.url}?present`);
		await page.getByTestId('presenter').waitFor();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		await page.locator('[data-testid="chart"] [data-event-id]').first().waitFor();
		expect(await violations()).toEqual([]);
		await page.goto(`${app.url}embed.html`);
		await page.getByTestId('embed').waitFor();
		await page.locator('[data-event-id]').first().click();
		expect(await violations()).toEqual([]);
	});

	it('a timeline validated in the browser (the reader’s and the embed’s ?src=) causes no violation', async () => {
		// zod's classic objects compile their parsers with `new Function` where they may, and under this policy the
		// attempt alone is reported as a violation (to a newsroom's report-uri, too); zod/mini's, which the validator
		// uses, never try. This keeps it so, for the reader's validator and the embed's side script.
		files.set('test/checked.json', JSON.stringify(readJson('data/whatsapp-nso-2019.json')));
		await page.goto(`${app.url}?src=test/checked.json`);
		await page.locator('[data-event-id]').first().waitFor();
		expect(await violations()).toEqual([]);
		await page.goto(`${app.url}embed.html?src=test/checked.json`);
		await page.locator('[data-event-id]').first().waitFor();
		expect(await violations()).toEqual([]);
	});

	it('the offline file works from file:// under its own hash policy with no violation', async () => {
		await page.goto(new URL('../../dist/offline.html', import.meta.url).href);
		await page.locator('[data-event-id]').first().waitFor();
		await useTheReader(page);
		expect(await violations()).toEqual([]);
	});

	it('`npm run preview` sends the policy and the other security headers (the offline file keeps its own)', async () => {
		const server = await preview({ root: ROOT, configFile: `${ROOT}/vite.config.ts`, configLoader: 'runner', preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
		try {
			const base = server.resolvedUrls?.local[0];
			const index = await fetch(`${base}`);
			const csp = index.headers.get('content-security-policy') ?? '';
			for (const directive of POLICY.split('; ').filter((d) => !d.startsWith('default-src'))) expect(csp).toContain(directive);
			expect(csp).toContain("default-src 'none'");
			expect(index.headers.get('x-content-type-options')).toBe('nosniff');
			expect((await fetch(`${base}embed.html`)).headers.get('content-security-policy')).toBe(csp);
			const offline = await fetch(`${base}offline.html`);
			expect(offline.status).toBe(200);
			expect(offline.headers.get('content-security-policy')).toBeNull();
			expect(await offline.text()).toContain("script-src 'sha256-");
		} finally {
			await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
		}
	});
});

describe('no third-party requests', () => {
	it('every request of a whole visit (reader, presenter, embed) goes to the app’s own origin', async () => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await session.open();
		await useTheReader(page);
		await page.goto(`${app.url}?present`);
		await page.getByTestId('presenter').waitFor();
		await page.goto(`${app.url}embed.html`);
		await page.getByTestId('embed').waitFor();
		const origin = new URL(app.url).origin;
		expect(requests.length).toBeGreaterThan(5);
		expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
		expect(requests.some((u) => u.endsWith('/data/whatsapp-nso-2019.json'))).toBe(true);
	});
});

/** Loads a timeline carrying payloads and checks that none ran, no element came from them, and they read as text. */
async function expectInert(p: Page, scriptsBefore: number) {
	expect(await ran(p)).toEqual([]);
	const dom = await p.evaluate(() => ({
		scripts: document.scripts.length,
		handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
		injected: document.querySelectorAll('img[src="x"], iframe, object, embed, body style, main script, [data-injected]').length,
		links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol).filter((p) => !['http:', 'https:'].includes(p) && p !== location.protocol)
	}));
	expect(dom).toEqual({ scripts: scriptsBefore, handlers: [], injected: 0, links: [] });
}

function xssSuite(name: string, server: () => { url: string; page: Page }) {
	describe(name, () => {
		it('payloads in every text and URL field render as text, and none runs', async () => {
			const { url, page: p } = server();
			const dialogs: string[] = [];
			p.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			const timeline = withPayloads(readJson('data/whatsapp-nso-2019.json'));
			files.set('test/xss.json', JSON.stringify(timeline));
			await p.goto(`${url}?src=test/xss.json&start=2019-05-01&end=2019-06-01`);
			await p.locator('[data-event-id]').first().waitFor();
			const scripts = await p.evaluate(() => document.scripts.length);
			await p.getByTestId('table-toggle').click();
			await p.getByTestId('event-table').waitFor();
			const text = await p.locator('body').innerText();
			for (const payload of PAYLOADS) expect(text).toContain(payload);
			await p.getByTestId('table-toggle').click();
			for (const mark of (await p.locator('[data-event-id]').all()).slice(0, 4)) {
				await mark.focus();
				await p.keyboard.press('Enter');
				await p.getByTestId('details').waitFor();
				const hrefs = await p.getByTestId('details').locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
				expect(hrefs.every((h) => URL_PAYLOADS.includes(h ?? ''))).toBe(true);
			}
			await p.goto(`${url}?src=test/xss.json&present`);
			await p.getByTestId('presenter').waitFor();
			for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowRight');
			await expectInert(p, scripts);
			expect(dialogs).toEqual([]);
		});

		it('javascript:, data: and vbscript: links are refused with a message, and the page stays inert', async () => {
			const { url, page: p } = server();
			const timeline = readJson('data/whatsapp-nso-2019.json') as { events: { sources: { url: string }[] }[] };
			BAD_URLS.forEach((bad, i) => (timeline.events[i].sources[0].url = bad));
			files.set('test/bad-urls.json', JSON.stringify(timeline));
			await p.goto(`${url}?src=test/bad-urls.json&q=${encodeURIComponent('<img src=x onerror=__xss(1)>')}`);
			await p.getByTestId('error').waitFor();
			const messages = await p.locator('[data-testid="error"] li .message').allInnerTexts();
			expect(messages).toHaveLength(BAD_URLS.length);
			for (const m of messages) expect(m).toMatch(/^only https: and http: links are allowed, not [a-z]+:$/);
			await expectInert(p, await p.evaluate(() => document.scripts.length));
		});
	});
}

xssSuite('no script injection, under the policy', () => ({ url: app.url, page }));

describe('no script injection, with no policy at all (the text is never parsed as HTML)', () => {
	let bare: Served | undefined;
	let context: BrowserContext | undefined;
	let barePage: Page | undefined;
	beforeAll(async () => {
		bare = await serveDist({ withoutPolicy: true, port: 0, route: (path, _req, res) => serveFile(path, res) });
		expect(await (await fetch(bare.url)).text()).not.toContain('Content-Security-Policy');
	});
	afterAll(() => bare?.close());
	beforeEach(async () => {
		context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
		await watchViolations(context);
		barePage = await context.newPage();
	});
	afterEach(() => context?.close());
	xssSuite('without a Content-Security-Policy', () => ({ url: bare!.url, page: barePage! }));
});
