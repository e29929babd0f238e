// Writes bench/RESULTS.md from the results: our figures beside each peer's and the ratio, the first-load bytes,
// the targets met or not, and the requests blocked. Pure: results in, Markdown out.
import { cellSummary, cellText, count, kb, mb, ms, percent, ratio, sizeLabel, summaryText, table, type Metric } from './format';
import { verdicts, verdictText } from './goals';
import { frameStats, summarize } from './stats';
import { DEFAULT_RUNS } from './plan';
import { TARGETS } from './targets';
import type { Cell, Phase, Results, Run, Size, TargetId } from './types';
import type { OtherWork } from './cpu';

interface MetricTable {
	title: string;
	/** One sentence on what the figure is. */
	about: string;
	metric: Metric;
	format: (v: number) => string;
	/** Whether the embed page has this figure (it is not interacted with). */
	embed: boolean;
	/** Whether a peer ÷ ours column means something for this figure. */
	ratios: boolean;
	extra?: (runs: Run[]) => string | undefined;
}

const cellOf = (results: Results, target: TargetId, size: Size): Cell | undefined =>
	results.cells.find((c) => c.target === target && c.size === size);

/** "42/60 steps in 20 s" when some run could not send all its steps within the phase's cap. */
const stepsDone = (phase: (run: Run) => Phase | undefined, capMs: number) => (runs: Run[]) => {
	const phases = runs.map(phase).filter((p): p is Phase => p !== undefined);
	if (phases.length === 0) return undefined;
	const fewest = Math.min(...phases.map((p) => p.steps));
	return fewest < phases[0].planned ? `only ${fewest}/${phases[0].planned} steps in ${Math.round(capMs / 1000)} s` : undefined;
};

function phaseTables(name: string, phase: (run: Run) => Phase | undefined, capMs: number): MetricTable[] {
	const stat = (pick: 'p50' | 'p95' | 'over'): Metric => (run) => {
		const p = phase(run);
		return p ? frameStats(p.frames)?.[pick] : undefined;
	};
	const common = { embed: false, extra: stepsDone(phase, capMs) };
	return [
		{ title: `${name}: frame time p95 (ms)`, about: 'The 95th percentile of the gaps between animation frames.', metric: stat('p95'), format: ms, ratios: true, ...common },
		{ title: `${name}: frame time p50 (ms)`, about: 'The median gap between animation frames.', metric: stat('p50'), format: ms, ratios: true, ...common },
		{ title: `${name}: share of frames over 16.7 ms`, about: 'Frames that missed a 60 Hz refresh.', metric: stat('over'), format: percent, ratios: false, ...common }
	];
}

const tables = (results: Results): MetricTable[] => [
	{ title: 'Time to first complete render (ms)', about: `From navigation start to the \`timeline:rendered\` mark, data fetch included.${floorText(results)}`, metric: (r) => r.renderMs, format: ms, embed: true, ratios: true },
	{ title: 'JS heap after render (MB)', about: 'V8’s used heap after a forced garbage collection, once the page has done its work after its first picture (the browser quiet again, as before a load: at most 5 s), before any interaction.', metric: (r) => r.heapBytes, format: mb, embed: true, ratios: true },
	{ title: 'Memory outside the JS heap after render (MB)', about: 'What the heap leaves out, measured at the same moment: the bytes of ArrayBuffers and external strings (the DevTools protocol’s backingStorageSize). A large timeline’s events lie here in our app, as columns: the two tables together are what a page holds in JavaScript.', metric: (r) => r.outsideHeapBytes, format: mb, embed: true, ratios: true },
	{ title: 'DOM nodes after render', about: 'Elements in the document once rendered.', metric: (r) => r.domNodes, format: count, embed: true, ratios: true },
	...phaseTables('Wheel zoom', (r) => r.zoom, results.caps.phaseMs),
	...phaseTables('Drag pan', (r) => r.pan, results.caps.phaseMs)
];

/** What a page with nothing to draw takes to the mark in this run, if it was measured: every render time includes it. */
export function floorText(results: Results): string {
	const s = summarize(results.floorMs ?? []);
	if (!s) return '';
	return ` A page with nothing to draw and no library (bench/peers/floor.html), loaded the same way, reaches its mark in ${summaryText(s, ms)} ms: navigation, a fresh browser context and one frame, which every time below includes.`;
}

/** One figure's table: a row per size, our columns, then each peer with its ratio to our reader. */
export function metricTable(results: Results, t: MetricTable): string {
	const label = (id: TargetId) => TARGETS.find((x) => x.id === id)?.label ?? id;
	const ours: TargetId[] = t.embed ? ['ours', 'embed'] : ['ours'];
	const peers: TargetId[] = ['vis', 'timelinejs'];
	const head = [
		'Events',
		...ours.map(label),
		...peers.flatMap((p) => (t.ratios ? [label(p), `${label(p)} ÷ ours`] : [label(p)]))
	];
	const rows = results.sizes.map((size) => {
		const text = (id: TargetId) => cellText(cellOf(results, id, size), t.metric, t.format, t.extra);
		const base = cellSummary(cellOf(results, 'ours', size), t.metric)?.median;
		const peerCells = peers.flatMap((p) => {
			if (!t.ratios) return [text(p)];
			return [text(p), ratio(cellSummary(cellOf(results, p, size), t.metric)?.median, base)];
		});
		return [sizeLabel(size, results.breachEvents), ...ours.map(text), ...peerCells];
	});
	return `### ${t.title}\n\n${t.about}\n\n${table(head, rows)}`;
}

/** First-load bytes on the breach timeline, for each page. */
export function bytesTable(results: Results): string {
	const pick = (id: TargetId, f: (r: Run) => number) => cellSummary(cellOf(results, id, 'breach'), f)?.median;
	const reader = pick('ours', (r) => r.bytes.scripts + r.bytes.styles);
	const rows = TARGETS.map((t) => {
		const js = pick(t.id, (r) => r.bytes.scripts);
		const css = pick(t.id, (r) => r.bytes.styles);
		const fonts = pick(t.id, (r) => r.bytes.fonts);
		const both = js === undefined || css === undefined ? undefined : js + css;
		const k = (v: number | undefined) => (v === undefined ? 'n/a' : kb(v));
		return [t.label, k(js), k(css), k(both), k(fonts), t.id === 'ours' ? '1×' : ratio(both, reader)];
	});
	return table(['Page', 'JS (KB gzip)', 'CSS (KB gzip)', 'JS + CSS (KB gzip)', 'Fonts (KB gzip)', 'JS + CSS ÷ reader'], rows);
}

export function goalsTable(results: Results): string {
	return table(
		['Target', 'Measured (median)', 'Result'],
		verdicts(results).map((v) => [v.goal, v.measured, verdictText(v.met)])
	);
}

export function blockedSection(results: Results): string {
	if (results.blocked.length === 0) return 'No page asked for anything outside 127.0.0.1.';
	const label = (id: TargetId) => TARGETS.find((x) => x.id === id)?.label ?? id;
	const rows = results.blocked.map((b) => [label(b.target), b.url, count(b.count)]);
	return `Every request to another host failed: the browser sent it to a proxy on 127.0.0.1 that refuses every connection (the figures above are without them):\n\n${table(['Page', 'URL (query left out)', 'Requests, all runs'], rows)}`;
}

const loads = (values: number[]) => values.map((v) => v.toFixed(2)).join(', ');

/** Other processes' CPU (and the hypervisor's steal), in cores, above which a table is marked as measured on a busy machine. */
export const QUIET_CORES = 0.1;

const cores = (v: number) => `${v.toFixed(2)} of a core`;

/** What the rest of the machine used while measuring, and whether that makes the figures slower (cpu.ts). */
function otherWorkLine({ otherCores, stealCores, ownCores }: OtherWork): string {
	const busy = otherCores + stealCores > QUIET_CORES;
	const verdict = busy ? `over ${QUIET_CORES}: other work was sharing the CPU, and every figure is slower for it` : `under ${QUIET_CORES}: a quiet machine`;
	return `- CPU used by other processes while measuring: ${cores(otherCores)}, and ${cores(stealCores)} taken by the hypervisor (${verdict}); the benchmark's own processes, Node and Chromium, used ${cores(ownCores)}`;
}

export function machineLines(results: Results): string {
	const m = results.machine;
	// The load average counts the benchmark's own processes: only without the CPU figures is it read as a sign of work.
	const busy = Math.max(...m.load.start, ...m.load.end) > m.cores;
	const code = results.code;
	return [
		`- Code measured: commit ${code.commit}${code.dirty ? ', with uncommitted changes to the app (src/ and the pages) as they were when the benchmark built it' : ''}`,
		`- CPU: ${m.cpu}, ${m.cores} cores; memory ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB`,
		`- OS: ${m.os}; Node ${m.node}; Chromium ${m.chromium} (headless, software rendering)`,
		`- Load average (1, 5, 15 min) when measuring started: ${loads(m.load.start)}; when it ended: ${loads(m.load.end)}${m.otherWork ? " (it counts the benchmark's own processes: the line below tells other work apart)" : busy ? ` (above ${m.cores}: the machine was busy, with the benchmark's own work or with other work)` : ''}`,
		...(m.otherWork ? [otherWorkLine(m.otherWork)] : []),
		`- Whole benchmark, build included: ${(results.elapsedMs / 60_000).toFixed(1)} minutes`
	].join('\n');
}

export function report(results: Results): string {
	const capS = (v: number) => `${Math.round(v / 1000)} s`;
	return `# Benchmark: our timeline beside vis-timeline and TimelineJS

Measured on ${results.date.slice(0, 16).replace('T', ' ')} UTC.

${machineLines(results)}

Run it with \`npm run bench\`: it installs the peers into bench/node_modules when missing (bench/package.json), builds the app into bench/.app/ (never dist/), serves everything on 127.0.0.1, and measures in one headless Chromium session. \`BENCH_SIZES=20,1000\`, \`BENCH_TARGETS=ours,vis\` and \`BENCH_RUNS=1\` narrow it down while working. Raw numbers: bench/results.json; \`npm run bench -- --report-only\` rewrites this file from them.

## How it measures

- Same deterministic synthetic timelines for all (bench/synthetic.ts: two years, one event in ten a range), and the breach timeline. Our app loads them as \`?timeline=bench-N\`; the peers' pages (bench/peers/) fetch the same events and build items with the library's defaults.
- Each run is a fresh browser context (empty cache), 1280×800 at device scale 1, time zone UTC. Its new page waits until the browser's processes together use under a tenth of a core for 100 ms (at most 5 s) before it navigates: headless Chromium spends about 0.7 s of CPU in the half second after a page opens (its own tab and omnibox pages), and a load begun at once shared the two cores with that work (bench/settle.ts). Figures are the median of ${DEFAULT_RUNS} runs, with min–max in brackets. A cell that says "1 run" or "3 runs" had fewer, to keep the whole within 20 minutes: a cell whose first run took over 15 s gets 3, over 40 s 1; size by size, the pages take turns, one run each, the order reversed every round (bench/plan.ts, inTurns), so that a ratio compares runs made in the same minutes; our reader's runs are cut only when a run is long, while the embed page and the peers share the time left evenly, reckoned afresh at each run once what our reader's cells still to come will take (at the average of its finished ones) is set aside, so that a cell that finishes early leaves its time to the others. A cell cut for the length of its interactions then loads the page alone (no zoom, no pan) as often as the time left allows, up to 5 loads in all: its render time, heap and DOM size are the median of those, its frame times of the runs that had interactions.
- First complete render: navigation start to a \`timeline:rendered\` performance mark, set one frame after the library's own "drawn" signal: our app's first painted layout; vis-timeline's \`onInitialDrawComplete\` (its first \`changed\` event fires while it is still hidden); TimelineJS's \`loaded\` event (story slider and time navigator built). The page is observed, never polled: a script injected before the page's own reports the mark on the console (polling made Playwright run its own script in the page as the load began).
- A run that does not reach the mark within ${capS(results.caps.renderMs)} is recorded as such, and that page is not tried at larger sizes. Each interaction is capped at ${capS(results.caps.phaseMs)}; a cell then says how many steps were sent.
- Frames: a requestAnimationFrame loop records frame times from before the first input to after the last. Wheel zoom: 30 wheel steps in and 30 out over the chart's centre, one frame apart. TimelineJS's wheel scrolls sideways, so its zoom is its own zoomIn()/zoomOut(), one call per step (it has 11 zoom levels: from its default one, 8 steps in and 10 out change anything, the others do nothing). Drag pan: mouse down at the centre, 60 moves of 8 px, mouse up (TimelineJS: on its time navigator).
- Frame times come from requestAnimationFrame timestamps, which fall on the display's refreshes and are coarsened to 0.1 ms: an on-time frame measures 16.6 to 16.8 ms, a late one 33.3 ms or more. So a frame counts as over 16.7 ms, and a p95 as over its target (16.7 or 33 ms), only when it is more than 1 ms over: a missed refresh, not timer jitter. The tables show the measured values as they are.
- vis-timeline with its defaults stacks every item, so its page grows far below the viewport; its wheel and drag go to the centre of the part on screen.
- The embed page is measured for loading only: its wheel zooms only with Ctrl, as a guest of a host page.
- Nothing leaves the machine, and no request is intercepted: the browser sends every request to another host to a proxy on 127.0.0.1 that refuses every connection, and the benchmark only listens for them (the last section lists them). Until stop 47 a Playwright route aborted them, which paused every request of every page, its own included, for a round trip through the benchmark's process: our reader at 10,000 events rendered about 17 ms later for it (its two chunks asked for after the parse arrived 35–40 ms after asking, against 7), vis-timeline level within noise.
- First-load bytes: every script, stylesheet and font the page asked for before the mark (in its resource timing), each gzipped at level 9 in Node; HTML and data are left out. KB = 1,000 bytes, MB = 1,000,000 bytes.
- Ratios are the peer's median over our reader's: above 1× the peer takes longer (or more).

## Targets

${goalsTable(results)}

## First-load bytes (breach timeline)

${bytesTable(results)}

vis-timeline's standalone build carries its stylesheet inside its script (it injects it), so its CSS is counted as JS.

## Per size

${tables(results).map((t) => metricTable(results, t)).join('\n\n')}

## Requests blocked

${blockedSection(results)}
`;
}
