// Every hostile case through parseTimeline (as the browser loads a file) and, but for the largest, through the
// validator's command line: the expected message or timeline, nothing thrown, nothing polluted, a finite layout.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTimeline } from '../../src/lib/model/load';
import { parseJsonText } from '../../src/lib/model/validate';
import type { Timeline } from '../../src/lib/model/schema';
import { CATALOGUE, textOf, type HostileCase } from '../hostile/catalogue';
import { chartOf, nonFinite } from '../hostile/layout';
import { ROOT } from '../helpers';

const named = CATALOGUE.map((c) => [c.name, c] as const);

/** Every string in a value (iteratively: a valid timeline is shallow, but the walk must not care). */
function strings(value: unknown): string[] {
	const out: string[] = [];
	const stack = [value];
	while (stack.length) {
		const v = stack.pop();
		if (typeof v === 'string') out.push(v);
		else if (v && typeof v === 'object') stack.push(...Object.values(v));
	}
	return out;
}

describe('the hostile catalogue', () => {
	it('holds at least 34 cases with distinct names, of every outcome', () => {
		expect(CATALOGUE.length).toBeGreaterThanOrEqual(34);
		expect(new Set(CATALOGUE.map((c) => c.name)).size).toBe(CATALOGUE.length);
		const kinds = new Set(CATALOGUE.map((c) => (c.expect.outcome === 'problem' ? c.expect.kind : 'renders')));
		expect([...kinds].sort()).toEqual(['invalid', 'json', 'renders']);
	});
});

describe('parseTimeline on hostile input', () => {
	// A time cap, not a measure: the 100,000-event case parses, validates and lays out in about 2 s, and more on a busy machine.
	it.each(named)('%s', { timeout: 30_000 }, async (_, c) => {
		const text = textOf(c);
		const r = await parseTimeline(text);
		expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
		if (c.expect.outcome === 'renders') {
			if (!r.ok) throw new Error(r.error.kind === 'invalid' ? r.error.problems.map((p) => `${p.path}: ${p.message}`).join('\n') : r.error.message);
			expect(r.timeline.events).toHaveLength(c.expect.events);
			const visible = c.expect.visibleText;
			if (visible) expect(strings(r.timeline).some((s) => s.includes(visible))).toBe(true);
			expectFiniteLayout(r.timeline);
			return;
		}
		if (r.ok) throw new Error('expected a problem');
		expect(r.error.kind).toBe(c.expect.kind);
		if (r.error.kind === 'invalid') {
			const { message, path } = c.expect;
			const found = r.error.problems.filter((p) => p.message.includes(message));
			expect(found.map((p) => p.path), r.error.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('\n')).not.toEqual([]);
			if (path) expect(found.map((p) => p.path)).toContain(path);
			for (const p of r.error.problems) expect(p.message.length).toBeLessThan(400);
		} else {
			// The browser shows the same sentence once load.ts reads JSON through parseJsonText; until then, its kind.
			const explained = parseJsonText(text);
			expect(explained.ok ? '' : explained.message).toContain(c.expect.message);
		}
	});
});

function expectFiniteLayout(timeline: Timeline) {
	const chart = chartOf(timeline);
	const [first, last] = [chart.items[0].at, chart.items[chart.items.length - 1].at];
	const views: [number, [number, number]][] = [
		[320, chart.extent],
		[1280, [first - 86_400_000, first + 86_400_000]],
		[2400, [last - 3_600_000, last + 60_000]]
	];
	for (const mode of ['actor', 'category'] as const)
		for (const [width, range] of views) {
			const { layout } = chart.layout({ width, range, mode });
			expect(nonFinite(layout), `${mode} ${width}px ${range.map((t) => new Date(t).toISOString())}`).toEqual([]);
		}
}

describe('npm run validate on hostile input (one run, every case under 2 MB)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
	const sample: { file: string; c: HostileCase }[] = [];
	let out: string[] = [];
	let status: number | null = null;

	beforeAll(() => {
		CATALOGUE.forEach((c, i) => {
			const text = textOf(c);
			if (text.length > 2_000_000) return;
			const file = join(dir, `case-${String(i).padStart(3, '0')}.json`);
			writeFileSync(file, text);
			sample.push({ file, c });
		});
		const r = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...sample.map((s) => s.file)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		status = r.status;
		out = r.stdout.split('\n');
	}, 60_000);

	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('exits 1, since some files have problems', () => {
		expect(sample.length).toBeGreaterThan(CATALOGUE.length - 5);
		expect(status).toBe(1);
	});

	it('reports each file as the browser would', () => {
		for (const { file, c } of sample) {
			const start = out.findIndex((line) => line.startsWith(`${file}: `));
			expect(start, c.name).toBeGreaterThanOrEqual(0);
			let end = start + 1;
			while (end < out.length && out[end].startsWith('  ')) end++;
			const [head, ...details] = out.slice(start, end);
			if (c.expect.outcome === 'renders') {
				expect(head, c.name).toMatch(new RegExp(`: valid \\(${c.expect.events.toLocaleString('en')} events?[,)]`));
			} else if (c.expect.kind === 'json') {
				expect(head, c.name).toContain(c.expect.message);
			} else {
				const { message, path } = c.expect;
				expect(details.some((d) => d.includes(message) && (!path || d.startsWith(`  ${path}`))), `${c.name}\n${details.slice(0, 5).join('\n')}`).toBe(true);
			}
		}
	});
});
