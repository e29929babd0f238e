// The shapes the benchmark's measuring, scheduling and reporting share (results.json is a `Results`).
import type { OtherWork } from './cpu';

/** What is measured: our reader page, our embed page, and the two peers' pages. */
export type TargetId = 'ours' | 'embed' | 'vis' | 'timelinejs' | 'floor';

/** A synthetic timeline's event count, or the real breach timeline. */
export type Size = number | 'breach';

/** Frame times during one scripted interaction (wheel zoom or drag pan). */
export interface Phase {
	/** Milliseconds between successive animation frames, from the first input to the last. */
	frames: number[];
	/** Steps sent before the phase's time cap (out of `planned`). */
	steps: number;
	planned: number;
	/** How the phase was driven when that differs from the others (e.g. TimelineJS's zoom through its API). */
	how?: string;
}

/** Compressed sizes (gzip level 9) of what a page loaded before its first complete render. */
export interface Bytes {
	scripts: number;
	styles: number;
	fonts: number;
}

/** One run: a fresh browser context, one page load, its measurements. */
export interface Run {
	/** Navigation start to the `timeline:rendered` mark. */
	renderMs: number;
	/** How long the new page waited for the browser to go quiet before navigating (bench/settle.ts); `quiet` false when it never did. */
	settle?: { quiet: boolean; waitedMs: number };
	/** V8's used heap after a forced garbage collection, once rendered and the page idle. */
	heapBytes: number;
	/** What that leaves out: ArrayBuffers' and external strings' memory (the CDP's backingStorageSize), where Chromium reports it. */
	outsideHeapBytes?: number;
	domNodes: number;
	bytes: Bytes;
	zoom?: Phase;
	pan?: Phase;
	/** Why an interaction was left out or cut short, in plain words. */
	note?: string;
	/** A run of the load alone (no interactions), added to a cell whose interactions were too long for five runs. */
	loadOnly?: true;
}

/**
 * Every run of one target at one size. `capped`: a run did not render within the cap (or the page crashed), so
 * the rest of that size and the larger sizes were skipped; `skipped`: not run, `note` says why.
 */
export interface Cell {
	target: TargetId;
	size: Size;
	status: 'ok' | 'capped' | 'skipped';
	runs: Run[];
	/** Runs planned for this cell (fewer than the default when the time budget asked for it). */
	planned: number;
	note?: string;
}

export interface Machine {
	cpu: string;
	cores: number;
	memoryBytes: number;
	os: string;
	node: string;
	chromium: string;
	/** Load averages (1, 5, 15 minutes) when measuring started and ended; they count the benchmark's own processes too. */
	load: { start: number[]; end: number[] };
	/** The CPU the rest of the machine used while measuring (cpu.ts); none where it cannot be read (not Linux). */
	otherWork?: OtherWork;
}

/** A request to another host than 127.0.0.1, refused (measure.ts, blockingArgs) and counted. */
export interface Blocked {
	target: TargetId;
	url: string;
	count: number;
}

export interface Results {
	date: string;
	/** The commit the app was built from, and whether the app's files had uncommitted changes then. */
	code: { commit: string; dirty: boolean };
	machine: Machine;
	/** Wall-clock time of the whole benchmark, build included. */
	elapsedMs: number;
	caps: { renderMs: number; phaseMs: number };
	sizes: Size[];
	/** How many events the breach timeline has. */
	breachEvents: number;
	cells: Cell[];
	blocked: Blocked[];
	/** Time to the mark of a page with nothing to draw (bench/peers/floor.html), each run: what every render time includes here. */
	floorMs?: number[];
}
