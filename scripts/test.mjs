// `npm test`: type checks, unit and component tests, a production build, then end-to-end tests in
// headless Chromium against that build. Ends with one line: `Tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { ensureChromium } from './find-chromium.mjs';

/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, TZ: 'UTC', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
const work = mkdtempSync(join(tmpdir(), 'timeline-test-'));
let passed = 0;
let failed = 0;
const notes = [];

/** @param {string} title @param {string} command @param {string[]} args */
function run(title, command, args) {
	console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
	const r = spawnSync(command, args, { stdio: 'inherit', env });
	return r.status === 0;
}

/** @param {string} title @param {string[]} args */
function vitest(title, args) {
	const report = join(work, `${title.replace(/\W+/g, '-')}.json`);
	const ok = run(title, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
	try {
		const json = JSON.parse(readFileSync(report, 'utf8'));
		passed += json.numPassedTests;
		failed += json.numFailedTests;
		if (!ok && json.numFailedTests === 0) {
			failed++;
			notes.push(`${title}: the runner failed outside any test (e.g. a suite did not load)`);
		}
		if (json.numTotalTests === 0) {
			failed++;
			notes.push(`${title}: no test ran`);
		}
	} catch {
		failed++;
		notes.push(`${title}: no report (the runner did not start)`);
	}
}

/** Runs one command as one test; true when it passed. @param {string} title @param {string} command @param {string[]} args */
function step(title, command, args) {
	const ok = run(title, command, args);
	if (ok) passed++;
	else {
		failed++;
		notes.push(`${title} failed`);
	}
	return ok;
}

/** A free port on 127.0.0.1 for the end-to-end app server. @returns {Promise<number>} */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

// The build names its public address in the oEmbed files; the end-to-end tests serve it there
// (tests/e2e/harness.ts serves dist/ below the same path).
const port = await freePort();
env.E2E_APP_PORT = String(port);
env.TIMELINE_SITE_URL = `http://127.0.0.1:${port}/news/graphics/timeline/`;

try {
	step('types', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
	vitest('unit and component', []);
	const built = step('build', 'npm', ['run', 'build']);
	let chromium;
	try {
		chromium = ensureChromium();
	} catch (e) {
		failed++;
		notes.push(e instanceof Error ? e.message : String(e));
	}
	if (built && chromium) {
		env.CHROMIUM_PATH = chromium;
		vitest('end to end', ['--config', 'vitest.e2e.config.ts']);
	} else if (!built) {
		failed++;
		notes.push('end-to-end tests skipped: the build failed');
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}

for (const n of notes) console.log(`! ${n}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
