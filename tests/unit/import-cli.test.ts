import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { validateTimeline } from '../../src/lib/model/validate';

const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
const FIXTURES = 'tests/fixtures/import';

describe('npm run import', () => {
	it('prints the timeline JSON alone on stdout, notes and a summary on stderr, and exits 0', () => {
		const r = cli(`${FIXTURES}/timelinejs-template.csv`);
		expect(r.status).toBe(0);
		expect(r.stdout.startsWith('{\n  "$schema": "./timeline.schema.json",\n  "format": 1,\n')).toBe(true);
		const json = JSON.parse(r.stdout);
		expect(validateTimeline(json).ok).toBe(true);
		expect(json.events).toHaveLength(4);
		const lines = r.stderr.trim().split('\n');
		expect(lines).toContain('note: rows 2, 5: media dropped (2 rows): our timelines show no pictures or video');
		expect(lines.at(-1)).toBe('imported 4 events from timelinejs-csv; 12 notes');
	}, 30_000);

	it('writes to --out, takes the id from --name and the language from --lang', () => {
		const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
		try {
			const out = join(dir, 'out.json');
			const r = cli(`${FIXTURES}/events.tsv`, '--out', out, '--name', 'clean-up', '--lang', 'fr');
			expect(r.status).toBe(0);
			expect(r.stdout).toBe('');
			const json = JSON.parse(readFileSync(out, 'utf8'));
			expect([json.id, json.title, json.summary, json.languages]).toEqual(['clean-up', 'clean up', 'Imported from clean-up.tsv.', ['fr']]);
			expect(r.stderr).toMatch(/imported 2 events from csv; 9 notes → .*out\.json\n$/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);

	it('prints the problems and exits 1 when the file cannot be imported', () => {
		const r = cli(`${FIXTURES}/bad-date.csv`);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('problem: row 3: start: "13/05/2021" is not an ISO 8601 date');
		expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^not imported from csv: row 3: start: "13\/05\/2021"/);
	}, 30_000);

	it.each([
		[[], 'no file given'],
		[[`${FIXTURES}/missing.csv`], 'cannot read'],
		[[`${FIXTURES}/events.csv`, '--colour'], "Unknown option '--colour'"],
		[[`${FIXTURES}/events.csv`, '--lang', 'English'], '--lang English is not a language tag']
	])('exits 2 on a usage error: %j', (args, message) => {
		const r = cli(...args);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(message);
		expect(r.stderr).toContain('usage: npm run import -- <file>');
	}, 30_000);
});
