// The benchmark's measuring (bench/measure.ts), run once against the built app: it must report what `npm run bench`
// tables, and a peer page that fails must be reported as failed at once, not after the run's time cap.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launch } from './harness';
import { startRefuser, startServer, type BenchServer } from '../../bench/server';
import { blockingArgs, measureRun } from '../../bench/measure';
import { Capped } from '../../bench/cap';
import { TARGETS, type Target } from '../../bench/targets';
import { ZOOM_STEPS, PAN_MOVES } from '../../bench/interact';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const target = (id: string) => TARGETS.find((t) => t.id === id) as Target;
const CAPS = { renderMs: 30_000, phaseMs: 20_000 };

let browser: Browser;
let server: BenchServer;
let dir: string;
beforeAll(async () => {
	// A bench folder of its own: the built app as .app/, the peers' pages, and no peer packages (so vis-timeline's
	// page fails to find its library).
	dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
	symlinkSync(root('dist'), join(dir, '.app'), 'dir');
	symlinkSync(root('bench/peers'), join(dir, 'peers'), 'dir');
	server = await startServer({ benchDir: dir, breachFile: root('data/whatsapp-nso-2019.json') });
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the benchmark’s measurement', () => {
	it('measures our reader on the breach timeline: render time, bytes, heap, nodes, and every zoom and pan step', async () => {
		const blocked: string[] = [];
		const run = await measureRun({ browser, origin: server.origin, target: target('ours'), size: 'breach', caps: CAPS, onBlocked: (b) => blocked.push(b.url) });
		expect(run.note).toBeUndefined();
		expect(run.renderMs).toBeGreaterThan(0);
		expect(run.renderMs).toBeLessThan(CAPS.renderMs);
		// It waited for the browser's own work for the new page (at least one window of CPU readings) before loading.
		expect(run.settle?.waitedMs).toBeGreaterThanOrEqual(100);
		expect(run.bytes.scripts).toBeGreaterThan(20_000);
		expect(run.bytes.styles).toBeGreaterThan(1_000);
		expect(run.heapBytes).toBeGreaterThan(1_000_000);
		expect(run.domNodes).toBeGreaterThan(100);
		expect(run.zoom?.steps).toBe(ZOOM_STEPS);
		expect(run.pan?.steps).toBe(PAN_MOVES);
		expect(run.zoom?.frames.length).toBeGreaterThan(0);
		expect(blocked).toEqual([]);
	});

	it('reports a peer page that fails as failed, with its reason, not as a run that hit the time cap', async () => {
		const failure = measureRun({ browser, origin: server.origin, target: target('vis'), size: 20, caps: CAPS, onBlocked: () => undefined });
		const error = await failure.then(
			() => undefined,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(Error);
		expect(error).not.toBeInstanceOf(Capped);
		expect(String(error)).toMatch(/error: .*vis/);
	});
});

describe('requests to other hosts during the benchmark', () => {
	// A page that asks for two other hosts (by name and by address) and for its own server, and says what came back:
	// the mark when both others failed and its own answered, `timeline:failed` otherwise.
	const PAGE = `<!doctype html><meta charset="utf-8"><title>remote</title><body><script>
		const outcome = (p) => p.then((r) => r.ok, () => false);
		Promise.all([outcome(fetch('https://fonts.gstatic.com/s/x.ttf')), outcome(fetch('http://192.0.2.1/x.png')), outcome(fetch('/events/20.json'))]).then(([a, b, own]) =>
			!a && !b && own
				? requestAnimationFrame(() => setTimeout(() => performance.mark('timeline:rendered')))
				: performance.mark('timeline:failed', { detail: JSON.stringify({ a, b, own }) })
		);
	</script>`;
	let blockingBrowser: Browser;
	let refuser: Awaited<ReturnType<typeof startRefuser>>;
	let pageServer: BenchServer;
	let pageDir: string;
	beforeAll(async () => {
		pageDir = mkdtempSync(join(tmpdir(), 'bench-remote-'));
		mkdirSync(join(pageDir, 'peers'));
		writeFileSync(join(pageDir, 'peers', 'remote.html'), PAGE);
		pageServer = await startServer({ benchDir: pageDir, breachFile: root('data/whatsapp-nso-2019.json') });
		refuser = await startRefuser();
		blockingBrowser = await launch(blockingArgs(refuser.port));
	});
	afterAll(async () => {
		await blockingBrowser?.close();
		await pageServer?.close();
		await refuser?.close();
		rmSync(pageDir, { recursive: true, force: true });
	});

	it('fail without being intercepted, and are each reported; the page’s own requests go through', async () => {
		const remote: Target = { id: 'floor', label: 'remote', path: () => '/peers/remote.html', chart: 'body', zoom: 'none', pan: false };
		const blocked: string[] = [];
		const run = await measureRun({ browser: blockingBrowser, origin: pageServer.origin, target: remote, size: 'breach', caps: CAPS, onBlocked: (b) => blocked.push(b.url) });
		expect(run.renderMs).toBeGreaterThan(0);
		expect(blocked.sort()).toEqual(['http://192.0.2.1/x.png', 'https://fonts.gstatic.com/s/x.ttf']);
		// They failed at the refusing proxy, not for want of a network: one connection each at least.
		expect(refuser.connections()).toBeGreaterThanOrEqual(2);
	});
});
