// One run of one target at one size, in a fresh browser context: once the browser is quiet (settle.ts), load to the
// `timeline:rendered` mark, then the first-load bytes, the heap after a forced GC, the DOM size, and the interactions'
// frame times.
import { gzipSync } from 'node:zlib';
import type { Browser, ConsoleMessage, Page, Response } from 'playwright-core';
import type { Target } from './targets';
import type { Blocked, Bytes, Run, Size } from './types';
import { wheelZoom, apiZoom, dragPan, chartCentre } from './interact';
import { Capped, within } from './cap';
import { settle } from './settle';
import { firstLine } from './format';

export interface Caps {
	renderMs: number;
	phaseMs: number;
}

export const VIEWPORT = { width: 1280, height: 800 };

/** A request that would leave the machine: the web's schemes, to another host than the server's. */
const isRemote = (url: URL) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1';

/**
 * Chromium's arguments that keep every page on this machine without touching its requests: all but loopback go to a
 * proxy that refuses every connection (startRefuser in server.ts; Chromium sends loopback direct), and no host name is
 * looked up. A page that asks for another host gets a failed request, as it did when the benchmark aborted it.
 */
export function blockingArgs(refuserPort: number): string[] {
	return [`--proxy-server=http://127.0.0.1:${refuserPort}`, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
}

/**
 * Sums the compressed size of the scripts, stylesheets and fonts among `responses` that the page asked for before its
 * `timeline:rendered` mark (HTML and data excluded). What it asks for after its first render (our d3-zoom gestures)
 * is left out however soon it arrives: counting what had arrived when the mark reached Node made that a race.
 */
async function compressedBytes(page: Page, responses: Response[]): Promise<Bytes> {
	const asked = new Set(
		await page.evaluate((name) => {
			const mark = performance.getEntriesByName(name)[0].startTime;
			return performance
				.getEntriesByType('resource')
				.filter((e) => e.startTime < mark)
				.map((e) => e.name);
		}, RENDERED)
	);
	const bytes: Bytes = { scripts: 0, styles: 0, fonts: 0 };
	for (const response of responses.filter((r) => asked.has(r.url()))) {
		const type = response.request().resourceType();
		const key = type === 'script' ? 'scripts' : type === 'stylesheet' ? 'styles' : type === 'font' ? 'fonts' : undefined;
		if (!key || !response.ok()) continue;
		bytes[key] += gzipSync(await response.body(), { level: 9 }).length;
	}
	return bytes;
}

const RENDERED = 'timeline:rendered';
const FAILED = 'timeline:failed';

/**
 * Runs in the page before its own scripts: reports the `timeline:rendered` mark, or a peer page's
 * `timeline:failed` mark with its reason, on the console. The page is only observed: polling it with
 * `waitForFunction` made Playwright evaluate its utility script in the page as the load began (tens of milliseconds
 * of the main thread, just when the page's first scripts run), then a task every poll.
 */
function reporter(names: { rendered: string; failed: string }) {
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.name === names.rendered) console.debug(`${names.rendered} ${entry.startTime}`);
			if (entry.name === names.failed) console.debug(`${names.failed} ${String((entry as PerformanceMark).detail)}`);
		}
	}).observe({ type: 'mark', buffered: true });
}

/** The mark's time since navigation start, as the page reports it; rejects on the page's failure. Set up before navigating. */
function renderTime(page: Page): Promise<number> {
	return new Promise((resolve, reject) => {
		const listen = (message: ConsoleMessage) => {
			const text = message.text();
			if (text.startsWith(`${RENDERED} `)) resolve(Number(text.slice(RENDERED.length + 1)));
			else if (text.startsWith(`${FAILED} `)) reject(new Error(`error: ${text.slice(FAILED.length + 1)}`));
			else return;
			page.off('console', listen);
		};
		page.on('console', listen);
	});
}

export interface RunOptions {
	/** Launched with blockingArgs: the run only watches for requests to other hosts, it does not stop them. */
	browser: Browser;
	origin: string;
	target: Target;
	size: Size;
	caps: Caps;
	/** Called for each request to another host, which is aborted. */
	onBlocked(blocked: Omit<Blocked, 'count'>): void;
}

export async function measureRun({ browser, origin, target, size, caps, onBlocked }: RunOptions): Promise<Run> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, timezoneId: 'UTC', locale: 'en-GB', serviceWorkers: 'block' });
	try {
		// Requests to other hosts are only seen here: the browser sends them to a proxy that refuses them
		// (blockingArgs). Intercepting them with a route paused every request of the page, our own included, for a round
		// trip through this process: at 10,000 events our reader's two chunks asked for after the parse took 35–40 ms
		// to arrive, against 7 without (our render +17 ms; vis-timeline's, with fewer requests, level within noise).
		context.on('request', (request) => {
			const url = new URL(request.url());
			if (isRemote(url)) onBlocked({ target: target.id, url: request.url().split('?')[0] });
		});
		await context.addInitScript(reporter, { rendered: RENDERED, failed: FAILED });
		const page = await context.newPage();
		// The browser's own work for a new page, out of the way of the load (settle.ts).
		const settled = await settle(browser);
		const crashed = new Promise<never>((_, reject) => page.once('crash', () => reject(new Capped('the page crashed'))));
		crashed.catch(() => undefined);
		const responses: Response[] = [];
		const collect = (r: Response) => void responses.push(r);
		page.on('response', collect);

		const capText = `did not render within ${Math.round(caps.renderMs / 1000)} s`;
		const rendered = renderTime(page);
		rendered.catch(() => undefined);
		const loaded = (async () => {
			await page.goto(origin + target.path(size), { waitUntil: 'commit', timeout: caps.renderMs });
			return rendered;
		})();
		const renderMs = await within(Promise.race([loaded, crashed]), caps.renderMs, capText);
		page.off('response', collect);

		// The heap once the page has done what it does after its first picture (ours puts a large timeline's events into
		// columns then, a part at a time: src/lib/model/store.ts): the browser quiet again, as before a load (settle.ts).
		await settle(browser);
		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
		const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
		const bytes = await compressedBytes(page, responses);
		const run: Run = { renderMs, settle: settled, heapBytes: heap.usedSize, outsideHeapBytes: heap.backingStorageSize, domNodes, bytes };

		if (target.zoom === 'none' && !target.pan) return run;
		const centre = await chartCentre(page, target.chart);
		if (!centre) return { ...run, note: `no visible ${target.chart} to interact with` };
		try {
			if (target.zoom === 'wheel') run.zoom = await Promise.race([wheelZoom(page, centre, caps.phaseMs), crashed]);
			if (target.zoom === 'api') run.zoom = await Promise.race([apiZoom(page, caps.phaseMs), crashed]);
			if (target.pan) run.pan = await Promise.race([dragPan(page, centre, caps.phaseMs), crashed]);
		} catch (e) {
			// An interaction that hangs or crashes the page keeps the load figures, which were taken before it.
			run.note = `interactions stopped: ${firstLine(e)}`;
		}
		return run;
	} finally {
		await within(context.close(), 30_000, 'context did not close').catch(() => undefined);
	}
}
