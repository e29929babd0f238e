// `npm run bench`: builds the app, then measures it, vis-timeline and TimelineJS on the same timelines in one
// Chromium session, and writes bench/RESULTS.md and bench/results.json.
import os from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/find-chromium.mjs';
import { installPeers, buildApp } from './setup';
import { startServer, startRefuser, warm, breachEvents } from './server';
import { blockingArgs, measureRun } from './measure';
import { Capped } from './cap';
import { TARGETS, FLOOR, type Target } from './targets';
import { DEFAULT_RUNS, cappedBelow, fairShare, inTurns, loadOnlyRuns, ordered, oursReserve, runsFor, type Turns } from './plan';
import { frameStats } from './stats';
import { count, firstLine, mb, ms, sizeLabel } from './format';
import { report } from './report';
import { otherWork, sampleCpu, type CpuSample } from './cpu';
import type { Blocked, Cell, Results, Run, Size } from './types';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const BREACH_FILE = join(ROOT, 'data', 'whatsapp-nso-2019.json');
const CAPS = { renderMs: 60_000, phaseMs: 20_000 };
const BUDGET_MS = 20 * 60_000;
/** No run starts after this, so that even a run that hits every cap (about 2.5 minutes) ends within the budget. */
const LAST_START_MS = BUDGET_MS - 150_000;

/** A comma-separated list from the environment, or the default when the variable is not set. */
function fromEnv<T>(name: string, all: T[], parse: (s: string) => T): T[] {
	const raw = process.env[name];
	return raw ? raw.split(',').map((s) => parse(s.trim())) : all;
}

const sizes = ordered(fromEnv<Size>('BENCH_SIZES', ['breach', 20, 1_000, 10_000, 50_000, 100_000], (s) => (s === 'breach' ? s : Number(s))));
const targetIds = fromEnv('BENCH_TARGETS', TARGETS.map((t) => t.id), (s) => s);
const targets = TARGETS.filter((t) => targetIds.includes(t.id));
const runsWanted = Number(process.env.BENCH_RUNS ?? DEFAULT_RUNS);

const started = Date.now();
const elapsed = () => Date.now() - started;
const clock = () => {
	const s = Math.floor(elapsed() / 1000);
	return `[${String(Math.floor(s / 60)).padStart(2)}:${String(s % 60).padStart(2, '0')}]`;
};

/** One line per run, so that a long benchmark shows where it is. */
function progress(target: Target, size: Size, i: number, planned: number, run: Run, kind = 'run') {
	const p95 = (frames?: number[]) => (frames ? `${ms(frameStats(frames)?.p95 ?? NaN)} ms` : '–');
	console.log(
		`${clock()} ${target.label}, ${sizeLabel(size)}: ${kind} ${i + 1}/${planned}: render ${ms(run.renderMs)} ms, heap ${mb(run.heapBytes)} MB, ` +
			`${count(run.domNodes)} nodes, zoom p95 ${p95(run.zoom?.frames)}, pan p95 ${p95(run.pan?.frames)}${run.note ? ` (${run.note})` : ''}`
	);
}

interface Session {
	browser: Browser;
	origin: string;
	cells: Cell[];
	blocked: Map<string, Blocked>;
}

/**
 * The runs of one target at one size, under the cap rule and the time budget, taken one at a time (plan.ts's inTurns):
 * the full runs first (their number set by the first one's length), then, for a cell cut for the length of its
 * interactions, loads alone. `allowance` says how much more time this cell may take (main: our reader's is all that is
 * left; any other's its share).
 */
class CellTurns implements Turns {
	readonly #runs: Run[] = [];
	#planned = runsWanted;
	/** Loads alone to do once the full runs are done (undefined until then), and those done. */
	#extra: number | undefined;
	#extraDone = 0;
	#spentMs = 0;
	#cell: Cell | undefined;

	constructor(
		readonly session: Session,
		readonly target: Target,
		readonly size: Size,
		readonly allowance: () => number
	) {
		const blocker = cappedBelow(session.cells, target.id, size);
		if (blocker) this.#finish('skipped', { planned: 0, note: `not run (${blocker.note} at ${sizeLabel(blocker.size)})` });
	}

	get done(): boolean {
		return this.#cell !== undefined;
	}

	/** The cell, once done. */
	get cell(): Cell {
		if (!this.#cell) throw new Error(`${this.target.id} at ${sizeLabel(this.size)} is not measured yet`);
		return this.#cell;
	}

	/** The time this cell may still take: its share, and the benchmark's last start. */
	#left = () => Math.min(LAST_START_MS - elapsed(), this.allowance());

	/** The time its runs have taken so far. */
	get spentMs(): number {
		return this.#spentMs;
	}

	#finish(status: Cell['status'], { planned = this.#planned, note }: { planned?: number; note?: string } = {}) {
		this.#cell = { target: this.target.id, size: this.size, status, runs: this.#runs, planned, ...(note ? { note } : {}) };
	}

	#measure(target: Target): Promise<Run> {
		const { session } = this;
		const onBlocked = ({ target: id, url }: Omit<Blocked, 'count'>) => {
			const key = `${id} ${url}`;
			const b = session.blocked.get(key) ?? { target: id, url, count: 0 };
			session.blocked.set(key, { ...b, count: b.count + 1 });
		};
		return measureRun({ browser: session.browser, origin: session.origin, target, size: this.size, caps: CAPS, onBlocked });
	}

	async step(): Promise<void> {
		if (this.#cell) return;
		const started = Date.now();
		try {
			await this.#next();
		} finally {
			this.#spentMs += Date.now() - started;
		}
	}

	async #next(): Promise<void> {
		const { target, size } = this;
		const runs = this.#runs;
		if (this.#extra === undefined && runs.length < this.#planned && elapsed() < LAST_START_MS) {
			const i = runs.length;
			const runStarted = Date.now();
			try {
				const run = await this.#measure(target);
				runs.push(run);
				if (i === 0) this.#planned = runsFor(Date.now() - runStarted, this.#left(), runsWanted);
				progress(target, size, i, this.#planned, run);
			} catch (e) {
				// Capped, crashed or failed: this target cannot hold this size, so the larger ones are not tried.
				const note = e instanceof Capped ? e.message : `failed: ${firstLine(e)}`;
				console.log(`${clock()} ${target.label}, ${sizeLabel(size)}: run ${i + 1}: ${note}`);
				this.#finish('capped', { note });
			}
			return;
		}
		if (runs.length === 0) return this.#finish('skipped', { planned: 0, note: 'not run (20-minute budget spent)' });
		// Runs cut for the length of their interactions: the load alone again, for a median render time, heap and DOM size.
		this.#extra ??= loadOnlyRuns(runs.length, runs[0].renderMs, this.#left(), runsWanted);
		if (this.#extraDone >= this.#extra || elapsed() >= LAST_START_MS) return this.#finish('ok');
		try {
			const run = { ...(await this.#measure({ ...target, zoom: 'none', pan: false })), loadOnly: true as const };
			runs.push(run);
			progress(target, size, this.#extraDone++, this.#extra, run, 'load-only run');
		} catch (e) {
			console.log(`${clock()} ${target.label}, ${sizeLabel(size)}: load-only run: ${firstLine(e)}`);
			this.#finish('ok');
		}
	}
}

/** The commit the app is built from, and whether the app's own files differ from it (another change in progress). */
function codeVersion(): Results['code'] {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
	try {
		const commit = git('rev-parse', '--short', 'HEAD');
		const dirty = git('status', '--porcelain', '--', 'src', 'index.html', 'embed.html', 'vite.config.ts', 'data', 'public') !== '';
		return { commit, dirty };
	} catch {
		return { commit: 'unknown (not a git checkout)', dirty: false };
	}
}

function writeReport(results: Results) {
	writeFileSync(join(BENCH, 'RESULTS.md'), report(results));
}

async function main() {
	const code = codeVersion();
	installPeers(BENCH);
	buildApp(ROOT, join(BENCH, '.app'));
	const server = await startServer({ benchDir: BENCH, breachFile: BREACH_FILE });
	// Generating the 100,000-event timeline takes seconds: do it now rather than inside someone's load time.
	await warm(server.origin, sizes.filter((s): s is number => s !== 'breach'));
	const refuser = await startRefuser();
	const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: [...CHROMIUM_ARGS, ...blockingArgs(refuser.port)] });
	const chromiumVersion = browser.version();
	const session: Session = { browser, origin: server.origin, cells: [], blocked: new Map() };
	console.log(`${clock()} Chromium ${chromiumVersion}, serving ${server.origin}`);
	const loadAtStart = os.loadavg();
	const cpuAtStart = sampleCpu();
	const floorMs: number[] = [];
	let cpuAtEnd: CpuSample | undefined;
	try {
		// The floor first: the same load, in the same kind of fresh context, of a page that draws nothing.
		const floor = new CellTurns(session, FLOOR, 'breach', () => Infinity);
		await inTurns([floor]);
		floorMs.push(...floor.cell.runs.map((r) => r.renderMs));
		// Size by size, the pages take turns run by run (inTurns). Our reader's runs are cut only when one run is long;
		// every other cell gets at most a fair share of the time left, so that the peers' large sizes, where they hit
		// the cap, are still tried within the budget. The share is reckoned afresh at each run: the time left, less what
		// our reader's cells still to come will take (at the time its finished ones took), split among the other cells
		// not finished yet, this size's and the larger ones'. A cell that finishes early leaves its time to the others.
		const ours: CellTurns[] = [];
		const oursMeasured = targets.some((t) => t.id === 'ours');
		for (const [i, size] of sizes.entries()) {
			const cells: CellTurns[] = [];
			const later = sizes.slice(i + 1);
			const unfinished = () =>
				cells.filter((c) => c.target.id !== 'ours' && !c.done).length +
				later.flatMap((s) => targets.filter((t) => t.id !== 'ours' && !cappedBelow([...session.cells, ...cells.filter((c) => c.done).map((c) => c.cell)], t.id, s))).length;
			const allowance = (): number => {
				// Nothing to set aside when our reader is not measured (BENCH_TARGETS without `ours`).
				const reserve = oursMeasured ? oursReserve(ours.filter((c) => c.done).map((c) => c.spentMs), later.length, ours.find((c) => c.size === size && !c.done)?.spentMs) : 0;
				return fairShare(LAST_START_MS - elapsed() - reserve, unfinished());
			};
			for (const target of targets) cells.push(new CellTurns(session, target, size, target.id === 'ours' ? () => Infinity : allowance));
			ours.push(...cells.filter((c) => c.target.id === 'ours'));
			await inTurns(cells);
			session.cells.push(...cells.map((c) => c.cell));
		}
	} finally {
		// Before the browser closes: its processes, and the renderers its zygote reaped, are still in the tree.
		cpuAtEnd = sampleCpu();
		await browser.close();
		await server.close();
		await refuser.close();
	}
	const results: Results = {
		date: new Date().toISOString(),
		code,
		machine: {
			cpu: os.cpus()[0]?.model ?? 'unknown',
			cores: os.cpus().length,
			memoryBytes: os.totalmem(),
			os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
			node: process.version,
			chromium: chromiumVersion,
			load: { start: loadAtStart, end: os.loadavg() },
			otherWork: cpuAtStart && cpuAtEnd && otherWork(cpuAtStart, cpuAtEnd, os.cpus().length)
		},
		elapsedMs: elapsed(),
		caps: CAPS,
		sizes,
		breachEvents: breachEvents(BREACH_FILE).length,
		cells: session.cells,
		blocked: [...session.blocked.values()],
		floorMs
	};
	writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, '\t') + '\n');
	writeReport(results);
	console.log(`${clock()} Wrote bench/RESULTS.md and bench/results.json (${(elapsed() / 60_000).toFixed(1)} minutes).`);
}

// `--report-only`: rewrite RESULTS.md from results.json, without measuring (after a change to the report's wording).
if (process.argv.includes('--report-only')) writeReport(JSON.parse(readFileSync(join(BENCH, 'results.json'), 'utf8')) as Results);
else await main();
