// `npm run screenshots`: builds nothing; serves dist/ and saves screenshots of the main views to screenshots/
// (git-ignored) to look at. `--readme` also refreshes public/screenshot.png, the README's picture.
import { mkdirSync, copyFileSync } from 'node:fs';
import { serveDist, launch, watch } from '../tests/e2e/harness';
import { ensureChromium } from './find-chromium.mjs';

process.env.CHROMIUM_PATH ??= ensureChromium();
const timeline = process.env.TIMELINE ?? 'whatsapp-nso-2019';
const served = await serveDist();
const browser = await launch();
mkdirSync('screenshots', { recursive: true });

interface Shot {
	name: string;
	width: number;
	height: number;
	query?: string;
	dark?: boolean;
	/** Show this span (ISO dates) first, through the `start`/`end` URL parameters. */
	span?: [string, string];
	select?: string;
}

const shots: Shot[] = [
	{ name: 'default-wide', width: 1280, height: 900 },
	{ name: 'default-narrow', width: 375, height: 800 },
	{ name: 'may-2019', width: 1280, height: 900, span: ['2019-05-10', '2019-05-15'] },
	{ name: 'may-2019-details', width: 1280, height: 900, span: ['2019-05-10', '2019-05-15'], select: 'first-visible' },
	{ name: 'arabic-dark', width: 1280, height: 900, query: '&lang=ar', dark: true },
	{ name: 'arabic-narrow', width: 375, height: 800, query: '&lang=ar' }
];

for (const shot of shots) {
	const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.dark ? 'dark' : 'light' });
	const page = await context.newPage();
	const seen = watch(page, new URL(served.url).origin);
	const span = shot.span ? `&start=${shot.span[0]}&end=${shot.span[1]}` : '';
	await page.goto(`${served.url}?timeline=${timeline}${span}${shot.query ?? ''}`);
	await page.locator('[data-event-id]').first().waitFor();
	if (shot.select === 'first-visible') await page.locator('[data-event-id][data-visible="true"]').first().click({ force: true });
	await page.waitForTimeout(150);
	await page.screenshot({ path: `screenshots/${shot.name}.png`, fullPage: true });
	if (seen.errors.length) console.log(`${shot.name}: console errors:`, seen.errors);
	if (seen.foreign.length) console.log(`${shot.name}: foreign requests:`, seen.foreign);
	console.log(`screenshots/${shot.name}.png`);
	await context.close();
}
if (process.argv.includes('--readme')) {
	copyFileSync('screenshots/default-wide.png', 'public/screenshot.png');
}
await browser.close();
await served.close();
