import { describe, it, expect } from 'vitest';
import { untilQuiet, SETTLE } from '../../bench/settle';

/** A browser whose processes have used these CPU totals (ms) at each reading, on a clock that sleeps advance. */
function browser(readings: number[]) {
	let now = 0;
	let read = 0;
	const slept: number[] = [];
	return {
		cpuMs: async () => readings[Math.min(read++, readings.length - 1)],
		sleep: async (ms: number) => void (slept.push(ms), (now += ms)),
		clock: () => now,
		slept,
		reads: () => read
	};
}

describe('waiting for the browser to go quiet before a page loads (bench/settle.ts)', () => {
	it('waits through the work a new page sets off, and stops at the first window under a tenth of a core', async () => {
		// As measured after a new page: 160, 180, 210, 160, 120, 90 ms of CPU per 100 ms, then 4.
		const b = browser([0, 160, 340, 550, 710, 830, 920, 924, 924]);
		const r = await untilQuiet(b.cpuMs, b.sleep, b.clock);
		expect(r).toEqual({ quiet: true, waitedMs: 700 });
		expect(b.slept).toEqual(Array(7).fill(SETTLE.windowMs));
		expect(b.reads()).toBe(8);
	});

	it('goes on at once after one window when the browser is already quiet', async () => {
		const b = browser([500, 509]);
		expect(await untilQuiet(b.cpuMs, b.sleep, b.clock)).toEqual({ quiet: true, waitedMs: 100 });
	});

	it('counts a window of exactly the threshold as busy', async () => {
		const b = browser([0, 10, 15]);
		expect(await untilQuiet(b.cpuMs, b.sleep, b.clock)).toEqual({ quiet: true, waitedMs: 200 });
	});

	it('gives up after the longest wait, and says the browser never went quiet', async () => {
		const busy = Array.from({ length: 100 }, (_, i) => i * 50);
		const b = browser(busy);
		const r = await untilQuiet(b.cpuMs, b.sleep, b.clock, { windowMs: 100, quietMs: 10, maxMs: 1_000 });
		expect(r).toEqual({ quiet: false, waitedMs: 1_000 });
		expect(b.slept.length).toBe(10);
	});
});
