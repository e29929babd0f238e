// The embed in host pages on another origin: sizing in every host dialect, the host loader's checks, commands,
// sandboxing, history, wheel, layout shift, the embed code dialog and oEmbed.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { useBuiltApp, usePage, serveHost, type HostServer } from './harness';

const app = useBuiltApp();
let host: HostServer;
beforeAll(async () => {
	host = await serveHost();
});
afterAll(async () => {
	await host?.close();
});
const session = usePage(app, { origins: () => (host ? [host.url] : []) });

const TIMELINE = 'whatsapp-nso-2019';
const FILLER = `<p>${'An article paragraph that sits around the embed and must not move while it loads. '.repeat(14)}</p>`.repeat(3);

/** A host page: our markup between paragraphs, plus a recorder of every message the page receives. */
function hostPage(body: string, { filler = false, column = 720 } = {}): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Host article</title>
<style>body{margin:0 auto;max-width:${column}px;padding:0 12px;font:18px/1.6 Georgia,serif}</style>
<script>window.received=[];addEventListener('message',function(e){received.push({data:e.data,origin:e.origin,fromFrame:[].indexOf.call(document.querySelectorAll('iframe'),[].find.call(document.querySelectorAll('iframe'),function(f){return f.contentWindow===e.source}))})});</script>
</head><body><h1>Host article</h1>${filler ? FILLER : ''}${body}${filler ? FILLER : ''}</body></html>`;
}

/** The embed code the reader's dialog gives for a reader URL query (opened in the session's page). */
async function snippetFor(page: Page, query = '', width?: number): Promise<{ code: string; predicted: number }> {
	await page.goto(`${app.url}?timeline=${TIMELINE}${query}`);
	await page.locator('[data-event-id]').first().waitFor();
	await page.getByTestId('embed-open').click();
	if (width !== undefined) await page.getByTestId('embed-width').fill(String(width));
	const code = await page.getByTestId('embed-code').inputValue();
	const predicted = Number(/min-height:(\d+)px/.exec(code)?.[1]);
	await page.keyboard.press('Escape');
	return { code, predicted };
}

/** The embed's frame, once its chart or list has rendered. */
async function embedFrame(page: Page, index = 0): Promise<Frame> {
	const handle = await page.locator('iframe').nth(index).elementHandle();
	const frame = await handle?.contentFrame();
	if (!frame) throw new Error('no embed frame');
	await frame.locator('[data-testid="embed"]').waitFor();
	return frame;
}

const iframeHeight = (page: Page, index = 0) => page.locator('iframe').nth(index).evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** Waits until the iframe is as tall as the embed's content (±2 px), and returns both. */
async function settled(page: Page, frame: Frame, index = 0): Promise<{ outer: number; inner: number }> {
	let last = { outer: 0, inner: -10 };
	for (let i = 0; i < 40; i++) {
		last = { outer: await iframeHeight(page, index), inner: await contentHeight(frame) };
		if (Math.abs(last.outer - last.inner) <= 2) return last;
		await page.waitForTimeout(50);
	}
	return last;
}

type Received = { data: unknown; origin: string; fromFrame: number };
const received = (page: Page): Promise<Received[]> => page.evaluate(() => (window as unknown as { received: Received[] }).received);
const ours = (list: Received[]) =>
	list.filter((m) => typeof m.data === 'object' && m.data !== null && (m.data as { type?: string }).type === 'incident-timeline:resize');

/** Records, in every frame of the context, what a page throws or leaves unhandled; read it with caught(). */
async function catchErrors(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const w = window as unknown as { caught: string[] };
		w.caught = [];
		addEventListener('error', (e) => w.caught.push(String(e.message)));
		addEventListener('unhandledrejection', (e) => w.caught.push(String(e.reason)));
	});
}
const caught = (frame: Frame) => frame.evaluate(() => (window as unknown as { caught: string[] }).caught);

describe('plain host with our snippet', () => {
	for (const [viewport, column] of [
		[1280, 720],
		[375, 375]
	] as const) {
		it(`sizes the iframe to the embed's content at ${viewport} px, without horizontal overflow`, async () => {
			const { page } = session;
			await page.setViewportSize({ width: viewport, height: 800 });
			const { code } = await snippetFor(page, '', column - 24);
			await page.goto(host.put(`/plain-${viewport}.html`, hostPage(code, { column })));
			const frame = await embedFrame(page);
			const { outer, inner } = await settled(page, frame);
			expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
			expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(Math.ceil(inner) + 2);
			const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
			// The layout the width calls for: the chart on a wide column, the vertical list on a phone.
			expect(await frame.locator('[data-testid="chart"] svg').count()).toBe(viewport > 600 ? 1 : 0);
		});
	}

	it('follows a change of width, and the content changing (details opened)', async () => {
		const { page } = session;
		const { code } = await snippetFor(page);
		await page.goto(host.put('/plain-resize.html', hostPage(code)));
		const frame = await embedFrame(page);
		await settled(page, frame);
		await page.setViewportSize({ width: 375, height: 800 });
		await frame.locator('.vertical, [data-testid="vertical"]').first().waitFor();
		let s = await settled(page, frame);
		expect(Math.abs(s.outer - s.inner)).toBeLessThanOrEqual(2);
		const before = s.outer;
		await frame.locator('[data-event-id]').first().click();
		await frame.getByTestId('details').waitFor();
		s = await settled(page, frame);
		expect(s.outer).toBeGreaterThan(before + 50);
		expect(Math.abs(s.outer - s.inner)).toBeLessThanOrEqual(2);
	});

	it('posts each height once, in our format and AMP’s, and nothing while idle', async () => {
		const { page } = session;
		const { code } = await snippetFor(page);
		await page.goto(host.put('/plain-messages.html', hostPage(code)));
		const frame = await embedFrame(page);
		const { inner } = await settled(page, frame);
		const first = await received(page);
		const heights = ours(first).map((m) => (m.data as { height: number }).height);
		expect(heights.length).toBeGreaterThan(0);
		expect(heights.at(-1)).toBe(Math.ceil(inner));
		for (let i = 1; i < heights.length; i++) expect(heights[i]).not.toBe(heights[i - 1]);
		for (const m of ours(first)) expect(Object.keys(m.data as object).sort()).toEqual(['height', 'type', 'v']);
		const amp = first.filter((m) => (m.data as { sentinel?: string })?.sentinel === 'amp').map((m) => (m.data as { height: number }).height);
		expect(amp).toEqual(heights);
		// Every message came from the embed and carries only a height, never the reader's view.
		for (const m of first) expect(JSON.stringify(m.data)).not.toMatch(/timeline=|start=|event=|whatsapp/);
		await page.waitForTimeout(3000);
		expect((await received(page)).length).toBe(first.length);
	});

	it('reserves the predicted height, so the article does not shift (CLS ≤ 0.1)', async () => {
		const { page } = session;
		const { code, predicted } = await snippetFor(page, '', 696);
		await page.addInitScript(() => {
			const w = window as unknown as { cls: number };
			w.cls = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.cls += e.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(host.put('/plain-cls.html', hostPage(code, { filler: true })));
		const frame = await embedFrame(page);
		const { outer } = await settled(page, frame);
		expect(Math.abs(outer - predicted)).toBeLessThanOrEqual(2);
		await page.waitForTimeout(1500);
		expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThanOrEqual(0.1);
	});
});

describe('hosts that speak other dialects', () => {
	it('resizes in a host with only a Datawrapper-style listener (no loader)', async () => {
		const { page } = session;
		const listener = `<script>addEventListener('message',function(e){var h=e.data&&e.data['datawrapper-height'];if(!h)return;
			document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)for(var k in h)f.style.height=h[k]+'px'})});</script>`;
		const html = `<iframe src="${app.url}embed.html?timeline=${TIMELINE}" title="Timeline" scrolling="no" style="width:0;min-width:100%;border:none" height="400"></iframe>${listener}`;
		await page.goto(host.put('/datawrapper.html', hostPage(html)));
		const frame = await embedFrame(page);
		const { outer, inner } = await settled(page, frame);
		expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
		expect(await page.locator('iframe').evaluate((f) => f.style.height)).toBe(`${Math.ceil(inner)}px`);
	});

	it('resizes in a Pym-style parent when the URL carries childId', async () => {
		const { page } = session;
		const parent = `<script>addEventListener('message',function(e){if(typeof e.data!=='string')return;
			var m=/^pymxPYMx(g1)xPYMx(\\S+)xPYMx(.*)$/.exec(e.data);if(!m||m[2]!=='height')return;
			var f=document.querySelector('#g1 iframe');if(f&&f.contentWindow===e.source)f.setAttribute('height',m[3])});</script>`;
		const html = `<div id="g1"><iframe src="${app.url}embed.html?timeline=${TIMELINE}&initialWidth=696&childId=g1&parentTitle=Host" title="Timeline" width="100%" scrolling="no" frameborder="0"></iframe></div>${parent}`;
		await page.goto(host.put('/pym.html', hostPage(html)));
		const frame = await embedFrame(page);
		const { outer, inner } = await settled(page, frame);
		expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
		expect(Number(await page.locator('iframe').getAttribute('height'))).toBe(Math.ceil(inner));
		// The embed's own URL updates keep the host's parameters.
		await frame.locator('[data-event-id]').first().focus();
		await frame.page().keyboard.press('+');
		await expect.poll(() => frame.evaluate(() => location.search), { timeout: 3000 }).toMatch(/start=/);
		expect(await frame.evaluate(() => location.search)).toContain('childId=g1');
	});

	it('shows itself in a WordPress-like host: sandboxed, hidden until a valid secret message arrives', async () => {
		const { page } = session;
		// The oEmbed response, filtered the way WordPress treats a provider it does not trust.
		const linkHref = await (async () => {
			await page.goto(`${app.url}?timeline=${TIMELINE}`);
			return page.locator('link[type="application/json+oembed"]').getAttribute('href');
		})();
		const oembed = (await (await page.request.get(linkHref ?? '')).json()) as { html: string };
		const src = /<iframe src="([^"]+)"/.exec(oembed.html)?.[1].replace(/&amp;/g, '&');
		const title = /title="([^"]+)"/.exec(oembed.html)?.[1];
		const secret = 'abcDEF1234';
		const wp = `<blockquote class="wp-embedded-content" data-secret="${secret}"><a href="${app.url}">Timeline</a></blockquote>
			<iframe sandbox="allow-scripts" security="restricted" src="${src}#?secret=${secret}" data-secret="${secret}" title="${title}" width="600" height="338" frameborder="0" scrolling="no" style="position:absolute;clip:rect(1px,1px,1px,1px)"></iframe>
			<script>(function(){var f=document.querySelector('iframe');
			addEventListener('message',function(e){var d=e.data;if(!d||!d.secret||!/^[a-zA-Z0-9]+$/.test(d.secret)||!d.message)return;
				if(f.getAttribute('data-secret')!==d.secret||f.contentWindow!==e.source)return;
				document.querySelector('blockquote').style.display='none';f.removeAttribute('style');
				if(d.message==='height'){var h=parseInt(d.value,10);if(h>1000)h=1000;else if(~~h<200)h=200;f.height=h;}});
			f.addEventListener('load',function(){f.contentWindow.postMessage({message:'ready',secret:'${secret}'},'*')});})();</script>`;
		await page.goto(host.put('/wordpress.html', hostPage(wp)));
		const frame = await embedFrame(page);
		await expect.poll(() => page.locator('iframe').getAttribute('style'), { timeout: 3000 }).toBeNull();
		const inner = Math.ceil(await contentHeight(frame));
		await expect.poll(() => page.locator('iframe').getAttribute('height'), { timeout: 3000 }).toBe(String(Math.min(Math.max(inner, 200), 1000)));
		const wpMessages = (await received(page)).filter((m) => (m.data as { message?: string })?.message === 'height');
		expect(wpMessages.length).toBeGreaterThan(0);
		expect(wpMessages.every((m) => m.origin === 'null' && (m.data as { secret: string }).secret === secret)).toBe(true);
		expect(await frame.locator('[data-event-id]').count()).toBeGreaterThan(0);
	});
});

describe('sandboxed (opaque origin)', () => {
	it('renders, searches, posts its height from origin "null", throws nothing, and offers links instead of popups and fullscreen', async () => {
		const { page, context } = session;
		await catchErrors(context);
		const { code } = await snippetFor(page);
		// As WordPress does it: sandboxed to scripts only, and the `allow` attribute stripped.
		await page.goto(host.put('/sandbox.html', hostPage(code.replace('<iframe ', '<iframe sandbox="allow-scripts" ').replace(' allow="fullscreen"', ''))));
		const frame = await embedFrame(page);
		expect(await frame.evaluate(() => self.origin)).toBe('null');
		// The premise: storage throws here.
		expect(
			await frame.evaluate(() => {
				try {
					void localStorage.length;
					return 'no error';
				} catch (e) {
					return (e as Error).name;
				}
			})
		).toBe('SecurityError');
		expect(await frame.locator('[data-testid="chart"] [data-event-id]').count()).toBeGreaterThan(0);
		const { outer, inner } = await settled(page, frame);
		expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
		const messages = ours(await received(page));
		expect(messages.length).toBeGreaterThan(0);
		expect(messages.every((m) => m.origin === 'null')).toBe(true);
		expect(await caught(frame)).toEqual([]);
		expect(await frame.getByTestId('fullscreen').count()).toBe(0);
		for (const id of ['open-full', 'open-present']) {
			const link = frame.getByTestId(id);
			expect(await link.getAttribute('target')).toBe('_blank');
			expect(await link.getAttribute('rel')).toContain('noopener');
		}
		expect(await frame.getByTestId('open-present').getAttribute('href')).toBe(`${app.url}?timeline=${TIMELINE}&lang=en&present`);
		// A command from the host is checked by the embed's side script, a classic script that loads from the opaque origin too.
		const id = await frame.locator('[data-event-id]').nth(2).getAttribute('data-event-id');
		const send = (m: object) => page.evaluate((c) => (window as unknown as { IncidentTimeline: { send: (f: Element, c: object) => boolean } }).IncidentTimeline.send(document.querySelector('iframe')!, c), m);
		expect(await send({ type: 'incident-timeline:goto', event: id })).toBe(true);
		await expect.poll(() => frame.getByTestId('details').getAttribute('data-event-id')).toBe(id);
		// The search's code comes with the search box's focus, as a side script too.
		await frame.getByRole('searchbox').fill('NSO');
		await expect.poll(() => frame.locator('[data-testid="search-results"] button').count()).toBeGreaterThan(0);
		// d3-zoom's gestures came after the first picture, as a side script too.
		expect(await frame.evaluate(() => [...document.scripts].filter((s) => s.src).map((s) => new URL(s.src).pathname.split('/').pop()))).toEqual([
			expect.stringMatching(/^embed-[\w-]+\.js$/),
			expect.stringMatching(/^embed-zoom-[\w-]+\.js$/),
			expect.stringMatching(/^embed-side-[\w-]+\.js$/),
			expect.stringMatching(/^embed-search-[\w-]+\.js$/)
		]);
		expect(await caught(frame)).toEqual([]);
	});

	it('in Arabic, takes its words from a classic side script of their own, from the opaque origin too', async () => {
		const { page, context } = session;
		await catchErrors(context);
		// What the "Open full view" link says when it first appears, before anything could redraw it.
		await context.addInitScript(() => {
			const w = window as unknown as { firstLink?: string };
			new MutationObserver((_, observer) => {
				const link = document.querySelector('[data-testid="open-full"]');
				if (!link) return;
				w.firstLink = link.textContent ?? '';
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		const { code } = await snippetFor(page, '&lang=ar');
		expect(code).toContain('lang=ar');
		await page.goto(host.put('/sandbox-ar.html', hostPage(code.replace('<iframe ', '<iframe sandbox="allow-scripts" '))));
		const frame = await embedFrame(page);
		expect(await frame.evaluate(() => self.origin)).toBe('null');
		expect(await frame.evaluate(() => document.documentElement.dir)).toBe('rtl');
		// The first render is in Arabic, not English for a moment: the words came before the embed was shown.
		expect(await frame.evaluate(() => (window as unknown as { firstLink?: string }).firstLink)).toContain('افتح العرض الكامل');
		expect(await frame.locator('footer .count').innerText()).toMatch(/لكلٍّ منها مصادره/);
		const scripts = () => frame.evaluate(() => [...document.scripts].filter((s) => s.src).map((s) => new URL(s.src).pathname.split('/').pop()));
		// Not the validator's side script: the shipped timeline needs no validation. d3-zoom's gestures come after the
		// first picture.
		await expect
			.poll(scripts)
			.toEqual([expect.stringMatching(/^embed-[\w-]+\.js$/), expect.stringMatching(/^embed-ar-[\w-]+\.js$/), expect.stringMatching(/^embed-zoom-[\w-]+\.js$/)]);
		expect(await caught(frame)).toEqual([]);
	});

	it('in Arabic, falls back to English words when their script cannot load', async () => {
		const { page } = session;
		const { code } = await snippetFor(page, '&lang=ar');
		await page.route('**/assets/embed-ar-*.js', (route) => route.fulfill({ status: 404, body: '' }));
		try {
			await page.goto(host.put('/missing-ar.html', hostPage(code)));
			const frame = await embedFrame(page);
			expect(await frame.getByTestId('open-full').innerText()).toContain('Open full view');
			expect(await frame.locator('[data-testid="chart"] [data-event-id]').count()).toBeGreaterThan(0);
			// The browser logs the failed script as a console error; nothing else is logged.
			expect(session.seen.errors.splice(0)).toEqual([expect.stringContaining('404')]);
		} finally {
			await page.unroute('**/assets/embed-ar-*.js');
		}
	});

	it('offers fullscreen where the host allows it', async () => {
		const { page } = session;
		const { code } = await snippetFor(page);
		await page.goto(host.put('/fullscreen.html', hostPage(code)));
		const frame = await embedFrame(page);
		// Its icon is drawn, not a character (⛶ is missing from many systems' fonts), and its name is spoken.
		const button = frame.getByTestId('fullscreen');
		expect(await button.locator('svg[aria-hidden="true"]').count()).toBe(1);
		expect(await button.evaluate((b) => [...b.querySelectorAll('[aria-hidden="true"]')].map((e) => e.textContent).join(''))).toBe('');
		expect(await button.evaluate((b) => (b.textContent ?? '').trim())).toBe('Full screen');
		await frame.getByTestId('fullscreen').click();
		await expect.poll(() => frame.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null)).toBe('embed');
		await frame.getByTestId('fullscreen').click();
		await expect.poll(() => frame.evaluate(() => document.fullscreenElement)).toBeNull();
	});
});

describe('the host loader and the embed refuse what is not theirs', () => {
	const trio = (code: string) =>
		hostPage(`${code}<iframe id="other" srcdoc="<p>another widget</p>" title="Another widget"></iframe>`);

	it('ignores height messages from another frame and from the host page itself', async () => {
		const { page } = session;
		const { code } = await snippetFor(page);
		await page.goto(host.put('/others.html', trio(code)));
		const frame = await embedFrame(page);
		const { outer } = await settled(page, frame);
		const forged = { type: 'incident-timeline:resize', v: 1, height: 3000 };
		await page.evaluate((m) => window.postMessage(m, '*'), forged);
		await page.frameLocator('#other').locator('p').waitFor();
		await page.frames().find((f) => f.url().startsWith('about:srcdoc'))?.evaluate((m) => parent.postMessage(m, '*'), forged);
		for (const bad of [{ ...forged, height: 'NaN' }, { ...forged, height: -5 }, { ...forged, height: 20000 }, { ...forged, height: '900' }]) {
			await frame.evaluate((m) => parent.postMessage(m, '*'), bad);
		}
		await page.waitForTimeout(300);
		expect(await iframeHeight(page)).toBe(outer);
		// A well-formed message from the embed itself still works (the control for the checks above).
		await frame.evaluate((m) => parent.postMessage(m, '*'), { ...forged, height: 640 });
		await expect.poll(() => iframeHeight(page)).toBe(640);
	});

	it('never navigates the host on a message', async () => {
		const { page } = session;
		let dialogs = 0;
		page.on('dialog', async (d) => {
			dialogs++;
			await d.dismiss();
		});
		const { code } = await snippetFor(page);
		const url = host.put('/navigate.html', hostPage(code));
		await page.goto(url);
		const frame = await embedFrame(page);
		for (const m of [
			{ type: 'incident-timeline:navigate', url: 'javascript:alert(1)' },
			`pymxPYMxg1xPYMxnavigateToxPYMxjavascript:alert(1)`,
			{ message: 'link', value: 'javascript:alert(1)', secret: 'abcDEF1234' }
		]) {
			await frame.evaluate((msg) => parent.postMessage(msg, '*'), m);
		}
		await page.waitForTimeout(300);
		expect(page.url()).toBe(url);
		expect(dialogs).toBe(0);
	});

	it('takes commands from its parent only, not from a sibling frame', async () => {
		const { page } = session;
		const { code } = await snippetFor(page);
		await page.goto(host.put('/commands.html', trio(code)));
		const frame = await embedFrame(page);
		const id = await frame.locator('[data-event-id]').nth(3).getAttribute('data-event-id');
		const command = { type: 'incident-timeline:goto', event: id };
		await page.frameLocator('#other').locator('p').waitFor();
		const sibling = page.frames().find((f) => f.url().startsWith('about:srcdoc'));
		await sibling?.evaluate((m) => (parent.frames[0] as Window).postMessage(m, '*'), command);
		await page.waitForTimeout(300);
		expect(await frame.getByTestId('details').count()).toBe(0);
		// The embed talking to itself is not its parent either.
		await frame.evaluate((m) => window.postMessage(m, '*'), command);
		await page.waitForTimeout(200);
		expect(await frame.getByTestId('details').count()).toBe(0);
		// The same command from the host, through the loader's API: the event opens.
		expect(await page.evaluate((m) => (window as unknown as { IncidentTimeline: { send: (f: Element, c: object) => boolean } }).IncidentTimeline.send(document.querySelector('iframe')!, m), command)).toBe(true);
		await expect.poll(() => frame.getByTestId('details').getAttribute('data-event-id')).toBe(id);
	});

	it('applies range and language commands, and ignores malformed ones', async () => {
		const { page } = session;
		const { code } = await snippetFor(page);
		await page.goto(host.put('/range.html', hostPage(code)));
		const frame = await embedFrame(page);
		const send = (m: object) =>
			page.evaluate((c) => (window as unknown as { IncidentTimeline: { send: (f: Element, c: object) => boolean } }).IncidentTimeline.send(document.querySelector('iframe')!, c), m);
		const svg = frame.locator('[data-testid="chart"] svg');
		const before = await svg.getAttribute('data-domain-start');
		await send({ type: 'incident-timeline:range', start: '2019-05-10', end: 'not a date' });
		await send({ type: 'incident-timeline:range', start: '2019-05-10', end: '2019-05-16', extra: 1 });
		await send({ type: 'incident-timeline:lang', lang: '<b>' });
		await page.waitForTimeout(300);
		expect(await svg.getAttribute('data-domain-start')).toBe(before);
		await send({ type: 'incident-timeline:range', start: '2019-05-10', end: '2019-05-16' });
		await expect.poll(() => svg.getAttribute('data-domain-start')).toBe('2019-05-10T00:00:00.000Z');
		expect(await svg.getAttribute('data-domain-end')).toBe('2019-05-17T00:00:00.000Z');
		await send({ type: 'incident-timeline:lang', lang: 'ar' });
		await expect.poll(() => frame.evaluate(() => document.documentElement.dir)).toBe('rtl');
	});
});

describe('a good guest', () => {
	it('stepping through events inside the embed does not grow the host’s history', async () => {
		const { page } = session;
		const { code } = await snippetFor(page);
		const before = host.put('/before.html', hostPage('<p>Previous article</p>'));
		await page.goto(before);
		const url = host.put('/history.html', hostPage(code));
		await page.goto(url);
		const frame = await embedFrame(page);
		const length = await page.evaluate(() => history.length);
		const marks = frame.locator('[data-testid="chart"] [data-event-id]');
		await marks.first().focus();
		for (let i = 0; i < 5; i++) {
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Enter');
			await frame.getByTestId('details').waitFor();
			await page.keyboard.press('Escape');
		}
		await page.waitForTimeout(400);
		expect(await page.evaluate(() => history.length)).toBe(length);
		await page.goBack();
		expect(page.url()).toBe(before);
	});

	it('a plain wheel scrolls the article and shows a hint; Ctrl+wheel zooms the chart', async () => {
		const { page } = session;
		const { code } = await snippetFor(page);
		await page.goto(host.put('/wheel.html', hostPage(code, { filler: true })));
		const frame = await embedFrame(page);
		await settled(page, frame);
		const svg = frame.locator('[data-testid="chart"] svg');
		await page.evaluate(() => document.querySelector('iframe')?.scrollIntoView({ block: 'center' }));
		const box = await svg.boundingBox();
		if (!box) throw new Error('no chart');
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		const zoom = await svg.getAttribute('data-zoom');
		const scroll = await page.evaluate(() => scrollY);
		await page.mouse.wheel(0, 200);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scroll);
		expect(await svg.getAttribute('data-zoom')).toBe(zoom);
		await expect.poll(() => frame.getByTestId('wheel-hint').textContent()).toMatch(/Ctrl|⌘/);
		const box2 = await svg.boundingBox();
		if (!box2) throw new Error('no chart');
		await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
		const scroll2 = await page.evaluate(() => scrollY);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -100);
		await page.keyboard.up('Control');
		await expect.poll(() => svg.getAttribute('data-zoom')).not.toBe(zoom);
		expect(await page.evaluate(() => scrollY)).toBe(scroll2);
	});

	it('on a touch screen one finger is left to the page, two fingers pinch the chart', async () => {
		await session.restart({ viewport: { width: 1024, height: 900 }, hasTouch: true });
		const { code } = await snippetFor(session.page);
		await session.page.goto(host.put('/touch.html', hostPage(code)));
		const frame = await embedFrame(session.page);
		const svg = frame.locator('[data-testid="chart"] svg');
		// The browser may scroll the page with one finger (pan), but pinch-zoom is the chart's.
		expect(await frame.locator('[data-testid="chart"]').evaluate((e) => getComputedStyle(e).touchAction)).toBe('pan-x pan-y');
		const gesture = (fingers: number, spread: number) =>
			frame.evaluate(
				({ fingers, spread }) => {
					const target = document.querySelector('[data-testid="chart"] svg') as SVGSVGElement;
					const r = target.getBoundingClientRect();
					const cx = r.left + r.width / 2;
					const y = r.top + r.height / 2;
					const at = (step: number) =>
						Array.from({ length: fingers }, (_, i) => {
							const side = fingers === 1 ? 0 : i === 0 ? -1 : 1;
							return new Touch({ identifier: i + 1, target, clientX: cx + side * (40 + step * spread) + (fingers === 1 ? step * 60 : 0), clientY: y });
						});
					const fire = (type: string, touches: Touch[], changed: Touch[]) =>
						target.dispatchEvent(new TouchEvent(type, { touches, targetTouches: touches, changedTouches: changed, bubbles: true, cancelable: true }));
					fire('touchstart', at(0), at(0));
					for (let step = 1; step <= 5; step++) fire('touchmove', at(step), at(step));
					fire('touchend', [], at(5));
				},
				{ fingers, spread }
			);
		// Zoomed in, so that a one-finger drag could pan if the chart took it.
		await frame.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(() => svg.getAttribute('data-zoom')).toBe('2.000');
		const before = { zoom: await svg.getAttribute('data-zoom'), start: await svg.getAttribute('data-domain-start') };
		await gesture(1, 0);
		await session.page.waitForTimeout(100);
		expect({ zoom: await svg.getAttribute('data-zoom'), start: await svg.getAttribute('data-domain-start') }).toEqual(before);
		await gesture(2, 30);
		await expect.poll(async () => Number(await svg.getAttribute('data-zoom'))).toBeGreaterThan(Number(before.zoom));
	});

	it('every link leaves the frame for a new tab; none navigates the frame', async () => {
		const { page } = session;
		const { code } = await snippetFor(page);
		await page.goto(host.put('/links.html', hostPage(code)));
		const frame = await embedFrame(page);
		await frame.locator('[data-testid="chart"] [data-event-id]').first().focus();
		await page.keyboard.press('Enter');
		await frame.getByTestId('details').waitFor();
		await page.waitForTimeout(400); // the embed's own URL (replaceState) settles
		const links = await frame.locator('a[href]').evaluateAll((as) => as.map((a) => ({ target: a.getAttribute('target'), rel: a.getAttribute('rel') ?? '' })));
		expect(links.length).toBeGreaterThan(1);
		for (const l of links) expect(l.target === '_blank' ? l.rel.includes('noopener') : l.target === '_top' || l.target === '_parent').toBe(true);
		const frameUrl = frame.url();
		const popup = page.context().waitForEvent('page');
		await frame.getByTestId('open-full').click();
		const opened = await popup;
		await opened.waitForLoadState();
		expect(opened.url()).toMatch(/\/news\/graphics\/timeline\/\?timeline=whatsapp-nso-2019/);
		expect(await opened.locator('[data-testid="embed"]').count()).toBe(0);
		expect(frame.url()).toBe(frameUrl);
		await opened.close();
	});

	it('two embeds of different views on one page both size themselves and have distinct titles', async () => {
		const { page } = session;
		const a = await snippetFor(page);
		const b = await snippetFor(page, '&start=2019-05-10&end=2019-05-16');
		await page.goto(host.put('/two.html', hostPage(`${a.code}<p>Between the two.</p>${b.code}`)));
		const titles = await page.locator('iframe').evaluateAll((fs) => fs.map((f) => f.getAttribute('title')));
		expect(titles).toHaveLength(2);
		expect(new Set(titles).size).toBe(2);
		for (const t of titles) expect(t).toContain('WhatsApp');
		for (const i of [0, 1]) {
			const frame = await embedFrame(page, i);
			const { outer, inner } = await settled(page, frame, i);
			expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
		}
		const second = await embedFrame(page, 1);
		expect(await second.locator('[data-testid="chart"] svg').getAttribute('data-domain-start')).toBe('2019-05-10T00:00:00.000Z');
	});
});

describe('the embed code dialog and oEmbed', () => {
	it('gives a snippet for the current view: titled iframe, lazy, fullscreen allowed, reserved height, fallback link; copies it', async () => {
		const { page, context } = session;
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
		await page.goto(`${app.url}?timeline=${TIMELINE}&start=2019-05-10&end=2019-05-16`);
		await page.locator('[data-event-id]').first().waitFor();
		await page.getByTestId('embed-open').click();
		const dialog = page.getByTestId('embed-dialog');
		// Its code loads on the first press: the dialog opens as soon as it is in.
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
		await page.getByTestId('embed-width').fill('700');
		const code = await page.getByTestId('embed-code').inputValue();
		const predicted = Number(/(\d+)/.exec((await page.getByTestId('embed-height').textContent()) ?? '')?.[1]);
		await page.getByTestId('embed-copy').click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
		await page.keyboard.press('Escape');
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('embed-open');
		// Parsed on a host page: the app's own policy would (rightly) refuse the snippet's inline styles.
		await page.goto(host.put('/parse.html', hostPage('')));
		const parsed = await page.evaluate((html) => {
			const doc = new DOMParser().parseFromString(html, 'text/html');
			const iframe = doc.querySelector('iframe');
			const wrapper = iframe?.parentElement;
			const fallback = doc.querySelector('noscript a, blockquote a');
			return {
				title: iframe?.getAttribute('title'),
				src: iframe?.getAttribute('src'),
				loading: iframe?.getAttribute('loading'),
				allow: iframe?.getAttribute('allow'),
				minHeight: wrapper?.style.minHeight,
				fallback: fallback?.textContent,
				fallbackHref: fallback?.getAttribute('href'),
				loader: doc.querySelector('script')?.getAttribute('src')
			};
		}, code);
		expect(parsed.title).toContain('The 2019 WhatsApp spyware breach');
		expect(parsed.title).toMatch(/May 2019/);
		expect(parsed.loading).toBe('lazy');
		expect(parsed.allow).toContain('fullscreen');
		const view = `timeline=${TIMELINE}&lang=en&start=2019-05-10&end=2019-05-16`;
		expect(parsed.src).toBe(`${app.url}embed.html?${view}`);
		expect(parsed.fallback).toContain('The 2019 WhatsApp spyware breach');
		expect(parsed.fallbackHref).toBe(`${app.url}?${view}`);
		expect(parsed.loader).toBe(`${app.url}embed.js`);
		expect(parsed.minHeight).toBe(`${predicted}px`);
		// The prediction is the embed's real height at that width (a phone-width column gets the list's).
		await page.goto(host.put('/predicted.html', hostPage(code, { column: 724 })));
		const frame = await embedFrame(page);
		const { outer } = await settled(page, frame);
		expect(Math.abs(outer - predicted)).toBeLessThanOrEqual(2);
	});

	it('publishes a static oEmbed response, discoverable from the reader page', async () => {
		const { page } = session;
		await page.goto(app.url);
		const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
		const href = await link.getAttribute('href');
		expect(href, 'build with TIMELINE_SITE_URL set to the served address (npm test does)').toBeTruthy();
		const pageUrl = `${app.url}?timeline=${TIMELINE}`;
		expect(href).toContain(`url=${encodeURIComponent(pageUrl)}`);
		const response = await page.request.get(href ?? '');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/^application\/json/);
		const body = (await response.json()) as Record<string, unknown>;
		expect(body.version).toBe('1.0');
		expect(body.type).toBe('rich');
		expect(body.html).toEqual(expect.stringContaining('<iframe'));
		expect(body.html).toEqual(expect.stringContaining('title="The 2019 WhatsApp spyware breach'));
		expect(Number.isInteger(body.width) && (body.width as number) > 0).toBe(true);
		expect(Number.isInteger(body.height) && (body.height as number) > 0).toBe(true);
		expect(typeof body.provider_name).toBe('string');
		expect(body.title).toBe(await link.getAttribute('title'));
		expect(body.provider_url).toBe(app.url);
		const thumb = await page.request.get(String(body.thumbnail_url));
		expect(thumb.status()).toBe(200);
		// No <meta> policy tries to set frame-ancestors (browsers ignore it there).
		for (const path of ['', 'embed.html']) {
			await page.goto(app.url + path);
			const policies = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((ms) => ms.map((m) => m.getAttribute('content')));
			expect(policies.length).toBe(1);
			expect(policies[0]).not.toContain('frame-ancestors');
		}
	});

	it('the reader page with ?embed shows the embed and keeps it across its URL updates', async () => {
		const { page } = session;
		await page.goto(`${app.url}?timeline=${TIMELINE}&embed`);
		await page.getByTestId('embed').waitFor();
		await page.locator('[data-testid="chart"] [data-event-id]').first().focus();
		await page.keyboard.press('+');
		await expect.poll(() => page.evaluate(() => location.search), { timeout: 3000 }).toMatch(/start=/);
		expect(new URL(page.url()).searchParams.has('embed')).toBe(true);
		await page.reload();
		await page.getByTestId('embed').waitFor();
	});
});
