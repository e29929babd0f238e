// Before each navigation: wait for the browser to go quiet. Headless Chromium spends about 0.7 s of CPU in the half
// second after a new page opens (its own tab and omnibox pages in a renderer of theirs, and the browser process); a
// page loaded at once shares the machine's two cores with that work, and every page's load time carried a few
// hundred milliseconds of the browser's own. A reader's tab is open before they follow a link, so the run waits.
import type { Browser, CDPSession } from 'playwright-core';

export interface SettleOptions {
	/** Length of the window over which the browser's CPU time is read. */
	windowMs: number;
	/** CPU time (all the browser's processes together) under which a window counts as quiet. */
	quietMs: number;
	/** The longest wait: a browser that never goes quiet is measured anyway after it. */
	maxMs: number;
}

export const SETTLE: SettleOptions = { windowMs: 100, quietMs: 10, maxMs: 5_000 };

/**
 * Waits until one window of `windowMs` in which the processes `cpuMs` reads used under `quietMs` of CPU, or `maxMs`.
 * Returns whether it went quiet and the time waited (as `clock` counts it).
 */
export async function untilQuiet(
	cpuMs: () => Promise<number>,
	sleep: (ms: number) => Promise<void>,
	clock: () => number,
	{ windowMs, quietMs, maxMs }: SettleOptions = SETTLE
): Promise<{ quiet: boolean; waitedMs: number }> {
	const start = clock();
	let last = await cpuMs();
	while (clock() - start < maxMs) {
		await sleep(windowMs);
		const now = await cpuMs();
		if (now - last < quietMs) return { quiet: true, waitedMs: clock() - start };
		last = now;
	}
	return { quiet: false, waitedMs: clock() - start };
}

/** The CPU time of all of the browser's processes (browser, renderers, GPU, utilities), in ms, through CDP. */
export function browserCpu(session: CDPSession): () => Promise<number> {
	return async () => {
		const { processInfo } = await session.send('SystemInfo.getProcessInfo');
		return processInfo.reduce((sum, p) => sum + p.cpuTime, 0) * 1000;
	};
}

/** untilQuiet on a Chromium browser. */
export async function settle(browser: Browser, options: SettleOptions = SETTLE): Promise<{ quiet: boolean; waitedMs: number }> {
	const session = await browser.newBrowserCDPSession();
	try {
		return await untilQuiet(browserCpu(session), (ms) => new Promise((done) => setTimeout(done, ms)), () => performance.now(), options);
	} finally {
		await session.detach().catch(() => undefined);
	}
}
