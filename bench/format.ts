// Number formatting for the benchmark's report, and the text of one table cell: a median with its range, or
// why there is no number. Pure. KB and MB are decimal (1,000 and 1,000,000 bytes), the stricter reading of the targets.
import { DEFAULT_RUNS } from './plan';
import { summarize, type Summary } from './stats';
import type { Cell, Run, Size } from './types';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export const count = (n: number) => grouped.format(n);
/** Below 100 ms with one decimal (frame times), above as whole milliseconds. */
export const ms = (v: number) => (Math.abs(v) < 100 ? v.toFixed(1) : grouped.format(v));
export const kb = (bytes: number) => (bytes / 1000).toFixed(1);
export const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
export const percent = (share: number) => `${Math.round(share * 100)}%`;

export const sizeLabel = (size: Size, breachEvents?: number) =>
	size === 'breach' ? `breach${breachEvents === undefined ? '' : ` (${count(breachEvents)})`}` : count(size);

/**
 * How many times the peer's value is ours: "12×", "1.5×", "0.40×". Above 1 a peer takes longer or more; for
 * higher-is-worse figures that means ours is better. A dash when either value is missing or ours is zero.
 */
export function ratio(peer: number | undefined, ours: number | undefined): string {
	if (peer === undefined || ours === undefined || ours === 0) return '—';
	const r = peer / ours;
	return r >= 10 ? `${grouped.format(r)}×` : r >= 1 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`;
}

/** "812 (790–850)", "812 (1 run)", "812 (790–850, 3 runs)": the median, then min–max across runs. */
export function summaryText(s: Summary, format: (v: number) => string): string {
	if (s.n === 1) return `${format(s.median)} (1 run)`;
	const runs = s.n === DEFAULT_RUNS ? '' : `, ${s.n} runs`;
	return `${format(s.median)} (${format(s.min)}–${format(s.max)}${runs})`;
}

/** A figure of one run, or undefined when the run lacks it (an interaction that was not done). */
export type Metric = (run: Run) => number | undefined;

/** The runs' figure for one cell, for a metric: undefined when the cell has no number (capped, skipped, not measured). */
export const cellSummary = (cell: Cell | undefined, metric: Metric): Summary | undefined =>
	cell && cell.status === 'ok' ? summarize(cell.runs.map(metric)) : undefined;

/**
 * A table cell: the summary, the cap or skip text for a target that could not hold the size, or "n/a" with the
 * runs' own note when a figure was not measured. `extra` adds a remark from the runs (e.g. steps completed).
 */
export function cellText(cell: Cell | undefined, metric: Metric, format: (v: number) => string, extra?: (runs: Run[]) => string | undefined): string {
	if (!cell) return '—';
	if (cell.status !== 'ok') return cell.note ?? cell.status;
	const s = summarize(cell.runs.map(metric));
	const note = extra?.(cell.runs);
	if (!s) {
		const why = cell.runs.find((r) => r.note)?.note;
		return why ? `n/a (${why})` : 'n/a';
	}
	return note ? `${summaryText(s, format)}; ${note}` : summaryText(s, format);
}

/** Escapes the characters that would break a Markdown table cell. */
export const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function table(head: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The first line of what was thrown: a note for the table or the log (Playwright's errors run to many lines). */
export const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0];
