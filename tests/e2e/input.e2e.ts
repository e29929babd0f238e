// Any timeline in, in Chromium: `?src=` with each way a fetch fails and a retry, the hostile-input catalogue through
// the page, and "Open a timeline…" (file picker and drag-and-drop) for our JSON, CSV and TimelineJS files.
import { describe, it, expect, beforeEach } from 'vitest';
import type { ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { useBuiltApp, usePage } from './harness';
import { readJson } from '../helpers';

type Handler = (res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const app = useBuiltApp({
	route(path, _req, res) {
		const handler = routes.get(path);
		if (!handler) return false;
		handler(res);
		return true;
	}
});
const session = usePage(app);
let page: Page;
beforeEach(() => {
	page = session.page;
	routes.clear();
});

const json = (body: string, type = 'application/json; charset=utf-8'): Handler => (res) => res.writeHead(200, { 'Content-Type': type }).end(body);
const breach = () => readJson('data/whatsapp-nso-2019.json') as Record<string, any>;
const error = () => page.getByTestId('error');

describe('?src=<url>', () => {
	it('loads a timeline by its address, says where it came from, and keeps the address in shared links', async () => {
		const t = breach();
		t.title = { en: 'Another newsroom’s timeline', ar: 'خط زمني آخر' };
		routes.set('test/other.json', json(JSON.stringify(t)));
		await session.open('?src=test/other.json');
		expect(await page.locator('h1').textContent()).toBe('Another newsroom’s timeline');
		expect(await page.getByTestId('loaded-from').textContent()).toContain(`${app.url}test/other.json`);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(() => page.evaluate(() => location.search)).toMatch(/^\?src=test\/other\.json&lang=en&start=/);
	});

	it.each([
		['404', (res: ServerResponse) => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here'), 'http', 'The server answered 404'],
		['500', (res: ServerResponse) => res.writeHead(500).end(), 'http', 'The server answered 500'],
		['a web page', json('<!doctype html><title>Home</title><p>Welcome', 'text/html; charset=utf-8'), 'json', 'returned a web page'],
		['not JSON', json('id,start\nx,2019'), 'json', 'not valid JSON'],
		['an empty file', json(''), 'json', 'The file is empty.'],
		['an invalid timeline', json(JSON.stringify({ ...breach(), events: [] })), 'invalid', 'a timeline needs at least one event']
	] as const)('answers %s with a readable message and a retry that loads it once it is fixed', async (_name, handler, kind, message) => {
		routes.set('test/t.json', handler);
		await page.goto(`${app.url}?src=test/t.json`);
		await error().waitFor();
		expect(await error().getAttribute('data-kind')).toBe(kind);
		expect(await error().innerText()).toContain(message);
		routes.set('test/t.json', json(JSON.stringify(breach())));
		await error().getByRole('button', { name: 'Try again' }).click();
		await page.locator('[data-event-id]').first().waitFor();
		expect(await page.locator('h1').textContent()).toContain('WhatsApp');
		session.seen.errors.splice(0); // the browser logs the failed responses (404, 500) as console errors
	});

	it('gives up on a server that never answers after 15 seconds, with a retry', async () => {
		const hung: ServerResponse[] = [];
		routes.set('test/slow.json', (res) => hung.push(res));
		await page.clock.install();
		await page.goto(`${app.url}?src=test/slow.json`);
		await page.getByTestId('loading').waitFor();
		await expect.poll(() => hung.length).toBe(1);
		await page.clock.fastForward(14_000);
		expect(await error().count()).toBe(0);
		await page.clock.fastForward(2_000);
		await error().waitFor();
		expect(await error().getAttribute('data-kind')).toBe('timeout');
		expect(await error().innerText()).toContain('No answer came within 15 seconds.');
		await page.clock.resume();
		routes.set('test/slow.json', json(JSON.stringify(breach())));
		await error().getByRole('button', { name: 'Try again' }).click();
		await page.locator('[data-event-id]').first().waitFor();
		hung.forEach((res) => res.destroy());
	});

	it('speaks the reader’s language in the error', async () => {
		routes.set('test/gone.json', (res) => res.writeHead(404).end());
		await page.goto(`${app.url}?src=test/gone.json&lang=ar`);
		await error().waitFor();
		expect(await error().innerText()).toContain('أجاب الخادم بالرمز');
		session.seen.errors.splice(0);
	});

	it('drops an address that is not http(s) without fetching it', async () => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await session.open(`?src=${encodeURIComponent('javascript:alert(1)')}`);
		expect(await page.locator('h1').textContent()).toContain('WhatsApp');
		// Only the page's own address carries the text; no request was made for it.
		expect(requests.filter((u) => /javascript/i.test(new URL(u).pathname) || u.startsWith('javascript:'))).toEqual([]);
		expect(requests.filter((u) => u.endsWith('.json')).map((u) => new URL(u).pathname.split('/').pop())).toEqual(['whatsapp-nso-2019.json']);
		expect(await page.getByTestId('loaded-from').count()).toBe(0);
	});

	it('in the embed, validates a timeline the build did not with its side script, loaded only then', async () => {
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname.split('/').pop()!));
		await page.goto(`${app.url}embed.html`);
		await page.getByTestId('embed').locator('[data-event-id]').first().waitFor();
		expect(scripts.filter((s) => s.startsWith('embed-side-'))).toEqual([]);
		const t = breach();
		t.title = { en: 'Another newsroom’s timeline', ar: 'خط زمني آخر' };
		routes.set('test/other.json', json(JSON.stringify(t)));
		await page.goto(`${app.url}embed.html?src=test/other.json`);
		await page.getByTestId('embed').locator('[data-event-id]').first().waitFor();
		expect(await page.getByTestId('embed').textContent()).toContain('Another newsroom’s timeline');
		expect(scripts.filter((s) => s.startsWith('embed-side-'))).toHaveLength(1);
		routes.set('test/bad.json', json(JSON.stringify({ ...breach(), events: [] })));
		await page.goto(`${app.url}embed.html?src=test/bad.json`);
		await error().waitFor();
		expect(await error().getAttribute('data-kind')).toBe('invalid');
		expect(await error().innerText()).toContain('a timeline needs at least one event');
		routes.set('test/broken.json', json('{"id": "x",\n "events": [}'));
		await page.goto(`${app.url}embed.html?src=test/broken.json`);
		await error().waitFor();
		expect(await error().innerText()).toContain('line 2');
	});

	it.each([
		['the reader', '', /\/assets\/validate-[^/]*\.js$/],
		['the embed', 'embed.html', /\/assets\/embed-side-[^/]*\.js$/]
	] as const)('in %s, loads the validator while a ?src= timeline downloads, not after it', async (_name, page_, validatorUrl) => {
		const held: ServerResponse[] = [];
		routes.set('test/held.json', (res) => held.push(res));
		const asked: string[] = [];
		page.on('request', (r) => validatorUrl.test(r.url()) && asked.push(r.url()));
		await page.goto(`${app.url}${page_}?src=test/held.json`);
		await expect.poll(() => held.length, { timeout: 10_000 }).toBe(1);
		// The timeline's answer is held back: the validator is asked for all the same.
		await expect.poll(() => asked.length, { timeout: 10_000 }).toBe(1);
		held[0].writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(breach()));
		await page.locator('[data-event-id]').first().waitFor();
		expect(asked).toHaveLength(1);
	});

	it('shows the notice over a ?src= timeline with the chart, never after it (it would push the chart down)', async () => {
		routes.set('test/other.json', json(JSON.stringify(breach())));
		let served!: () => void;
		const dataServed = new Promise<void>((resolve) => (served = resolve));
		page.on('requestfinished', (r) => r.url().endsWith('test/other.json') && served());
		// The notice's code comes late: only after the timeline, and a while after.
		await page.route('**/assets/SourceNotice-*.js', async (route) => {
			await dataServed;
			await new Promise((resolve) => setTimeout(resolve, 300));
			await route.continue();
		});
		await page.addInitScript(() => {
			const w = window as unknown as { __order: string[] };
			w.__order = [];
			const seen: [string, string][] = [
				['notice', '[data-testid="loaded-from"]'],
				['chart', '[data-event-id]']
			];
			new MutationObserver(() => {
				for (const [name, selector] of seen) if (!w.__order.includes(name) && document.querySelector(selector)) w.__order.push(name);
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(`${app.url}?src=test/other.json`);
		await page.getByTestId('loaded-from').waitFor();
		await page.locator('[data-event-id]').first().waitFor();
		expect(await page.evaluate(() => (window as unknown as { __order: string[] }).__order)).toEqual(['notice', 'chart']);
	});

	it('in the embed, says so when its side script cannot load', async () => {
		routes.set('test/other.json', json(JSON.stringify({ ...breach(), title: 'Elsewhere' })));
		await page.route('**/assets/embed-side-*.js', (route) => route.fulfill({ status: 404, body: '' }));
		await page.goto(`${app.url}embed.html?src=test/other.json`);
		await error().waitFor();
		expect(await error().getAttribute('data-kind')).toBe('network');
		expect(await error().innerText()).toContain('The validator could not be loaded');
		// The browser logs the failed script as a console error; nothing else is logged.
		expect(session.seen.errors.splice(0)).toEqual([expect.stringContaining('404')]);
		await page.unroute('**/assets/embed-side-*.js');
		await error().getByRole('button', { name: 'Try again' }).click();
		await page.getByTestId('embed').locator('[data-event-id]').first().waitFor();
	});
});

describe('Open a timeline…', () => {
	const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

	it('opens a TimelineJS spreadsheet from the file picker, says what could not be carried over, and closes back', async () => {
		await session.open('?start=2019-05-01&end=2019-06-01');
		await expect.poll(() => page.evaluate(() => location.search)).toBe('?lang=en&start=2019-05-01&end=2019-06-01');
		const address = await page.evaluate(() => location.search);
		await page.getByTestId('open').click();
		const dialog = page.getByTestId('open-dialog');
		expect(await dialog.getAttribute('open')).not.toBeNull();
		await page.getByTestId('open-file').setInputFiles(fixture('timelinejs-template.csv'));
		await expect.poll(() => page.locator('h1').textContent()).toBe('The Example Corp breach');
		// Closed (the reader's view of the opened file draws its own, not yet loaded, Open button).
		expect(await page.locator('dialog[open]').count()).toBe(0);
		const notice = page.getByTestId('opened');
		expect(await notice.innerText()).toContain('Opened from your computer: timelinejs-template.csv');
		await notice.locator('summary').click();
		const notes = await page.getByTestId('import-notes').innerText();
		expect(notes).toContain('media dropped');
		expect(notes).toContain('times taken as UTC');
		expect(await page.locator('[data-event-id], [data-cluster]').count()).toBeGreaterThan(0);
		// The file has no address: the URL still names the timeline it named, and the embed code is not offered.
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await page.waitForTimeout(400);
		expect(await page.evaluate(() => location.search)).toBe(address);
		expect(await page.getByRole('button', { name: 'Embed' }).count()).toBe(0);
		await page.getByTestId('close-file').click();
		await expect.poll(() => page.locator('h1').textContent()).toContain('WhatsApp');
		expect(await page.getByTestId('opened').count()).toBe(0);
	});

	it.each([
		['bad-date.csv', 'row 3', '"13/05/2021" is not an ISO 8601 date'],
		['cosmological.json', 'events[0]', 'cannot be shown']
	])('explains why %s cannot be opened, and keeps the timeline shown', async (name, where, message) => {
		await session.open();
		await page.getByTestId('open').click();
		await page.getByTestId('open-file').setInputFiles(fixture(name));
		const failure = page.getByTestId('open-failure');
		await failure.waitFor();
		const text = await failure.innerText();
		expect(text).toContain(`${name} could not be opened.`);
		expect(text).toContain(where);
		expect(text).toContain(message);
		expect(await page.locator('h1').textContent()).toContain('WhatsApp');
		await page.keyboard.press('Escape');
		expect(await page.getByTestId('open-dialog').getAttribute('open')).toBeNull();
	});

	it('opens a timeline dropped anywhere on the page (our JSON; a CSV in our columns in Arabic)', async () => {
		await session.open();
		const drop = async (name: string, type: string, text: string) => {
			const transfer = await page.evaluateHandle(
				([n, t, body]) => {
					const dt = new DataTransfer();
					dt.items.add(new File([body], n, { type: t }));
					return dt;
				},
				[name, type, text] as const
			);
			await page.locator('main').dispatchEvent('dragover', { dataTransfer: transfer });
			expect(await page.getByTestId('drop-overlay').count()).toBe(1);
			await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
		};
		const mini = readJson('tests/fixtures/mini.json') as Record<string, any>;
		await drop('mini.json', 'application/json', JSON.stringify(mini));
		await expect.poll(() => page.locator('h1').textContent()).toBe(typeof mini.title === 'string' ? mini.title : mini.title.en);
		expect(await page.getByTestId('drop-overlay').count()).toBe(0);
		await page.getByTestId('open').click();
		await page.getByTestId('open-lang').selectOption('ar');
		await page.keyboard.press('Escape');
		await drop('events.csv', 'text/csv', readFileSync(fixture('events.csv'), 'utf8'));
		await expect.poll(() => page.getByTestId('opened').innerText()).toContain('events.csv');
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
	});
});
