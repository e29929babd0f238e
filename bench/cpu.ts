// How much CPU the rest of the machine used while the benchmark measured: the machine's busy time (/proc/stat) less
// the benchmark's own (this Node process and everything under it: the browser, its renderers, its zygote's reaped
// children). The load average cannot tell them apart: a browser loading page after page kept it between 1.4 and 2.2
// on two cores by itself (8 December 2026). Linux only (undefined elsewhere).
import { readFileSync, readdirSync } from 'node:fs';

/** CPU time in clock ticks (USER_HZ, the unit of both /proc/stat and /proc/<pid>/stat). */
export interface CpuSample {
	/** The machine's busy time, all CPUs: user, nice, system, irq, softirq (guest time is within user). */
	busy: number;
	/** Everything /proc/stat counts, idle and waiting included: the machine's capacity over the same time. */
	total: number;
	/** Time the hypervisor gave to others while this machine wanted to run. */
	steal: number;
	/** The benchmark's own processes, live ones and those their parents have reaped. */
	own: number;
}

/** The first line of /proc/stat (all CPUs) as busy, total and steal ticks; undefined when it is not that line. */
export function parseMachine(stat: string): Pick<CpuSample, 'busy' | 'total' | 'steal'> | undefined {
	const line = stat.split('\n', 1)[0];
	if (!/^cpu\s/.test(line)) return undefined;
	// user nice system idle iowait irq softirq steal guest guest_nice; guest time is already counted in user.
	const [user, nice, system, idle, iowait, irq, softirq, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
	if ([user, nice, system, idle, iowait, irq, softirq].some((v) => !Number.isFinite(v))) return undefined;
	const busy = user + nice + system + irq + softirq;
	return { busy, total: busy + idle + iowait + steal, steal };
}

export interface ProcessTicks {
	pid: number;
	ppid: number;
	/** Its own time and its reaped children's: utime + stime + cutime + cstime. */
	ticks: number;
}

/**
 * One /proc/<pid>/stat line. The command name, in brackets, may hold spaces and brackets of its own, so the fields
 * are read after the last `)`: state, ppid, then (counting from state as 0) utime at 11, stime, cutime, cstime.
 */
export function parseProcess(stat: string): ProcessTicks | undefined {
	const open = stat.indexOf('(');
	const close = stat.lastIndexOf(')');
	if (open < 0 || close < open) return undefined;
	const pid = Number(stat.slice(0, open).trim());
	const fields = stat.slice(close + 1).trim().split(/\s+/);
	const [ppid, utime, stime, cutime, cstime] = [1, 11, 12, 13, 14].map((i) => Number(fields[i]));
	if (![pid, ppid, utime, stime, cutime, cstime].every(Number.isFinite)) return undefined;
	return { pid, ppid, ticks: utime + stime + cutime + cstime };
}

/**
 * The ticks of `root` and every process under it. A child that has exited and been waited for is in its parent's
 * cutime and cstime, so the renderers of closed browser contexts still count (their zygote reaps them).
 */
export function treeTicks(root: number, processes: readonly ProcessTicks[]): number {
	const children = new Map<number, ProcessTicks[]>();
	for (const p of processes) {
		const siblings = children.get(p.ppid);
		if (siblings) siblings.push(p);
		else children.set(p.ppid, [p]);
	}
	const self = processes.find((p) => p.pid === root);
	let sum = self?.ticks ?? 0;
	const seen = new Set([root]);
	const queue = [...(children.get(root) ?? [])];
	while (queue.length > 0) {
		const p = queue.pop() as ProcessTicks;
		if (seen.has(p.pid)) continue;
		seen.add(p.pid);
		sum += p.ticks;
		queue.push(...(children.get(p.pid) ?? []));
	}
	return sum;
}

/** What the rest of the machine used between two samples, in cores (1 = one core kept busy throughout). */
export interface OtherWork {
	/** Busy time that was not the benchmark's, over the time that passed, in cores. */
	otherCores: number;
	/** Time the hypervisor gave to other machines, in cores. */
	stealCores: number;
	/** The benchmark's own processes, in cores. */
	ownCores: number;
}

/** Between two samples; `cores` turns the machine's share into cores. Undefined when no time passed. */
export function otherWork(start: CpuSample, end: CpuSample, cores: number): OtherWork | undefined {
	const total = end.total - start.total;
	if (!(total > 0)) return undefined;
	const share = (ticks: number) => (Math.max(0, ticks) / total) * cores;
	const own = end.own - start.own;
	return { otherCores: share(end.busy - start.busy - own), stealCores: share(end.steal - start.steal), ownCores: share(own) };
}

/** Every process /proc lists now (those that vanish while it is read are left out). */
function processes(): ProcessTicks[] {
	const found: ProcessTicks[] = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const p = parseProcess(readFileSync(`/proc/${name}/stat`, 'utf8'));
			if (p) found.push(p);
		} catch {
			// Gone since the directory was listed.
		}
	}
	return found;
}

/** A sample now, for this process's tree; undefined where there is no /proc (not Linux). */
export function sampleCpu(root = process.pid): CpuSample | undefined {
	try {
		const machine = parseMachine(readFileSync('/proc/stat', 'utf8'));
		return machine && { ...machine, own: treeTicks(root, processes()) };
	} catch {
		return undefined;
	}
}
