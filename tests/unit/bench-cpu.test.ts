import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { otherWork, parseMachine, parseProcess, sampleCpu, treeTicks, type CpuSample, type ProcessTicks } from '../../bench/cpu';
import { machineLines } from '../../bench/report';
import type { Results } from '../../bench/types';

describe('the CPU the rest of the machine used (bench/cpu.ts)', () => {
	it('reads the machine’s busy, total and stolen ticks from /proc/stat’s first line', () => {
		const stat = 'cpu  100 5 40 800 20 3 2 7 11 0\ncpu0 50 2 20 400 10 1 1 3 5 0\nintr 1 2 3\n';
		// busy = user + nice + system + irq + softirq (guest is inside user); total adds idle, iowait and steal.
		expect(parseMachine(stat)).toEqual({ busy: 150, total: 977, steal: 7 });
		expect(parseMachine('cpu0 50 2 20 400 10 1 1 3 5 0\n')).toBeUndefined();
		expect(parseMachine('intr 1 2 3')).toBeUndefined();
	});

	it('reads a process’s own and reaped children’s ticks, whatever its name holds', () => {
		const fields = (ppid: number) => `S ${ppid} 7 7 0 -1 4194560 10 20 0 0 31 9 100 60 20 0 12 0 500`;
		expect(parseProcess(`4321 (chromium) ${fields(42)}`)).toEqual({ pid: 4321, ppid: 42, ticks: 31 + 9 + 100 + 60 });
		// A name with spaces and brackets of its own: the fields are read after the last `)`.
		expect(parseProcess(`77 (Web (Content) x) ${fields(4321)}`)).toEqual({ pid: 77, ppid: 4321, ticks: 200 });
		expect(parseProcess('garbage')).toBeUndefined();
	});

	it('sums a process and everything under it, and nothing else', () => {
		const p = (pid: number, ppid: number, ticks: number): ProcessTicks => ({ pid, ppid, ticks });
		const all = [p(1, 0, 1000), p(10, 1, 5), p(11, 10, 7), p(12, 11, 100), p(13, 10, 3), p(20, 1, 999), p(21, 20, 50)];
		expect(treeTicks(10, all)).toBe(5 + 7 + 100 + 3);
		expect(treeTicks(11, all)).toBe(107);
		expect(treeTicks(99, all)).toBe(0);
	});

	it('takes the benchmark’s own time out of the machine’s busy time, in cores', () => {
		const start: CpuSample = { busy: 1000, total: 5000, steal: 10, own: 400 };
		// 2,000 ticks of capacity on 2 cores: 1,000 ticks of elapsed time. 900 busy, 700 of them the benchmark's.
		const end: CpuSample = { busy: 1900, total: 7000, steal: 30, own: 1100 };
		const w = otherWork(start, end, 2);
		expect(w?.otherCores).toBeCloseTo(0.2);
		expect(w?.ownCores).toBeCloseTo(0.7);
		expect(w?.stealCores).toBeCloseTo(0.02);
		// Ticks are sampled a moment apart: a tree that counted a little more than the machine is not negative work.
		expect(otherWork(start, { ...end, own: 1950 }, 2)?.otherCores).toBe(0);
		expect(otherWork(start, start, 2)).toBeUndefined();
	});

	it.runIf(existsSync('/proc/stat'))(
		'counts a process outside this one’s tree as other work, and a child of this one as its own',
		async () => {
			const dir = mkdtempSync(join(tmpdir(), 'bench-cpu-'));
			/** Spins until it has used `ms` of CPU, then leaves a file named `done`. */
			const spinner = (ms: number, done: string) =>
				`const u=()=>{const c=process.cpuUsage();return (c.user+c.system)/1000};while(u()<${ms});require('fs').writeFileSync(${JSON.stringify(join(dir, done))},'')`;
			const exited = (args: string[], env: Record<string, string> = {}) =>
				new Promise<void>((resolve, reject) => spawn(args[0], args.slice(1), { stdio: 'ignore', env: { ...process.env, ...env } }).on('exit', () => resolve()).on('error', reject));
			const until = async (file: string) => {
				while (!existsSync(join(dir, file))) await new Promise((r) => setTimeout(r, 20));
			};
			try {
				// This process's tree is this file's alone: vitest runs each test file in a fork of its own (its default pool).
				const a = sampleCpu() as CpuSample;
				// An orphan: the shell starts it in the background and exits, so it is no longer under this process.
				await exited(['sh', '-c', '"$NODE" -e "$SPIN" >/dev/null 2>&1 &'], { NODE: process.execPath, SPIN: spinner(400, 'other') });
				await until('other');
				const b = sampleCpu() as CpuSample;
				// A child, waited for: its time is in this process's reaped children's.
				await exited([process.execPath, '-e', spinner(400, 'own')]);
				const c = sampleCpu() as CpuSample;
				const ticks = (from: CpuSample, to: CpuSample) => ({ own: to.own - from.own, other: to.busy - from.busy - (to.own - from.own) });
				// 400 ms of CPU is 40 ticks at Linux's USER_HZ of 100. Anything else the machine did only adds to "other".
				expect(ticks(a, b).other).toBeGreaterThanOrEqual(35);
				expect(ticks(a, b).own).toBeLessThan(20);
				expect(ticks(b, c).own).toBeGreaterThanOrEqual(35);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		},
		30_000
	);
});

describe('the report’s account of the machine', () => {
	const results = (machine: Partial<Results['machine']>): Results => ({
		date: '2026-12-08T00:00:00.000Z',
		code: { commit: 'abc1234', dirty: false },
		machine: { cpu: 'Test CPU', cores: 2, memoryBytes: 8 * 2 ** 30, os: 'Linux', node: 'v20', chromium: '156', load: { start: [1.4, 1.2, 0.6], end: [2.18, 1.5, 1.1] }, ...machine },
		elapsedMs: 900_000,
		caps: { renderMs: 60_000, phaseMs: 20_000 },
		sizes: [],
		breachEvents: 41,
		cells: [],
		blocked: []
	});

	it('tells a quiet machine from a busy one by other processes’ CPU, not by the load average', () => {
		const quiet = machineLines(results({ otherWork: { otherCores: 0.03, stealCores: 0, ownCores: 1.52 } }));
		expect(quiet).toContain('other processes while measuring: 0.03 of a core, and 0.00 of a core taken by the hypervisor (under 0.1: a quiet machine)');
		expect(quiet).toContain('own processes, Node and Chromium, used 1.52 of a core');
		// The load average of 2.18 is the benchmark's own: no word of other work.
		expect(quiet).not.toContain('sharing the CPU');
		expect(quiet).not.toContain('the machine was busy');
		const busy = machineLines(results({ otherWork: { otherCores: 0.08, stealCores: 0.05, ownCores: 1.4 } }));
		expect(busy).toContain('(over 0.1: other work was sharing the CPU, and every figure is slower for it)');
	});

	it('without the CPU figures, says only that the machine was busy, not with what', () => {
		const lines = machineLines(results({}));
		expect(lines).toContain("(above 2: the machine was busy, with the benchmark's own work or with other work)");
		expect(machineLines(results({ load: { start: [0.5, 0.5, 0.5], end: [1.5, 1, 1] } }))).not.toContain('busy');
	});
});
