// `npm run screenshots`: builds nothing; serves dist/ and saves screenshots of the main views to screenshots/
// (git-ignored) to look at. `--readme` also refreshes public/screenshot.png, the README's picture.
import { mkdirSync, copyFileSync } from 'node:fs';
import { serveDist, serveHost, launch, watch } from '../tests/e2e/harness';
import { embedSnippet } from '../src/lib/embed/snippet';
import { ensureChromium } from './find-chromium.mjs';

process.env.CHROMIUM_PATH ??= ensureChromium();
const timeline = process.env.TIMELINE ?? 'whatsapp-nso-2019';
const served = await serveDist();
const host = await serveHost();
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
	/** Shown as an embed in a host article whose column is this wide (px). */
	embed?: number;
	/** Open the embed code dialog. */
	dialog?: boolean;
	/** Show the events as a table. */
	table?: boolean;
	/** Presenter view at this step hash; `speaker` opens the speaker window and shoots it instead. */
	present?: string;
	speaker?: boolean;
	/** Keys pressed before the shot (presenter). */
	keys?: string[];
}

const shots: Shot[] = [
	{ name: 'default-wide', width: 1280, height: 900 },
	{ name: 'default-narrow', width: 375, height: 800 },
	{ name: 'may-2019', width: 1280, height: 900, span: ['2019-05-10', '2019-05-15'] },
	{ name: 'may-2019-details', width: 1280, height: 900, span: ['2019-05-10', '2019-05-15'], select: 'first-visible' },
	{ name: 'arabic-dark', width: 1280, height: 900, query: '&lang=ar', dark: true },
	{ name: 'arabic-narrow', width: 375, height: 800, query: '&lang=ar' },
	{ name: 'arabic-light', width: 1280, height: 900, query: '&lang=ar' },
	{ name: 'arabic-dark-narrow', width: 375, height: 800, query: '&lang=ar', dark: true },
	{ name: 'arabic-axis-rtl', width: 1280, height: 900, query: '&lang=ar&axis=rtl', span: ['2019-05-10', '2019-05-15'] },
	{ name: 'arabic-hijri', width: 1280, height: 900, query: '&lang=ar&calendar=islamic-umalqura', span: ['2019-01-01', '2019-12-31'] },
	{ name: 'high-contrast', width: 1280, height: 900, query: '&theme=contrast' },
	{ name: 'table', width: 1280, height: 900, table: true },
	{ name: 'table-arabic-narrow', width: 375, height: 800, query: '&lang=ar', table: true },
	{ name: 'embed-dialog', width: 1280, height: 900, dialog: true },
	{ name: 'embed-wide', width: 1280, height: 1300, embed: 720 },
	{ name: 'embed-narrow', width: 375, height: 1000, embed: 375 },
	{ name: 'embed-arabic-dark', width: 1280, height: 1300, embed: 720, query: '&lang=ar', dark: true },
	{ name: 'embed-arabic-narrow', width: 375, height: 1000, embed: 375, query: '&lang=ar' },
	{ name: 'present-wide', width: 1920, height: 1080, present: '#step-ft-report' },
	{ name: 'present-laptop-dark', width: 1280, height: 720, present: '#step-attack-window', dark: true },
	{ name: 'present-arabic', width: 1280, height: 720, present: '#step-jury-verdict', query: '&lang=ar' },
	{ name: 'present-litigation', width: 1280, height: 800, present: '#step-litigation' },
	{ name: 'present-help', width: 1280, height: 800, present: '#step-fix', keys: ['?'] },
	{ name: 'present-speaker', width: 1100, height: 720, present: '#step-fix', speaker: true },
	{ name: 'embed-may-2019-details', width: 1280, height: 2200, embed: 720, span: ['2019-05-10', '2019-05-16'], select: 'first-visible' }
];

/** A host article with the embed between two paragraphs. */
function hostPage(query: string, column: number, dark: boolean): string {
	const snippet = embedSnippet({
		embedUrl: `${served.url}embed.html?timeline=${timeline}${query}`,
		readerUrl: `${served.url}?timeline=${timeline}${query}`,
		loaderUrl: `${served.url}embed.js`,
		title: 'Timeline',
		linkText: 'Timeline',
		height: 600
	});
	const text = '<p>An article paragraph around the embed, set in the host site\'s own type and colours. '.repeat(3) + '</p>';
	const colours = dark ? 'background:#111;color:#ddd' : 'background:#fff;color:#222';
	return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><style>body{margin:0 auto;max-width:${column}px;padding:0 12px;font:18px/1.6 Georgia,serif;${colours}}</style></head><body><h1>Host article</h1>${text}${snippet}${text}</body></html>`;
}

for (const shot of shots) {
	const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.dark ? 'dark' : 'light' });
	const page = await context.newPage();
	const seen = watch(page, new URL(served.url).origin, () => [host.url]);
	const span = shot.span ? `&start=${shot.span[0]}&end=${shot.span[1]}` : '';
	if (shot.present) {
		await page.goto(`${served.url}?timeline=${timeline}${shot.query ?? ''}&present${shot.present}`);
		await page.locator('[data-testid="chart"] [data-event-id]').first().waitFor();
		for (const key of shot.keys ?? []) await page.keyboard.press(key);
		await page.waitForTimeout(300);
		if (shot.speaker) {
			const popup = context.waitForEvent('page');
			await page.keyboard.press('s');
			const speaker = await popup;
			await speaker.setViewportSize({ width: shot.width, height: shot.height });
			await speaker.getByTestId('notes').waitFor();
			await speaker.screenshot({ path: `screenshots/${shot.name}.png` });
			console.log(`screenshots/${shot.name}.png`);
			await context.close();
			continue;
		}
	} else if (shot.embed) {
		await page.goto(host.put(`/${shot.name}.html`, hostPage(`${span}${shot.query ?? ''}`, shot.embed, shot.dark ?? false)));
		const frame = page.frameLocator('iframe');
		await frame.locator('[data-event-id]').first().waitFor();
		if (shot.select === 'first-visible') await frame.locator('[data-event-id][data-visible="true"]').first().click({ force: true });
		await page.waitForTimeout(500);
	} else {
		await page.goto(`${served.url}?timeline=${timeline}${span}${shot.query ?? ''}`);
		await page.locator('[data-event-id]').first().waitFor();
		if (shot.select === 'first-visible') await page.locator('[data-event-id][data-visible="true"]').first().click({ force: true });
		if (shot.dialog) await page.getByTestId('embed-open').click();
		if (shot.table) {
			await page.getByTestId('table-toggle').click();
			await page.locator('.table-wrap tbody tr').first().waitFor();
		}
		await page.waitForTimeout(150);
	}
	// Chromium does not paint a cross-site iframe below the viewport in a full-page capture: embeds use tall viewports.
	await page.screenshot({ path: `screenshots/${shot.name}.png`, fullPage: !shot.embed && !shot.present });
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
await host.close();
