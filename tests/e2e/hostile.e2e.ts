// The hostile-input catalogue (tests/hostile/) through the page: each case is served as a timeline and loaded with
// `?src=`. The page shows the case's message, or draws the timeline with hostile text as text; it never throws,
// hangs, opens a dialog, logs an error or goes blank. Cases run three at a time, each in its own browser context.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltApp, watch } from './harness';
import { CATALOGUE, textOf, type HostileCase } from '../hostile/catalogue';

const served = new Map<string, string>();
const app = useBuiltApp({
	route(path, _req, res) {
		const body = served.get(path);
		if (body === undefined) return false;
		res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(body);
		return true;
	}
});

const CONCURRENT = 3;
let contexts: BrowserContext[] = [];
beforeAll(async () => {
	contexts = await Promise.all(Array.from({ length: CONCURRENT }, () => app.browser.newContext({ viewport: { width: 1280, height: 900 } })));
});
afterAll(() => Promise.all(contexts.map((c) => c.close())));

/** A fresh page for one case, in a context no other running case uses. */
const free: number[] = Array.from({ length: CONCURRENT }, (_, i) => i);
const waiting: (() => void)[] = [];
async function withPage<T>(run: (page: Page, seen: ReturnType<typeof watch>, dialogs: string[]) => Promise<T>): Promise<T> {
	while (free.length === 0) await new Promise<void>((resolve) => waiting.push(resolve));
	const slot = free.shift()!;
	const page = await contexts[slot].newPage();
	const seen = watch(page, new URL(app.url).origin);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	try {
		return await run(page, seen, dialogs);
	} finally {
		await page.close();
		free.push(slot);
		waiting.shift()?.();
	}
}

/** The timeline's default language, so that the page shows the texts the case put first. */
function defaultLanguage(text: string): string | undefined {
	try {
		const lang = JSON.parse(text.replace(/^\uFEFF/, ''))?.languages?.[0];
		return typeof lang === 'string' && /^[a-z]{2,3}$/.test(lang) ? lang : undefined;
	} catch {
		return undefined;
	}
}

describe('hostile and broken input in the browser', () => {
	it('has at least 30 named cases', () => {
		expect(CATALOGUE.length).toBeGreaterThanOrEqual(30);
		expect(new Set(CATALOGUE.map((c) => c.name)).size).toBe(CATALOGUE.length);
	});

	it.concurrent.each(CATALOGUE.map((c, i) => [c.name, c, i] as const))('%s', { timeout: 90_000 }, async (_name, c: HostileCase, i) => {
		const text = textOf(c);
		served.set(`test/case-${i}.json`, text);
		const lang = c.expect.outcome === 'renders' ? defaultLanguage(text) : undefined;
		await withPage(async (page, seen, dialogs) => {
			await page.goto(`${app.url}?src=test/case-${i}.json${lang ? `&lang=${lang}` : ''}`);
			await page.locator('[data-testid="error"], [data-testid="chart-summary"]').first().waitFor({ timeout: 60_000 });
			if (c.expect.outcome === 'problem') {
				const error = page.getByTestId('error');
				expect(await error.count()).toBe(1);
				if (c.expect.kind) expect(await error.getAttribute('data-kind')).toBe(c.expect.kind);
				expect(await error.innerText()).toContain(c.expect.message);
				if (c.expect.path) expect(await error.locator('.path').allInnerTexts()).toContain(c.expect.path);
			} else {
				expect(await page.getByTestId('error').count()).toBe(0);
				const summary = page.getByTestId('chart-summary');
				expect(Number(await summary.getAttribute('data-count'))).toBe(c.expect.events);
				expect(await summary.innerText()).toMatch(/[\d\u0660-\u0669]/);
				expect(await page.locator('[data-testid="chart"] [data-node]').count()).toBeGreaterThan(0);
				if (c.expect.visibleText) expect(await page.locator('body').innerText()).toContain(c.expect.visibleText);
			}
			// Alive and not blank: the page answers, shows text, added no script, opened no dialog and logged no error.
			expect(await page.evaluate(() => document.body.innerText.trim().length)).toBeGreaterThan(20);
			expect(await page.evaluate(() => document.querySelectorAll('script:not([src]):not([type="application/json"])').length)).toBe(0);
			expect(dialogs).toEqual([]);
			expect(seen.errors).toEqual([]);
			expect(seen.foreign).toEqual([]);
		});
		served.delete(`test/case-${i}.json`);
	});
});
