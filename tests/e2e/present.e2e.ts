// Presenter mode in Chromium: keys, step URLs, blackout, dialogs, the speaker window, reduced motion, the offline
// file, and that the reader never loads presenter code.
import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { useBuiltApp, usePage, watch, domain } from './harness';
import { readJson } from '../helpers';
import { stepSpan, type Step } from '../../src/lib/present/steps';
import { PRESENTER_KEYS } from '../../src/lib/present/keys';
import { en } from '../../src/lib/i18n/en';
import { ar } from '../../src/lib/i18n/ar';

const app = useBuiltApp();
const session = usePage(app);

const breach = readJson('data/whatsapp-nso-2019.json') as {
	story: Step[];
	actors: { name: Record<string, string> }[];
	events: { id: string; title: Record<string, string> }[];
};
const steps = breach.story;
const TITLE = (i: number) => (steps[i].title as Record<string, string>).en;
/** The words a shortened title may not end on, in either language (i18n/en.ts's `danglingWords`). */
const dangling = new Set(`${en.danglingWords} ${ar.danglingWords}`.split(' '));
/** The actors' names in both languages: a shortened title does not end inside one ("محكمة تل…" of تل أبيب, Tel Aviv). */
const actorNames = breach.actors.flatMap((a) => Object.values(a.name));

/** Opens the presenter at a step (a hash such as `#step-fix`), once the chart is drawn. */
async function present(page: Page, hash = '', query = '') {
	await page.goto(`${app.url}?timeline=whatsapp-nso-2019${query}&present${hash}`);
	await page.getByTestId('presenter').waitFor();
	await page.locator('[data-testid="chart"] svg').waitFor();
}

const hash = (page: Page) => page.evaluate(() => location.hash);
const live = (page: Page) => page.getByTestId('step-live').textContent();

/** How far, in px, the chart's ends are from a step's range. */
async function offsetPx(page: Page, step: Step): Promise<number> {
	const [a, b] = await domain(page);
	const width = Number(await page.locator('[data-testid="chart"] svg').getAttribute('width')) - 24;
	const [from, to] = stepSpan(step);
	const pxPerMs = width / (b - a);
	return Math.max(Math.abs(a - from), Math.abs(b - to)) * pxPerMs;
}

describe('presenter keys', () => {
	it('each next key advances exactly one step, updating the hash and the live region', async () => {
		const { page } = session;
		await present(page, `#step-${steps[0].id}`);
		for (const [i, key] of ['PageDown', 'ArrowRight', 'ArrowDown', 'Space', 'n'].entries()) {
			await page.keyboard.press(key);
			await expect.poll(() => hash(page)).toBe(`#step-${steps[i + 1].id}`);
			expect(await live(page)).toContain(TITLE(i + 1));
		}
		for (const [i, key] of ['PageUp', 'ArrowLeft', 'ArrowUp', 'Shift+Space', 'p'].entries()) {
			await page.keyboard.press(key);
			await expect.poll(() => hash(page)).toBe(`#step-${steps[4 - i].id}`);
			expect(await live(page)).toContain(TITLE(4 - i));
		}
	});

	it('Home and End go to the ends, and there is no wrap at either end', async () => {
		const { page } = session;
		await present(page, `#step-${steps[3].id}`);
		await page.keyboard.press('End');
		await expect.poll(() => hash(page)).toBe(`#step-${steps.at(-1)!.id}`);
		for (const key of ['PageDown', 'ArrowRight', 'Space', 'n']) await page.keyboard.press(key);
		await page.waitForTimeout(200);
		expect(await hash(page)).toBe(`#step-${steps.at(-1)!.id}`);
		await page.keyboard.press('Home');
		await expect.poll(() => hash(page)).toBe(`#step-${steps[0].id}`);
		for (const key of ['PageUp', 'ArrowLeft', 'Shift+Space', 'p']) await page.keyboard.press(key);
		await page.waitForTimeout(200);
		expect(await hash(page)).toBe(`#step-${steps[0].id}`);
		expect(await page.getByTestId('step-counter').textContent()).toBe(`Step 1 of ${steps.length}`);
	});

	it('Space and PageDown are taken from the page (never scroll it)', async () => {
		const { page } = session;
		await present(page, `#step-${steps[0].id}`);
		await page.evaluate(() => {
			const w = window as unknown as { prevented: Record<string, boolean> };
			w.prevented = {};
			// Registered last, on the window: sees whether the presenter's handler took the key.
			addEventListener('keydown', (e) => (w.prevented[e.key] = e.defaultPrevented));
		});
		const y = await page.evaluate(() => scrollY);
		await page.keyboard.press('Space');
		await page.keyboard.press('PageDown');
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => (window as unknown as { prevented: Record<string, boolean> }).prevented)).toEqual({ ' ': true, PageDown: true, ArrowDown: true });
		expect(await page.evaluate(() => scrollY)).toBe(y);
		expect(await hash(page)).toBe(`#step-${steps[3].id}`);
	});

	it('F toggles full screen', async () => {
		const { page } = session;
		await present(page);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
	});

	it('the keys do nothing in the reader view', async () => {
		const { page, context } = session;
		await page.goto(`${app.url}?timeline=whatsapp-nso-2019`);
		await page.locator('[data-event-id]').first().waitFor();
		await page.waitForTimeout(400); // the reader's own address update (replaceState) settles
		const url = page.url();
		let pages = 0;
		context.on('page', () => pages++);
		for (const key of ['f', 'b', 's', 'g', '.', 'n', 'p', 'PageDown', '?']) await page.keyboard.press(key);
		await page.waitForTimeout(300);
		expect(page.url()).toBe(url);
		expect(pages).toBe(0);
		expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
		expect(await page.locator('[data-testid="blackout"], dialog[open]').count()).toBe(0);
	});
});

describe('steps in the URL', () => {
	it('loading #step-<id> shows that step: its title, annotation and range (±1 px at the axis ends)', async () => {
		const { page } = session;
		for (const step of steps) {
			await page.goto('about:blank'); // a fresh load each time, not a hash change
			await present(page, `#step-${step.id}`);
			expect(await page.getByTestId('step-title').textContent()).toBe((step.title as Record<string, string>).en);
			expect(await page.getByTestId('step-annotation').textContent()).toBe((step.annotation as Record<string, string>).en);
			expect(await offsetPx(page, step), step.id).toBeLessThanOrEqual(1);
			// The step's events are the highlighted ones.
			const hits = await page.locator('[data-testid="chart"] [data-event-id][data-hit="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
			for (const id of hits) expect(step.events).toContain(id);
		}
	});

	it('#step=3 opens the third step and is rewritten to its id; a hash set by script navigates', async () => {
		const { page } = session;
		await present(page, '#step=3');
		expect(await hash(page)).toBe(`#step-${steps[2].id}`);
		expect(await page.getByTestId('step-title').textContent()).toBe(TITLE(2));
		await page.evaluate((h) => (location.hash = h), `#step-${steps[6].id}`);
		await expect.poll(() => page.getByTestId('step-title').textContent()).toBe(TITLE(6));
		await expect.poll(() => offsetPx(page, steps[6]), { timeout: 5000 }).toBeLessThanOrEqual(1);
		await page.evaluate(() => (location.hash = '#step=99'));
		await page.waitForTimeout(200);
		expect(await page.getByTestId('step-title').textContent()).toBe(TITLE(6));
	});
});

describe('the chart of a step', () => {
	// The step's events are named first (the others are faded and named last), and a title with no room whole is shortened
	// into the room beside or above its dot. Two steps crowd six and four events into a few days (fix, doj-and-dpc). In
	// Arabic at 1024 × 768 the Tel Aviv court's ruling had room for "محكمة تل…", which cuts the city's name.
	it.each([
		['en', 1280, 720],
		['ar', 1280, 720],
		['en', 1920, 1080],
		['ar', 1920, 1080],
		['ar', 1024, 768]
	])('names each event of every step with its title or its callout, in %s at %i × %i', async (lang, width, height) => {
		const page = await app.browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
		for (const step of steps) {
			await page.goto(`${app.url}?lang=${lang}&present#step-${step.id}`);
			await page.locator('[data-testid="chart"] [data-label-for]').first().waitFor();
			const { drawn, named, texts, looks } = await page.evaluate(() => {
				const chart = document.querySelector('[data-testid="chart"]')!;
				const svg = chart.querySelector('svg')!;
				const box = svg.getBoundingClientRect();
				// The plot, in page coordinates (the presenter scales the chart to the screen).
				const k = box.width / svg.width.baseVal.value;
				const clip = chart.querySelector('clipPath rect')!;
				const [from, to] = [box.x + k * Number(clip.getAttribute('x')), box.x + k * (Number(clip.getAttribute('x')) + Number(clip.getAttribute('width')))];
				return {
					drawn: [...chart.querySelectorAll('[data-event-id]')].filter((m) => m.getBoundingClientRect().right > from && m.getBoundingClientRect().left < to).map((m) => m.getAttribute('data-event-id')!),
					looks: [...chart.querySelectorAll('[data-event-id]')].map((m) => [m.getAttribute('data-event-id')!, m.classList.contains('hit'), m.classList.contains('faded')] as const),
					named: [...chart.querySelectorAll('[data-label-for]')].map((g) => g.getAttribute('data-label-for')!),
					texts: [...chart.querySelectorAll('[data-label-for] text')].map((t) => {
						const r = t.getBoundingClientRect();
						return { id: t.closest('[data-label-for]')!.getAttribute('data-label-for')!, text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
					})
				};
			});
			expect(drawn, step.id).toEqual(expect.arrayContaining(step.events));
			// The step's events highlighted, every other event drawn faded.
			for (const [id, hit, faded] of looks) expect([id, hit, faded], step.id).toEqual([id, step.events.includes(id), !step.events.includes(id)]);
			const unnamed = step.events.filter((id) => !named.includes(id));
			expect(unnamed, step.id).toEqual([]);
			// Shortened titles (whole words and an ellipsis) cross no other text as drawn.
			for (let i = 0; i < texts.length; i++)
				for (let j = i + 1; j < texts.length; j++) {
					const [a, c] = [texts[i], texts[j]];
					const cross = a.x < c.x + c.width && c.x < a.x + a.width && a.y < c.y + c.height - 1 && c.y < a.y + a.height - 1;
					expect(cross, `${step.id}: "${a.text}" × "${c.text}"`).toBe(false);
				}
			// A shortened title ends on neither such a word ("hallmarks of a…") nor a number ("about $167.25…").
			for (const { id, text } of texts.filter((t) => t.text.includes('…'))) {
				const kept = text.replace(/[\u2068\u2069…]/g, '').split(' ');
				const last = kept.at(-1)!;
				expect(dangling.has(last.toLowerCase()) || /^\$?[\d.,]+$/.test(last), `${step.id}: "${text}"`).toBe(false);
				// Nor inside a name: no actor's name holds the last word kept and the first cut off.
				const title = breach.events.find((e) => e.id === id)!.title[lang];
				const next = title.split(' ')[kept.length];
				expect(actorNames.some((name) => ` ${name} `.includes(` ${last} ${next} `)), `${step.id}: "${text}" of "${title}"`).toBe(false);
			}
			// At 1280 px the litigation step's rulings have no room whole.
			if (step.id === 'litigation' && width === 1280) expect(texts.filter((t) => t.text.includes('…')).length).toBeGreaterThan(0);
		}
		await page.close();
	});
});

describe('overlays', () => {
	it('B blacks out the whole viewport and holds the step until B or . dismisses it', async () => {
		const { page } = session;
		await present(page, `#step-${steps[1].id}`);
		await page.keyboard.press('b');
		const cover = page.getByTestId('blackout');
		const box = await cover.evaluate((e) => ({ ...e.getBoundingClientRect().toJSON(), bg: getComputedStyle(e).backgroundColor }));
		expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 900, bg: 'rgb(0, 0, 0)' });
		await page.keyboard.press('PageDown');
		await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(200);
		expect(await hash(page)).toBe(`#step-${steps[1].id}`);
		await page.keyboard.press('.');
		expect(await cover.count()).toBe(0);
		await page.keyboard.press('PageDown');
		await expect.poll(() => hash(page)).toBe(`#step-${steps[2].id}`);
		await page.keyboard.press('.');
		await expect.poll(() => cover.count()).toBe(1);
		await page.keyboard.press('Escape');
		expect(await cover.count()).toBe(0);
	});

	it('? opens a modal list of every key with focus inside; Escape closes it and returns focus', async () => {
		const { page } = session;
		await present(page, `#step-${steps[1].id}`);
		await page.locator('[data-testid="chart"] [data-event-id]').first().focus();
		const before = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
		await page.keyboard.press('?');
		const dialog = page.getByTestId('help-dialog');
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
		expect(await dialog.getAttribute('aria-modal')).toBe('true');
		expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
		expect(await dialog.locator('tbody tr').count()).toBe(PRESENTER_KEYS.length);
		const text = (await dialog.textContent()) ?? '';
		for (const key of ['PageDown', 'PageUp', 'Space', 'Home', 'End', 'B', 'F', 'S', 'G', '?', 'Esc', '→', '←']) expect(text).toContain(key);
		// Keys do not step while the dialog is open.
		await page.keyboard.press('PageDown');
		expect(await hash(page)).toBe(`#step-${steps[1].id}`);
		await page.keyboard.press('Escape');
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(before);
	});

	it('G lists the steps to go to one', async () => {
		const { page } = session;
		await present(page, `#step-${steps[0].id}`);
		await page.keyboard.press('g');
		const dialog = page.getByTestId('goto-dialog');
		expect(await dialog.locator('li button').count()).toBe(steps.length);
		await dialog.getByRole('button', { name: TITLE(7) }).click();
		await expect.poll(() => hash(page)).toBe(`#step-${steps[7].id}`);
		expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
	});
});

describe('speaker window', () => {
	it('S opens it with the notes; either window steps the other within 500 ms, also after a reload of either', async () => {
		const { page, context } = session;
		await present(page, `#step-${steps[2].id}`);
		const popup = context.waitForEvent('page');
		await page.keyboard.press('s');
		const speaker = await popup;
		watch(speaker, new URL(app.url).origin);
		await speaker.getByTestId('speaker').waitFor();
		const notes = (i: number) => (steps[i].notes as Record<string, string>).en;
		await expect.poll(() => speaker.getByTestId('notes').textContent()).toBe(notes(2));
		expect(await speaker.getByTestId('speaker-next').textContent()).toContain(TITLE(3));
		expect(await speaker.getByTestId('timer').textContent()).toMatch(/^\d\d:\d\d$/);

		const within = { timeout: 500, interval: 25 };
		await page.keyboard.press('PageDown');
		await expect.poll(() => speaker.getByTestId('notes').textContent(), within).toBe(notes(3));
		await speaker.keyboard.press('PageDown');
		await expect.poll(() => hash(page), within).toBe(`#step-${steps[4].id}`);

		await page.reload();
		await page.getByTestId('presenter').waitFor();
		await expect.poll(() => hash(page)).toBe(`#step-${steps[4].id}`);
		await speaker.keyboard.press('PageDown');
		await expect.poll(() => hash(page), within).toBe(`#step-${steps[5].id}`);
		await page.keyboard.press('PageUp');
		await expect.poll(() => speaker.getByTestId('notes').textContent(), within).toBe(notes(4));

		await speaker.reload();
		await speaker.getByTestId('speaker').waitFor();
		await expect.poll(() => speaker.getByTestId('notes').textContent(), { timeout: 2000 }).toBe(notes(4));
		await page.keyboard.press('End');
		await expect.poll(() => speaker.getByTestId('speaker-title').textContent(), within).toBe(TITLE(steps.length - 1));
		await speaker.close();
	});
});

describe('motion', () => {
	const spanAfterOneFrame = (page: Page) =>
		page.evaluate(async () => {
			await new Promise((r) => requestAnimationFrame(() => r(null)));
			const svg = document.querySelector('[data-testid="chart"] svg');
			return {
				running: document.getAnimations().filter((a) => a.playState === 'running').length,
				start: Date.parse(svg?.getAttribute('data-domain-start') ?? ''),
				end: Date.parse(svg?.getAttribute('data-domain-end') ?? '')
			};
		});

	it('with reduced motion the next step is shown at once, with no running animation', async () => {
		await session.restart({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
		const { page } = session;
		await present(page, `#step-${steps[4].id}`);
		await page.keyboard.press('PageDown');
		const after = await spanAfterOneFrame(page);
		expect(after.running).toBe(0);
		const [from, to] = stepSpan(steps[5]);
		expect(Math.abs(after.start - from)).toBeLessThan((to - from) / 1000);
		expect(Math.abs(after.end - to)).toBeLessThan((to - from) / 1000);
		expect(await page.getByTestId('presenter').getAttribute('data-moving')).toBe('false');
	});

	it('without it the chart travels to the next step, then settles exactly there', async () => {
		const { page } = session;
		await present(page, `#step-${steps[4].id}`);
		await page.keyboard.press('PageDown');
		const during = await spanAfterOneFrame(page);
		const [from, to] = stepSpan(steps[5]);
		expect(Math.abs(during.start - from) + Math.abs(during.end - to)).toBeGreaterThan((to - from) / 100);
		await expect.poll(() => page.getByTestId('presenter').getAttribute('data-moving'), { timeout: 3000 }).toBe('false');
		expect(await offsetPx(page, steps[5])).toBeLessThanOrEqual(1);
	});
});

describe('loading', () => {
	it('the reader requests no presenter code; the Present link loads it', async () => {
		const { page } = session;
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script' || r.resourceType() === 'stylesheet') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(`${app.url}?timeline=whatsapp-nso-2019`);
		await page.locator('[data-event-id]').first().waitFor();
		await page.waitForTimeout(300);
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.filter((s) => /Presenter|Speaker|sync/.test(s))).toEqual([]);
		await page.getByTestId('present').click();
		await page.getByTestId('presenter').waitFor();
		expect(scripts.some((s) => /Presenter/.test(s))).toBe(true);
		expect(await hash(page)).toBe(`#step-${steps[0].id}`);
	});

	it('the offline file works from file:// with no network: reader and presenter', async () => {
		const { page } = session;
		const file = new URL('../../dist/offline.html', import.meta.url);
		const requests: string[] = [];
		page.on('request', (r) => {
			if (!/^(file|data):/.test(r.url())) requests.push(r.url());
		});
		const seen = watch(page, 'null');
		await page.goto(`${file.href}?present#step-${steps[3].id}`);
		await page.getByTestId('presenter').waitFor();
		expect(await page.getByTestId('step-title').textContent()).toBe(TITLE(3));
		await page.keyboard.press('PageDown');
		await expect.poll(() => hash(page)).toBe(`#step-${steps[4].id}`);
		expect(await page.locator('[data-testid="chart"] [data-event-id]').count()).toBeGreaterThan(0);
		await page.goto(file.href);
		await page.locator('[data-event-id]').first().waitFor();
		expect(await page.locator('h1').textContent()).toContain('WhatsApp');
		expect(requests).toEqual([]);
		expect(seen.errors).toEqual([]);
		// Everything is inside: one file, and its policy allows no connection.
		const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
		expect(policy).toContain("connect-src 'none'");
		expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
		expect(fileURLToPath(file)).toMatch(/offline\.html$/);
	});
});
