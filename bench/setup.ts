// Before measuring: the peers' packages (bench/package.json, installed apart from the app's) and a fresh build of
// our app into bench/.app/, so that the benchmark never touches dist/.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Installs bench/'s own devDependencies when bench/node_modules is missing: `npm ci` from the lock when there is one. */
export function installPeers(benchDir: string): void {
	if (existsSync(join(benchDir, 'node_modules'))) return;
	const command = existsSync(join(benchDir, 'package-lock.json')) ? 'ci' : 'install';
	console.log(`Installing the peers (npm ${command} --prefix bench)…`);
	execFileSync('npm', [command, '--prefix', benchDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

/** Builds the reader (index.html) and then the embed page into `outDir`; the embed build does not empty the folder. */
export function buildApp(rootDir: string, outDir: string): void {
	console.log(`Building the app into ${outDir}…`);
	const vite = (...args: string[]) =>
		execFileSync('npx', ['vite', 'build', '--configLoader', 'runner', '--outDir', outDir, '--logLevel', 'warn', ...args], { cwd: rootDir, stdio: 'inherit' });
	vite('--emptyOutDir');
	// The embed's side scripts first: the embed's build names them.
	vite('--mode', 'embed-side');
	vite('--mode', 'embed-ar');
	vite('--mode', 'embed-dense');
	vite('--mode', 'embed-zoom');
	vite('--mode', 'embed-search');
	vite('--mode', 'embed');
}
