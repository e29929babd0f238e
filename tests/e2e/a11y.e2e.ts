// Accessibility, both languages and the themes, in Chromium: axe-core on every state, and what axe cannot see
// (contrast of SVG marks, focus rings, font sizes, reflow, forced colours, motion, direction, digits, calendars).
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { useBuiltApp, usePage } from './harness';
import { TICK } from '../../src/lib/time/format';
import { CHART_KEYS } from '../../src/lib/chart/shortcut-list';

const app = useBuiltApp();
const session = usePage(app);
const T = '?timeline=whatsapp-nso-2019';

async function open(page: Page, query = '') {
	await page.goto(`${app.url}${T}${query}`);
	await page.locator('[data-event-id]').first().waitFor();
}

/** axe with the WCAG 2.0–2.2 A/AA rules and the target-size rule (off by default). */
async function violations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.options({ rules: { 'target-size': { enabled: true } } })
		.analyze();
	return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('axe-core finds nothing', () => {
	const states: [string, (page: Page) => Promise<void>][] = [
		['default view', (page) => open(page)],
		[
			'zoomed in',
			async (page) => {
				await open(page);
				for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
			}
		],
		[
			'details open',
			async (page) => {
				await open(page, '&start=2019-05-10&end=2019-05-16');
				await page.locator('[data-testid="chart"] [data-event-id][data-visible="true"]').first().click({ force: true });
				await page.getByTestId('details').waitFor();
			}
		],
		[
			'table view',
			async (page) => {
				await open(page);
				await page.getByTestId('table-toggle').click();
				await page.locator('.table-wrap tbody tr').first().waitFor();
			}
		],
		[
			'search results',
			async (page) => {
				await open(page);
				await page.getByTestId('search').fill('Citizen Lab');
				await page.getByTestId('search-results').waitFor();
			}
		],
		['Arabic', (page) => open(page, '&lang=ar')],
		[
			'dark theme',
			async (page) => {
				await page.emulateMedia({ colorScheme: 'dark' });
				await open(page);
			}
		],
		['high-contrast theme', (page) => open(page, '&theme=contrast')],
		[
			'display options open',
			async (page) => {
				await open(page);
				await page.getByTestId('display').locator('summary').click();
				// The panel's code loads as it opens: check it once drawn.
				await page.getByTestId('theme').waitFor();
			}
		],
		['narrow screen', async (page) => {
			await page.setViewportSize({ width: 375, height: 800 });
			await open(page);
		}],
		[
			'embed',
			async (page) => {
				await page.goto(`${app.url}embed.html${T}`);
				await page.locator('[data-event-id]').first().waitFor();
			}
		],
		[
			'presenter',
			async (page) => {
				await page.goto(`${app.url}${T}&present#step-fix`);
				await page.locator('[data-testid="chart"] [data-event-id]').first().waitFor();
			}
		]
	];
	for (const [name, setup] of states) {
		it(name, async () => {
			await setup(session.page);
			expect(await violations(session.page)).toEqual([]);
		});
	}
});

/** In the page: WCAG contrast of two computed colours (alpha composited over white or the given backdrop). */
const CONTRAST = `(() => {
	const rgb = (c) => { const m = c.match(/[\\d.]+/g).map(Number); return m; };
	const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
	const over = (fg, bg) => { const [r, g, b, a = 1] = rgb(fg); const [R, G, B] = rgb(bg); return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)]; };
	window.contrast = (fg, bg) => { const a = lum(over(fg, bg)); const b = lum(rgb(bg)); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
})()`;

describe('what axe cannot check', () => {
	for (const theme of ['light', 'dark', 'contrast']) {
		it(`${theme} theme: marks, axis lines and focus ≥ 3:1, text ≥ 4.5:1 against what they sit on`, async () => {
			const { page } = session;
			await open(page, `&theme=${theme}`);
			await page.evaluate(CONTRAST);
			const ratios = await page.evaluate(() => {
				const c = (window as unknown as { contrast: (a: string, b: string) => number }).contrast;
				const style = (sel: string) => document.querySelector(sel) as Element;
				const lane = getComputedStyle(style('.lane-0')).fill;
				const laneAlt = getComputedStyle(style('.lane-1')).fill;
				const surface = getComputedStyle(style('.stage')).backgroundColor;
				const out: Record<string, number> = {};
				for (const el of document.querySelectorAll('[data-testid="chart"] .mark-shape, [data-testid="chart"] .cluster-shape')) {
					const fill = getComputedStyle(el).fill;
					const name = `mark ${fill}`;
					out[name] = Math.min(out[name] ?? 99, c(fill, lane), c(fill, laneAlt));
				}
				const axisLine = getComputedStyle(style('[data-testid="chart"] .axis line.baseline')).stroke;
				out['axis tick text'] = c(getComputedStyle(style('[data-testid="chart"] text.tick')).fill, getComputedStyle(style('.axis-bg')).fill);
				out['lane name'] = Math.min(c(getComputedStyle(style('.lane-name')).fill, lane), c(getComputedStyle(style('.lane-name')).fill, laneAlt));
				out['label text'] = Math.min(...[...document.querySelectorAll('[data-testid="chart"] .labels text, [data-testid="chart"] g text')].slice(0, 30).map((t) => c(getComputedStyle(t).fill, lane)));
				out['body text'] = c(getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor);
				out['muted text'] = c(getComputedStyle(style('.as-of')).color, getComputedStyle(document.body).backgroundColor);
				const probe = document.body.appendChild(document.createElement('span'));
				probe.style.color = 'var(--focus)';
				out['focus ring'] = Math.min(c(getComputedStyle(probe).color, surface), c(getComputedStyle(probe).color, lane), c(getComputedStyle(probe).color, laneAlt));
				probe.remove();
				out['axis baseline'] = c(axisLine, getComputedStyle(style('.axis-bg')).fill);
				return out;
			});
			for (const [name, ratio] of Object.entries(ratios)) {
				const min = /text|name/.test(name) ? 4.5 : 3;
				expect(ratio, `${theme}: ${name}`).toBeGreaterThanOrEqual(min);
			}
		});
	}

	it('focus rings are at least 2 px and solid, on events and on every kind of control', async () => {
		const { page } = session;
		await open(page);
		// An event's ring is its own circle (SVG groups draw no outline): visible, solid, at least 2 px.
		const mark = page.locator('[data-testid="chart"] [data-event-id][data-visible="true"]').first();
		await mark.focus();
		await page.keyboard.press('Shift');
		const ring = await mark.locator('.ring').evaluate((e) => {
			const s = getComputedStyle(e);
			return { visibility: s.visibility, width: Number.parseFloat(s.strokeWidth), dash: s.strokeDasharray, stroke: s.stroke };
		});
		expect(ring).toMatchObject({ visibility: 'visible', dash: 'none' });
		expect(ring.width).toBeGreaterThanOrEqual(2);
		expect(ring.stroke).not.toMatch(/none|transparent|rgba\(0, 0, 0, 0\)/);
		const targets = ['[data-testid="search"]', '[data-testid="table-toggle"]', '.toolbar select', 'summary', '.toolbar input[type="checkbox"]', 'a[href]'];
		for (const selector of targets) {
			const el = page.locator(selector).first();
			await el.focus();
			await page.keyboard.press('Shift');
			const ring = await el.evaluate((e) => {
				const s = getComputedStyle(e);
				return { width: Number.parseFloat(s.outlineWidth), style: s.outlineStyle, focused: document.activeElement === e };
			});
			expect(ring.focused, selector).toBe(true);
			expect(ring.style, selector).not.toBe('none');
			expect(ring.width, selector).toBeGreaterThanOrEqual(2);
		}
	});

	it('no text is smaller than 12 px, in the page or the chart', async () => {
		const { page } = session;
		await open(page);
		await page.getByTestId('display').locator('summary').click();
		await page.getByTestId('theme').waitFor();
		const small = await page.evaluate(() => {
			const out: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement;
				if (!el || !n.textContent?.trim() || el.closest('.visually-hidden, [hidden]')) continue;
				const rect = el.getBoundingClientRect();
				if (rect.width === 0 && rect.height === 0) continue;
				const size = Number.parseFloat(getComputedStyle(el).fontSize);
				if (size < 12) out.push(`${el.tagName}.${el.getAttribute('class')}: ${size}px "${n.textContent.trim().slice(0, 20)}"`);
			}
			return out;
		});
		expect(small).toEqual([]);
	});

	it('reflows at 320 px: no horizontal scroll, every control visible and usable', async () => {
		const { page } = session;
		await page.setViewportSize({ width: 320, height: 640 });
		await open(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		for (const id of ['search', 'table-toggle', 'embed-open']) await expect.poll(() => page.getByTestId(id).isVisible()).toBe(true);
		await page.getByTestId('table-toggle').click();
		await page.locator('.table-wrap tbody tr').first().waitFor();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});

	it('in forced-colors mode a focused event still shows its outline', async () => {
		const { page } = session;
		await page.emulateMedia({ forcedColors: 'active' });
		await open(page);
		const mark = page.locator('[data-testid="chart"] [data-event-id][data-visible="true"]').first();
		await mark.focus();
		await page.keyboard.press('Shift');
		const ring = await mark.locator('.ring').evaluate((e) => ({ visibility: getComputedStyle(e).visibility, stroke: getComputedStyle(e).stroke, width: Number.parseFloat(getComputedStyle(e).strokeWidth) }));
		expect(ring.visibility).toBe('visible');
		expect(ring.stroke).not.toMatch(/none|transparent|rgba\(0, 0, 0, 0\)/);
		expect(ring.width).toBeGreaterThanOrEqual(2);
		// Controls keep a real outline in system colours too.
		const button = page.getByTestId('table-toggle');
		await button.focus();
		expect(await button.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe('none');
	});

	it('with reduced motion nothing animates', async () => {
		await session.restart({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
		const { page } = session;
		await open(page);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await page.getByTestId('display').locator('summary').click();
		await page.getByTestId('theme').waitFor();
		await page.locator('[data-testid="chart"] [data-event-id][data-visible="true"]').first().click({ force: true });
		const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
		expect(running).toBe(0);
	});

	it('nothing focusable hides inside aria-hidden', async () => {
		const { page } = session;
		await open(page, '&start=2019-05-10&end=2019-05-16');
		await page.locator('[data-testid="chart"] [data-event-id][data-visible="true"]').first().click({ force: true });
		const hidden = await page.evaluate(() =>
			[...document.querySelectorAll('[aria-hidden="true"]')].flatMap((h) =>
				[...h.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].filter((e) => (e as HTMLElement).tabIndex >= 0).map((e) => e.outerHTML.slice(0, 80))
			)
		);
		expect(hidden).toEqual([]);
	});
});

describe('for screen readers', () => {
	it('the chart has a role, a name and a description with the count and the dates; a summary comes before it', async () => {
		const { page } = session;
		await open(page);
		const svg = page.locator('[data-testid="chart"] svg');
		expect(await svg.getAttribute('role')).toBeTruthy();
		expect(await svg.getAttribute('aria-label')).toContain('WhatsApp');
		const description = await page.locator(`#${await svg.getAttribute('aria-describedby')}`).textContent();
		expect(description).toMatch(/41 events from June 2018 to 20 May 2026/);
		const summary = page.getByTestId('chart-summary');
		expect(await summary.textContent()).toMatch(/41 events/);
		const before = await page.evaluate(() => {
			const s = document.querySelector('[data-testid="chart-summary"]')!;
			const chart = document.querySelector('[data-testid="chart"]')!;
			return Boolean(s.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING);
		});
		expect(before).toBe(true);
	});

	it('shows the events as a table: caption, column headers, a row per event, sortable by date', async () => {
		const { page } = session;
		await open(page);
		await page.getByTestId('table-toggle').click();
		const table = page.locator('table').filter({ has: page.locator('caption') }).last();
		await table.locator('tbody tr').first().waitFor();
		expect(await table.locator('caption').textContent()).toMatch(/41 events/);
		expect(await table.locator('thead th[scope="col"]').count()).toBe(6);
		expect(await table.locator('tbody tr').count()).toBe(41);
		const first = await table.locator('tbody tr').first().getAttribute('data-event-id');
		const dateHeader = table.locator('thead th').first();
		expect(await dateHeader.getAttribute('aria-sort')).toBe('ascending');
		await dateHeader.locator('button').click();
		expect(await dateHeader.getAttribute('aria-sort')).toBe('descending');
		expect(await table.locator('tbody tr').last().getAttribute('data-event-id')).toBe(first);
		const links = await table.locator('tbody a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol));
		expect(links.length).toBeGreaterThan(41);
		for (const p of links) expect(['http:', 'https:']).toContain(p);
	});

	it('a polite live region announces zoom, filter and selection changes', async () => {
		const { page } = session;
		await open(page);
		const live = page.getByTestId('announce');
		expect(await live.getAttribute('aria-live')).toBe('polite');
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(() => live.textContent()).toMatch(/^Showing .+ to .+\.$/);
		await page.locator('[data-testid="filters"] summary').click();
		await page.locator('[data-testid="filters"] input[type="checkbox"]').first().check();
		await expect.poll(() => live.textContent()).toMatch(/of 41 events match/);
		await page.locator('[data-testid="chart"] [data-event-id][data-visible="true"]').first().focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => live.textContent()).toMatch(/^Opened: /);
		// The details panel narrows the chart, which keeps its dates: no span is said over the opened event (a span is
		// said 600 ms after the view settles).
		await page.getByTestId('details').waitFor();
		await page.waitForTimeout(1_000);
		expect(await live.textContent()).toMatch(/^Opened: /);
		await page.keyboard.press('Escape');
		await expect.poll(() => live.textContent()).toBe('Details closed.');
		await page.waitForTimeout(1_000);
		expect(await live.textContent()).toBe('Details closed.');
	});

	it('the instructions list every key the chart answers to', async () => {
		const { page } = session;
		await open(page);
		const howTo = page.getByTestId('how-to');
		await howTo.locator('summary').click();
		// The panel's code loads as it opens.
		await howTo.locator('tbody tr').first().waitFor();
		expect(await howTo.locator('tbody tr').count()).toBe(CHART_KEYS.length);
		const text = (await howTo.textContent()) ?? '';
		for (const entry of CHART_KEYS) for (const key of entry.keys) expect(text).toContain(key);
	});
});

describe('Arabic and right-to-left', () => {
	const xOf = (page: Page, id: string) => page.locator(`[data-testid="chart"] [data-event-id="${id}"]`).evaluate((e) => e.getBoundingClientRect().x);

	it('the page is rtl and its chrome mirrors, but time runs left to right by default', async () => {
		const { page } = session;
		await open(page, '&lang=ar');
		expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
		expect(await page.locator('h1').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
		const xs = await page.locator('.toolbar > *').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
		expect(xs[0]).toBeGreaterThan(xs[xs.length - 1]);
		expect(await xOf(page, 'ft-report')).toBeLessThan(await xOf(page, 'lawsuit-filed'));
	});

	it('asks for its Arabic words beside the timeline, not once the timeline has come', async () => {
		const { page } = session;
		let wordsAsked = () => {};
		const asked = new Promise<true>((resolve) => (wordsAsked = () => resolve(true)));
		let heldUntilWords: boolean | undefined;
		const words = /\/assets\/ar-[\w-]+\.js$/;
		const data = '**/data/whatsapp-nso-2019.json';
		await page.route(words, (route) => {
			wordsAsked();
			return route.continue();
		});
		// The timeline's response waits for the words' request; an app that asks for them only afterwards would wait
		// the whole guard out.
		await page.route(data, async (route) => {
			heldUntilWords = await Promise.race([asked, new Promise<false>((resolve) => setTimeout(() => resolve(false), 5_000))]);
			await route.continue();
		});
		try {
			await open(page, '&lang=ar');
			expect(heldUntilWords).toBe(true);
			expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		} finally {
			await page.unroute(words);
			await page.unroute(data);
		}
	});

	it('axis=rtl mirrors time, and the arrow keys follow what is drawn', async () => {
		const { page } = session;
		await open(page, '&lang=ar&axis=rtl');
		expect(await xOf(page, 'ft-report')).toBeGreaterThan(await xOf(page, 'lawsuit-filed'));
		const nodes = page.locator('[data-testid="chart"] [data-event-id], [data-testid="chart"] [data-cluster]');
		await nodes.first().focus();
		const at = () => page.evaluate(() => document.activeElement?.getBoundingClientRect().x ?? 0);
		const x0 = await at();
		await page.keyboard.press('ArrowLeft');
		expect(await at()).toBeLessThan(x0);
		await page.keyboard.press('ArrowRight');
		expect(await at()).toBe(x0);
		// The default axis: ArrowRight goes to the later event, to the right.
		await open(page, '&lang=ar');
		await nodes.first().focus();
		const y0 = await at();
		await page.keyboard.press('ArrowRight');
		expect(await at()).toBeGreaterThan(y0);
	});

	it('dates in lists, details and the table are bidi-isolated', async () => {
		const { page } = session;
		await open(page, '&lang=ar&event=cve-published');
		await page.getByTestId('search').fill('NSO');
		await page.getByTestId('search-results').waitFor();
		const modes = await page.locator('.date, .when').evaluateAll((els) => els.map((e) => getComputedStyle(e).unicodeBidi));
		expect(modes.length).toBeGreaterThan(3);
		for (const m of modes) expect(['isolate', 'plaintext', 'isolate-override']).toContain(m);
		await page.getByTestId('table-toggle').click();
		await page.locator('.table-wrap tbody tr').first().waitFor();
		expect(await page.locator('.table-wrap tbody td.date bdi').count()).toBe(41);
	});

	it('tick labels use Arabic-Indic digits, exactly as Intl writes them in this browser', async () => {
		const { page } = session;
		await open(page, '&lang=ar&start=2019-05-10&end=2019-05-16');
		const level = (await page.locator('[data-testid="chart"] svg').getAttribute('data-tick-level')) as keyof typeof TICK;
		const ticks = await page.locator('text.tick').evaluateAll((ts) => ts.map((t) => ({ date: Number(t.getAttribute('data-date')), text: t.textContent })));
		expect(ticks.length).toBeGreaterThan(2);
		const expected = await page.evaluate(
			({ dates, options }) => dates.map((d) => new Intl.DateTimeFormat('ar-EG', { ...options, timeZone: 'UTC' }).format(new Date(d))),
			{ dates: ticks.map((t) => t.date), options: TICK[level] }
		);
		expect(ticks.map((t) => t.text)).toEqual(expected);
		expect(ticks.some((t) => /[٠-٩]/.test(t.text ?? ''))).toBe(true);
	});

	it('numerals=latn writes Latin digits; calendar=islamic-umalqura writes Hijri dates and ticks on Hijri months', async () => {
		const { page } = session;
		await open(page, '&lang=ar&numerals=latn&event=lawsuit-filed');
		const date = await page.getByTestId('details-date').textContent();
		expect(date).not.toMatch(/[٠-٩]/);
		expect(date).toBe(await page.evaluate(() => new Intl.DateTimeFormat('ar-EG-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2019, 9, 29))));
		await open(page, '&lang=ar&calendar=islamic-umalqura&event=lawsuit-filed&start=2019-01-01&end=2019-12-31');
		const hijri = await page.getByTestId('details-date').textContent();
		expect(hijri).toBe(await page.evaluate(() => new Intl.DateTimeFormat('ar-EG-u-ca-islamic-umalqura', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2019, 9, 29))));
		expect(hijri).toContain('ربيع الأول');
		const level = await page.locator('[data-testid="chart"] svg').getAttribute('data-tick-level');
		expect(['months', 'quarters']).toContain(level);
		const days = await page.locator('text.tick').evaluateAll((ts) =>
			ts.map((t) => Number(new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { day: 'numeric', timeZone: 'UTC' }).format(new Date(Number(t.getAttribute('data-date'))))))
		);
		expect(days.length).toBeGreaterThan(2);
		expect(new Set(days)).toEqual(new Set([1]));
	});
});
