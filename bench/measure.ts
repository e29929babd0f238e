// One run of one target at one size, in a fresh browser context: load to the `timeline:rendered` mark, then the
// first-load bytes, the heap after a forced GC, the DOM size, and the interactions' frame times.
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import type { Target } from './targets';
import type { Blocked, Bytes, Run, Size } from './types';
import { wheelZoom, apiZoom, dragPan, chartCentre } from './interact';
import { Capped, within } from './cap';

export interface Caps {
	renderMs: number;
	phaseMs: number;
}

export const VIEWPORT = { width: 1280, height: 800 };

const isLocal = (url: URL) => url.hostname === '127.0.0.1';

/** Sums the compressed size of the scripts, stylesheets and fonts a page has received (HTML and data excluded). */
async function compressedBytes(responses: Response[]): Promise<Bytes> {
	const bytes: Bytes = { scripts: 0, styles: 0, fonts: 0 };
	for (const response of responses) {
		const type = response.request().resourceType();
		const key = type === 'script' ? 'scripts' : type === 'stylesheet' ? 'styles' : type === 'font' ? 'fonts' : undefined;
		if (!key || !response.ok()) continue;
		bytes[key] += gzipSync(await response.body(), { level: 9 }).length;
	}
	return bytes;
}

/** The mark's time since navigation start, polling the page's performance timeline. */
async function renderTime(page: Page): Promise<number> {
	const handle = await page.waitForFunction(
		() => {
			const mark = performance.getEntriesByName('timeline:rendered')[0];
			const failed = document.body?.dataset.error;
			return mark ? mark.startTime : failed ? `error: ${failed}` : false;
		},
		undefined,
		{ polling: 50, timeout: 0 }
	);
	const value = (await handle.jsonValue()) as number | string;
	if (typeof value === 'string') throw new Error(value);
	return value;
}

export interface RunOptions {
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
		await context.route(
			(url) => !isLocal(url),
			(route) => {
				onBlocked({ target: target.id, url: route.request().url().split('?')[0] });
				return route.abort('blockedbyclient');
			}
		);
		const page = await context.newPage();
		const crashed = new Promise<never>((_, reject) => page.once('crash', () => reject(new Capped('the page crashed'))));
		crashed.catch(() => undefined);
		const responses: Response[] = [];
		const collect = (r: Response) => void responses.push(r);
		page.on('response', collect);

		const capText = `did not render within ${Math.round(caps.renderMs / 1000)} s`;
		const loaded = (async () => {
			await page.goto(origin + target.path(size), { waitUntil: 'commit', timeout: caps.renderMs });
			return renderTime(page);
		})();
		const renderMs = await within(Promise.race([loaded, crashed]), caps.renderMs, capText);
		page.off('response', collect);

		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = await cdp.send('Runtime.getHeapUsage');
		const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
		const bytes = await compressedBytes(responses);
		const run: Run = { renderMs, heapBytes: heap.usedSize, domNodes, bytes };

		if (target.zoom === 'none' && !target.pan) return run;
		const centre = await chartCentre(page, target.chart);
		if (!centre) return { ...run, note: `no visible ${target.chart} to interact with` };
		try {
			if (target.zoom === 'wheel') run.zoom = await Promise.race([wheelZoom(page, centre, caps.phaseMs), crashed]);
			if (target.zoom === 'api') run.zoom = await Promise.race([apiZoom(page, caps.phaseMs), crashed]);
			if (target.pan) run.pan = await Promise.race([dragPan(page, centre, caps.phaseMs), crashed]);
		} catch (e) {
			// An interaction that hangs or crashes the page keeps the load figures, which were taken before it.
			run.note = `interactions stopped: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
		}
		return run;
	} finally {
		await within(context.close(), 30_000, 'context did not close').catch(() => undefined);
	}
}
