// The benchmark's measuring (bench/measure.ts), run once against the built app: it must report what `npm run bench`
// tables, and a peer page that fails must be reported as failed at once, not after the run's time cap.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launch } from './harness';
import { startServer, type BenchServer } from '../../bench/server';
import { measureRun } from '../../bench/measure';
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
