// Export and print in Chromium: SVG and PNG of the view with its title, "as of" date, zone and source line; CSV and
// JSON of the shown events; file names that say what they hold; the export code loaded only on use; paper.
import { describe, it, expect, beforeEach } from 'vitest';
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import type { Page, Download } from 'playwright-core';
import { useBuiltApp, usePage } from './harness';
import { readJson } from '../helpers';
import { validateTimeline } from '../../src/lib/model/validate';

type Json = Record<string, any>;
const breach = readJson('data/whatsapp-nso-2019.json') as Json;
const app = useBuiltApp();
const session = usePage(app);
let page: Page;
beforeEach(() => {
	page = session.page;
});

const MAY = '?start=2019-05-01&end=2019-06-01';

/** Chooses an export and returns the download with its bytes. */
async function save(kind: string): Promise<{ name: string; bytes: Buffer; download: Download }> {
	const menu = page.getByTestId('export');
	if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
	const bytes = await readFile((await download.path())!);
	return { name: download.suggestedFilename(), bytes, download };
}

/** The SVG parsed by the browser: any parser error, its texts, and anything that points outside the file. */
const readSvg = (text: string) =>
	page.evaluate((t) => {
		const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
		const all = [...doc.querySelectorAll('*')];
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: { width: doc.documentElement.getAttribute('width'), direction: doc.documentElement.getAttribute('direction') },
			texts: [...doc.querySelectorAll('text')].map((e) => e.textContent ?? ''),
			titles: [...doc.querySelectorAll('title')].map((e) => e.textContent ?? ''),
			outside: all.flatMap((e) => [...e.attributes].filter((a) => /^(https?:|\/\/)|url\((?!#)/.test(a.value) && a.name !== 'xmlns').map((a) => `${e.localName} ${a.name}`)),
			foreign: all.filter((e) => ['image', 'foreignObject', 'script', 'style', 'a'].includes(e.localName)).length,
			classes: all.filter((e) => e.hasAttribute('class') || e.hasAttribute('style')).length
		};
	}, text);

const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('export', () => {
	it('loads the export code only when the menu is used', async () => {
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname.split('/').pop()!));
		await session.open(MAY);
		await page.getByTestId('export').locator('summary').click();
		expect(scripts.filter((s) => s.startsWith('exporter'))).toEqual([]);
		await save('csv');
		expect(scripts.filter((s) => s.startsWith('exporter'))).toHaveLength(1);
	});

	it('saves the view as a self-contained SVG with every label, the title, the as-of date, the zone and the source line', async () => {
		await session.open(MAY);
		const labels = await page.locator('[data-testid="chart"] svg text').evaluateAll((els) => els.map((e) => e.textContent ?? '').filter((t) => t.trim()));
		const { name, bytes } = await save('svg');
		expect(name).toBe('whatsapp-nso-2019_en_2019-05-01_2019-06-01.svg');
		const svg = await readSvg(bytes.toString('utf8'));
		expect(svg.error).toBeNull();
		expect(svg.outside).toEqual([]);
		expect(svg.foreign).toBe(0);
		expect(svg.classes).toBe(0);
		for (const label of labels) expect(svg.texts).toContain(label);
		// Every event drawn in view, labelled or not, is named in the file (its mark's tooltip).
		const drawn = await page.locator('[data-testid="chart"] [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
		expect(drawn.length).toBeGreaterThan(5);
		for (const id of drawn) {
			const title = breach.events.find((e: Json) => e.id === id).title.en;
			expect(svg.titles.some((t) => t.includes(title))).toBe(true);
		}
		expect(svg.texts[0]).toBe(breach.title.en);
		expect(svg.texts[1]).toBe('1 May – 1 June 2019 · As of 28 November 2026 · Times in UTC');
		const sources = svg.texts.find((t) => t.startsWith('Sources: '));
		expect(sources).toMatch(new RegExp(`^Sources: \\d+ sources, each listed at ${app.url.replace(/[.?]/g, '\\$&')}\\?`));
	});

	it('reads right to left in Arabic', async () => {
		await session.open(`${MAY}&lang=ar&theme=dark`);
		const { name, bytes } = await save('svg');
		expect(name).toBe('whatsapp-nso-2019_ar_2019-05-01_2019-06-01.svg');
		const svg = await readSvg(bytes.toString('utf8'));
		expect(svg.root.direction).toBe('rtl');
		expect(svg.texts[0]).toBe(breach.title.ar);
		expect(svg.texts.some((t) => t.startsWith('المصادر: '))).toBe(true);
	});

	it('saves a PNG at twice the size, and a print PNG about 300 dpi across an A4 page', async () => {
		await session.open(MAY);
		const svg = await readSvg((await save('svg')).bytes.toString('utf8'));
		const width = Number(svg.root.width);
		const png = await save('png');
		expect(png.name).toBe('whatsapp-nso-2019_en_2019-05-01_2019-06-01.png');
		expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
		const [w, h] = pngSize(png.bytes);
		expect(w).toBe(width * 2);
		expect(h).toBeGreaterThan(200);
		const print = await save('png-print');
		expect(print.name).toBe('whatsapp-nso-2019_en_2019-05-01_2019-06-01_print.png');
		const [pw, ph] = pngSize(print.bytes);
		expect(pw).toBe(2480);
		expect(Math.abs(ph / pw - h / w)).toBeLessThan(0.01);
	});

	it('saves the shown events as CSV (one row each, surviving a CSV parser) and as a valid timeline', async () => {
		const category = breach.categories[1].id;
		await session.open(`?category=${category}&filter=hide`);
		const expected = breach.events.filter((e: Json) => e.category === category);
		const csv = await save('csv');
		expect(csv.name).toMatch(/^whatsapp-nso-2019_en_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
		const rows = csvParse(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
		expect(rows).toHaveLength(expected.length);
		expect(rows.columns).toEqual(expect.arrayContaining(['date', 'start', 'precision', 'title', 'actors', 'category', 'status', 'source_url', 'source2_url']));
		expect(new Set(rows.map((r) => r.title))).toEqual(new Set(expected.map((e: Json) => e.title.en)));
		for (const r of rows) {
			const event = expected.find((e: Json) => e.id === r.id);
			const urls = rows.columns.filter((c) => /^source\d*_url$/.test(c)).map((c) => r[c]);
			expect(urls.filter(Boolean)).toEqual(event.sources.map((s: Json) => s.url));
		}
		const json = await save('json');
		const parsed = validateTimeline(JSON.parse(json.bytes.toString('utf8')));
		expect(parsed.ok && parsed.timeline.events.map((e) => e.id).sort()).toEqual(expected.map((e: Json) => e.id).sort());
	});

	it('saves a CSV that "Open a timeline…" opens again with every event and its sources', async () => {
		await session.open();
		const csv = await save('csv');
		await page.keyboard.press('Escape');
		await page.getByTestId('open').click();
		await page.getByTestId('open-file').setInputFiles({ name: csv.name, mimeType: 'text/csv', buffer: csv.bytes });
		const notice = page.getByTestId('opened');
		await expect.poll(() => notice.innerText()).toContain(`Opened from your computer: ${csv.name}`);
		await notice.locator('summary').click();
		const notes = await page.getByTestId('import-notes').innerText();
		expect(notes).toContain('column "date": not read');
		expect(notes).not.toMatch(/no source|not carried over/);
		// The table lists each event with its sources' links.
		await page.getByTestId('table-toggle').click();
		const table = page.locator('table');
		await expect.poll(() => table.locator('tbody tr').count()).toBe(breach.events.length);
		const links = await table.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(new Set(links)).toEqual(new Set(breach.events.flatMap((e: Json) => e.sources.map((s: Json) => new URL(s.url).href))));
	});

	it("opens an Arabic reader's CSV again in Arabic, with the English texts as its other language", async () => {
		await session.open('?lang=ar');
		const csv = await save('csv');
		await page.keyboard.press('Escape');
		await page.getByTestId('open').click();
		// The file's language is left to the dialog's guess (its first choice).
		expect(await page.getByTestId('open-lang').inputValue()).toBe('auto');
		await page.getByTestId('open-file').setInputFiles({ name: csv.name, mimeType: 'text/csv', buffer: csv.bytes });
		await expect.poll(() => page.getByTestId('opened').count()).toBe(1);
		await page.getByTestId('table-toggle').click();
		const table = page.locator('table');
		await expect.poll(() => table.locator('tbody tr').count()).toBe(breach.events.length);
		const titles = (lang: string): string[] => breach.events.map((e: Json) => e.title[lang]);
		const shown = await table.innerText();
		expect(titles('ar').filter((title) => !shown.includes(title))).toEqual([]);
		expect(titles('en').filter((title) => shown.includes(title))).toEqual([]);
		await page.getByRole('radio', { name: 'English' }).check();
		await expect.poll(async () => {
			const english = await table.innerText();
			return titles('en').filter((title) => !english.includes(title));
		}).toEqual([]);
	});

	it('shows that it is preparing the file in a frame drawn before the file is made', async () => {
		await session.open(MAY);
		// The export code is then loaded, so the next choice does not wait for the network. Chromium still lets a frame
		// through before the file is made even without the wait for one; ExportMenu.test.ts holds that order.
		await save('svg');
		// From the click on the choice to the file's blob URL: the status's text at each frame drawn in between.
		const frames = page.evaluate(
			() =>
				new Promise<string[]>((resolve) => {
					const status = document.querySelector('[data-testid="export-status"]')!;
					const seen: string[] = [];
					let frame = 0;
					const each = () => (seen.push(status.textContent ?? ''), (frame = requestAnimationFrame(each)));
					document.addEventListener('click', () => (frame = requestAnimationFrame(each)), { capture: true, once: true });
					const create = URL.createObjectURL;
					URL.createObjectURL = (blob) => (cancelAnimationFrame(frame), (URL.createObjectURL = create), resolve(seen), create(blob));
				})
		);
		const { name } = await save('csv');
		expect(await frames).toContain('Preparing the file…');
		await expect.poll(() => page.getByTestId('export-status').textContent()).toBe(`Saved ${name}`);
	});
});

describe('print', () => {
	it('puts the chart across the page and the event table with sources after it, without controls', async () => {
		await session.open();
		// The table's code is not in the first load; it comes a few seconds after the first render.
		await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => /EventTable-[^/]*\.js$/.test(r.name))), { timeout: 10_000 }).toBe(true);
		await page.emulateMedia({ media: 'print' });
		await page.getByTestId('print-table').waitFor();
		const chart = (await page.locator('[data-testid="chart"] svg').boundingBox())!;
		const body = (await page.locator('main').boundingBox())!;
		expect(chart.width).toBeGreaterThan(body.width * 0.9);
		const rows = page.locator('[data-testid="print-table"] tbody tr');
		expect(await rows.count()).toBe(breach.events.length);
		expect(await page.locator('[data-testid="print-table"] a[href^="https://"]').count()).toBeGreaterThan(breach.events.length);
		// Every event's title is in the table; no control is on the page (a table's buttons read as their text).
		const table = await page.getByTestId('print-table').innerText();
		for (const e of breach.events) expect(table).toContain(e.title.en);
		const visibleControls = await page
			.locator('button, summary, input, select, [data-testid="overview"]')
			.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest('table')).length);
		expect(visibleControls).toBe(0);
		const dir = fileURLToPath(new URL('../../screenshots/', import.meta.url));
		await mkdir(dir, { recursive: true });
		await page.screenshot({ path: `${dir}print.png`, fullPage: true });
		await page.emulateMedia({ media: 'screen' });
		await expect.poll(() => page.getByTestId('print-table').count()).toBe(0);
	});
});
