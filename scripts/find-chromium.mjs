// Finds a Chromium to drive: CHROMIUM_PATH, then `chromium` on the PATH, then Chrome; installs Debian's
// chromium when it can (root with apt-get); never downloads a browser build. Prints the path, or fails.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const PATHS = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/opt/google/chrome/chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/**
 * The arguments every headless Chromium of the project is launched with (the tests, the screenshots, the benchmark):
 * no sandbox (containers), software rendering, and none of the browser's own traffic. Playwright gives each launch a
 * fresh profile, so there is no --user-data-dir.
 */
export const CHROMIUM_ARGS = Object.freeze([
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
]);

/** @param {string} name */
function onPath(name) {
	const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
	return r.status === 0 ? r.stdout.trim() : undefined;
}

export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
	}
	for (const name of NAMES) {
		const found = onPath(name);
		if (found) return found;
	}
	return PATHS.find((p) => existsSync(p));
}

function canInstall() {
	return process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get') !== undefined;
}

export function ensureChromium() {
	let found = findChromium();
	if (found) return found;
	if (canInstall()) {
		console.error('Chromium not found: installing Debian\'s chromium package (apt-get)…');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		found = findChromium();
		if (found) return found;
	}
	throw new Error('No Chromium found: install it (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chrome/Chromium binary.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	try {
		console.log(ensureChromium());
	} catch (e) {
		console.error(e instanceof Error ? e.message : String(e));
		process.exit(1);
	}
}
