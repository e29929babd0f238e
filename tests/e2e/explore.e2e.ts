// Exploring: overview brush, clusters, search, filters, deep links and history, keyboard, touch, time zones.
import { describe, it, expect, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp, usePage, domain, pinch } from './harness';
import { readJson } from '../helpers';
import { en } from '../../src/lib/i18n/en';

type Json = Record<string, any>;
const breach = readJson('data/whatsapp-nso-2019.json') as Json;

const app = useBuiltApp();
const session = usePage(app);
const open = (query = '') => session.open(query);
let page: Page;
beforeEach(() => {
	page = session.page;
});

const span = async () => {
	const [a, b] = await domain(page);
	return b - a;
};
const activeNode = () => page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? document.activeElement?.tagName ?? null);

describe('overview strip', () => {
	it('pans the chart when its brush is dragged, and follows the chart when it zooms', async () => {
		await open('?start=2019-05-01&end=2019-05-31');
		const before = await domain(page);
		const brush = page.locator('[data-testid="overview"] .window');
		await brush.scrollIntoViewIfNeeded();
		const box = (await brush.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 4 });
		await page.mouse.up();
		const after = await domain(page);
		expect(after[0]).toBeGreaterThan(before[0]);
		const brushStart = Date.parse((await page.locator('[data-testid="overview"] [role="slider"]').getAttribute('data-brush-start'))!);
		expect(Math.abs(brushStart - after[0])).toBeLessThan(60_000);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		const zoomed = Date.parse((await page.locator('[data-testid="overview"] [role="slider"]').getAttribute('data-brush-end'))!);
		expect(Math.abs(zoomed - (await domain(page))[1])).toBeLessThan(60_000);
	});

	it("draws a lone event across the strip, and where categories meet each in a row of its own, in the legend's order; a range is a bar from its start to its end", async () => {
		// The brush on exactly the attack window (29 April to 10 May 2019, a range of the attack category).
		await open('?start=2019-04-29T00:00Z&end=2019-05-11T00:00Z');
		const strip = page.locator('[data-testid="overview"]');
		await strip.scrollIntoViewIfNeeded();
		const marks = await strip.locator('.tick-mark').evaluateAll((nodes) =>
			nodes.map((n) => ({ tag: n.tagName, category: Number(/cat-(\d+)/.exec(n.getAttribute('class')!)![1]), x: Number(n.getAttribute('x')), width: Number(n.getAttribute('width')), y: Number(n.getAttribute('y')), height: Number(n.getAttribute('height')) }))
		);
		expect(new Set(marks.map((m) => m.tag))).toEqual(new Set(['rect']));
		const band = Math.max(...marks.map((m) => m.height));
		const [lone, met] = [marks.filter((m) => m.height === band), marks.filter((m) => m.height < band)];
		// The strip's years before and after May 2019 hold lone events (June 2018's, the court's); May 2019 is crowded.
		expect(lone.length).toBeGreaterThan(10);
		expect(met.length).toBeGreaterThan(5);
		// A lone bar shares no pixel column with another category's bar (each is drawn 1 px wider on each side).
		const columns = (m: (typeof marks)[number]) => [Math.floor(m.x), Math.ceil(m.x + m.width)];
		for (const m of lone) {
			const [a, b] = columns(m);
			expect(marks.filter((o) => o.category !== m.category && columns(o)[0] <= b && columns(o)[1] >= a)).toEqual([]);
		}
		// Where categories meet: one row per category, top to bottom in the timeline's order (the legend's), none over another.
		const rowOf = new Map<number, Set<number>>();
		for (const m of met) rowOf.set(m.category, (rowOf.get(m.category) ?? new Set()).add(m.y));
		expect([...rowOf.values()].every((ys) => ys.size === 1)).toBe(true);
		const order = [...rowOf.keys()].sort((a, b) => a - b);
		const tops = order.map((c) => [...rowOf.get(c)!][0]);
		expect(tops).toEqual([...tops].sort((a, b) => a - b));
		for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeGreaterThanOrEqual(tops[i - 1] + met[0].height - 0.01);
		// The attack window's bar starts under the brush's start and reaches its end (a later attack may extend it).
		const window = await strip.locator('.window').evaluate((n) => ({ x: Number(n.getAttribute('x')), width: Number(n.getAttribute('width')) }));
		const attack = breach.categories.findIndex((c: Json) => c.id === 'attack');
		const bar = marks.find((m) => m.category === attack && Math.abs(m.x + 1 - window.x) < 1.5);
		expect(bar).toBeDefined();
		expect(bar!.x + bar!.width - 1).toBeGreaterThanOrEqual(window.x + window.width - 1.5);
		expect(window.width).toBeGreaterThan(8);
	});

	it('moves the brush with the keyboard', async () => {
		await open('?start=2019-05-01&end=2019-05-31');
		const before = await domain(page);
		await page.locator('[data-testid="overview"] [role="slider"]').focus();
		await page.keyboard.press('ArrowRight');
		expect((await domain(page))[0]).toBeGreaterThan(before[0]);
	});
});

describe('folded quiet periods', () => {
	it('folds by default on the breach timeline, labels each break with the span it hides, and unfolds on request', async () => {
		await open();
		const svg = page.locator('[data-testid="chart"] svg');
		expect(Number(await svg.getAttribute('data-breaks'))).toBeGreaterThan(0);
		const title = await page.locator('[data-break-start] title').first().textContent();
		expect(title).toMatch(/^Quiet period folded: \d{1,2} [A-Z][a-z]+/);
		expect(await page.locator('[data-testid="break-label"]').first().textContent()).toMatch(/\d+ (mths?|yrs?)/);
		await page.getByRole('checkbox', { name: 'Fold quiet periods' }).uncheck();
		await expect.poll(() => svg.getAttribute('data-breaks')).toBe('0');
		expect(page.url()).toContain('fold=0');
	});
});

describe('folded quiet periods, across ranges, eras and interaction', () => {
	it('marks a break across the era band it interrupts, and pans and zooms across breaks', async () => {
		await open();
		const era = (await page.locator('[data-era="us-litigation"]').boundingBox())!;
		const breaks = await page.locator('[data-break-start] rect.gap').evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
		const inside = breaks.filter((b) => b.x > era.x && b.x + b.w < era.x + era.width);
		expect(inside.length).toBeGreaterThan(0);
		// The break is drawn over the whole height of the band, so the interruption shows on it.
		for (const b of inside) {
			expect(b.y).toBeLessThanOrEqual(era.y);
			expect(b.y + b.h).toBeGreaterThanOrEqual(era.y + era.height - 1);
		}
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		const before = await domain(page);
		const box = (await page.locator('[data-testid="chart"] svg').boundingBox())!;
		await page.mouse.move(box.x + 800, box.y + 30);
		await page.mouse.down();
		await page.mouse.move(box.x + 300, box.y + 30, { steps: 6 });
		await page.mouse.up();
		const after = await domain(page);
		expect(after[0]).toBeGreaterThan(before[0]);
		expect(after[1]).toBeGreaterThan(before[1]);
		expect(Number(await page.locator('[data-testid="chart"] svg').getAttribute('data-breaks'))).toBeGreaterThan(0);
	});
});

describe('semantic zoom', () => {
	it('merges colliding events into a cluster that names its count and dates, and splits it when activated', async () => {
		await open();
		const cluster = page.locator('[data-cluster]').first();
		const members = (await cluster.getAttribute('data-cluster'))!.split(' ');
		expect(members.length).toBeGreaterThan(1);
		expect(await cluster.getAttribute('aria-label')).toMatch(new RegExp(`^${members.length} events, `));
		const spanBefore = await span();
		await cluster.focus();
		await page.keyboard.press('Enter');
		await expect.poll(span).toBeLessThan(spanBefore / 4);
		// Its first member is now drawn on its own, or in a smaller cluster.
		const holder = await page.evaluate(
			(id) => document.querySelector(`[data-event-id="${id}"]`) ?? [...document.querySelectorAll('[data-cluster]')].find((c) => c.getAttribute('data-cluster')!.split(' ').includes(id)),
			members[0]
		);
		expect(holder).not.toBeNull();
		const still = await page.locator(`[data-cluster="${members.join(' ')}"]`).count();
		expect(still).toBe(0);
		expect(await activeNode()).not.toBe('BODY');
	});
});

describe('search', () => {
	/** Each page, and the file its search's code comes in: a chunk for the reader, a side script for the embed. */
	const SEARCH_CODE = [
		['', /\/assets\/search-[\w-]+\.js$/],
		['embed.html', /\/assets\/embed-search-[\w-]+\.js$/]
	] as const;

	it('finds the Citizen Lab events, lists them with dates, highlights them and opens the one chosen', async () => {
		await open();
		await page.getByRole('searchbox', { name: 'Search events' }).fill('Citizen Lab');
		const results = page.locator('[data-testid="search-results"] button');
		await expect.poll(() => results.count()).toBeGreaterThanOrEqual(2);
		const ids = await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-result-for')));
		expect(ids).toContain('citizen-lab-cases');
		expect(await results.first().textContent()).toMatch(/\d{4}/);
		expect(await page.locator('[data-hit]').count()).toBeGreaterThan(0);
		await page.locator('[data-result-for="citizen-lab-cases"]').click();
		await expect.poll(() => page.locator('[data-testid="details"]').getAttribute('data-event-id')).toBe('citizen-lab-cases');
		const [a, b] = await domain(page);
		const at = Date.parse('2019-10-29T12:00Z');
		expect(a < at && at < b).toBe(true);
		expect(await page.locator('[data-event-id="citizen-lab-cases"][data-hit]').count()).toBe(1);
	});

	it('loads its code when the search box takes the focus, not before, and once (a chunk for the reader, a side script for the embed)', async () => {
		for (const [path, file] of SEARCH_CODE) {
			const asked: string[] = [];
			page.on('request', (r) => file.test(r.url()) && asked.push(r.url()));
			await open(path);
			expect(asked, path).toEqual([]);
			// Focused, the box asks for the code and builds the index before the first query.
			await page.getByRole('searchbox').click();
			await expect.poll(() => asked.length, { message: path }).toBe(1);
			await page.getByRole('searchbox').fill('NSO');
			await expect.poll(() => page.locator('[data-testid="search-results"] button').count(), { message: path }).toBeGreaterThan(0);
			await page.getByRole('searchbox').fill('Citizen Lab');
			await expect.poll(() => page.locator('[data-result-for="citizen-lab-cases"]').count(), { message: path }).toBe(1);
			expect(asked, path).toHaveLength(1);
			page.removeAllListeners('request');
		}
	});

	it('has the results of a query in the address in its first picture', async () => {
		// The search's code comes late: the first picture waits for it rather than being drawn without the results.
		await page.route(SEARCH_CODE[0][1], async (route) => {
			await new Promise((r) => setTimeout(r, 500));
			await route.fallback();
		});
		await page.goto(app.url + '?q=Citizen%20Lab');
		await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0);
		// Read at once, not waited for.
		expect(await page.locator('[data-result-for="citizen-lab-cases"]').count()).toBe(1);
		expect(await page.locator('[data-testid="chart"] [data-hit]').count()).toBeGreaterThan(0);
	});

	it('keeps the results of a query through a change of language: no frame says "Searching…"', async () => {
		await open('?lang=en&q=NSO');
		const count = page.locator('.search .count');
		await expect.poll(() => count.textContent()).toMatch(/^\d+ results$/);
		// Each text the count shows, and what it says at each frame after a change (the frame's paint comes after).
		await page.evaluate(() => {
			const box = document.querySelector('.search .count')!;
			const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
			new MutationObserver(() => requestAnimationFrame(() => seen.push(box.textContent ?? ''))).observe(box, { subtree: true, childList: true, characterData: true });
		});
		await page.getByLabel('العربية').check();
		// The count in Arabic-Indic digits: the Arabic index has answered.
		await expect.poll(() => count.textContent()).toMatch(/[٠-٩]/);
		const frames = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
		expect(frames.length).toBeGreaterThan(0);
		expect(frames.filter((text) => text.includes('…'))).toEqual([]);
	});

	it('says so when its code cannot be loaded, visibly in the embed too, and asks again at the next query', async () => {
		for (const [path, file] of SEARCH_CODE) {
			let refused = 0;
			// The focus asks first; its request is held until the query has been typed, so that the query shares it
			// (whether a query asks again for a failure already seen would otherwise depend on timing).
			let answer!: () => void;
			const held = new Promise<void>((resolve) => (answer = resolve));
			await page.route(file, async (route) => (refused++, await held, await route.fulfill({ status: 404, body: '' })));
			await open(path);
			await page.getByRole('searchbox').click();
			await expect.poll(() => refused, { message: path }).toBe(1);
			const count = page.locator('.search .count');
			await page.getByRole('searchbox').fill('NSO');
			// The query waits for the code, and says so (not "0 results"); only then does the code's answer come.
			await expect.poll(() => count.textContent(), { message: path }).toBe(en.searching);
			answer();
			await expect.poll(() => count.textContent(), { message: path }).toBe(en.searchFailed);
			// Seen, not only heard: the embed's count is otherwise for screen readers only (a 1 px box).
			expect((await count.boundingBox())!.height, path).toBeGreaterThan(20);
			expect(await page.locator('[data-testid="search-results"]').count(), path).toBe(0);
			await page.unroute(file);
			await page.getByRole('searchbox').fill('Citizen Lab');
			await expect.poll(() => page.locator('[data-result-for="citizen-lab-cases"]').count(), { message: path }).toBe(1);
			expect(await count.textContent(), path).not.toBe(en.searchFailed);
			expect(refused, path).toBe(1);
			// The refused request is the only console error.
			expect(session.seen.errors.splice(0).filter((e) => !e.includes('404')), path).toEqual([]);
		}
	});

	it('shows each key in the box before it searches, and searches a burst of keys once (reader and embed)', async () => {
		for (const path of ['', 'embed.html']) {
			await open(path);
			const box = page.getByRole('searchbox');
			await box.click();
			// The code and the index are ready (the focus asked for them): any count now is the search's own.
			await box.fill('zzzz');
			await expect.poll(() => page.locator('.search .count').textContent(), { message: path }).toBe('0 results');
			await box.fill('');
			await expect.poll(() => page.locator('.search .count').textContent(), { message: path }).toBe('');
			const got = await page.evaluate(async () => {
				const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
				const count = input.parentElement!.querySelector('.count')!;
				const changes: string[] = [];
				new MutationObserver(() => changes.push(count.textContent!.trim())).observe(count, { childList: true, characterData: true, subtree: true });
				// Three keys, each followed by what runs before the next task (where a search used to run, once per key).
				for (const text of ['N', 'NSO', 'NSO court']) {
					input.value = text;
					input.dispatchEvent(new InputEvent('input', { bubbles: true }));
					for (let i = 0; i < 5; i++) await Promise.resolve();
				}
				const before = { count: count.textContent!.trim(), url: location.search };
				await new Promise((done) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(done))));
				return { before, changes, value: input.value };
			});
			expect(got.value, path).toBe('NSO court');
			// Nothing searched while the box had yet to paint the keys…
			expect(got.before.count, path).toBe('');
			expect(got.before.url, path).not.toContain('q=');
			// …then one search, for all three.
			expect(got.changes, path).toEqual([expect.stringMatching(/^[1-9]\d* results?$/)]);
			await expect.poll(() => page.locator('[data-testid="search-results"] button').count(), { message: path }).toBeGreaterThan(0);
			if (!path) await expect.poll(() => page.url()).toContain('q=NSO+court');
			// Down, pressed before that paint, goes to the first result of what the box says, not of the query before.
			const first = await page.evaluate(() => {
				const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
				input.value = 'Citizen Lab';
				input.dispatchEvent(new InputEvent('input', { bubbles: true }));
				input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
				return document.activeElement?.getAttribute('data-result-for');
			});
			expect(first, path).toBe('citizen-lab-cases');
			// Escape, pressed before that paint, clears what the box says.
			await box.fill('');
			await expect.poll(() => page.locator('.search .count').textContent(), { message: path }).toBe('');
			const cleared = await page.evaluate(async () => {
				const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
				input.value = 'NSO';
				input.dispatchEvent(new InputEvent('input', { bubbles: true }));
				input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
				await new Promise((done) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(done))));
				return [input.value, input.parentElement!.querySelector('.count')!.textContent!.trim()];
			});
			expect(cleared, path).toEqual(['', '']);
		}
	});

	it('finds Arabic text whatever its diacritics', async () => {
		await open('?lang=ar');
		await page.getByRole('searchbox').fill('مُختبر المواطن');
		await expect.poll(() => page.locator('[data-testid="search-results"] button').count()).toBeGreaterThanOrEqual(2);
	});
});

describe('filters', () => {
	it('fade or hide the events filtered out, count what is shown, and clear', async () => {
		await open();
		await page.locator('[data-testid="filters"] summary').click();
		const shown = page.locator('[data-testid="shown-count"]');
		expect(await shown.textContent()).toBe(`${breach.events.length} of ${breach.events.length} events`);
		const litigation = breach.events.filter((e: Json) => e.category === 'litigation-us').length;
		await page.locator('input[data-facet="categories"][value="litigation-us"]').check();
		await expect.poll(() => shown.textContent()).toBe(`${litigation} of ${breach.events.length} events`);
		expect(await page.locator('[data-testid="chart"] [data-faded]').count()).toBeGreaterThan(0);
		await page.getByRole('radio', { name: 'Hide' }).check();
		const drawn = async () => (await page.locator('[data-testid="chart"] [data-event-id], [data-testid="chart"] [data-cluster]').evaluateAll((els) => els.flatMap((e) => (e.getAttribute('data-event-id') ?? e.getAttribute('data-cluster'))!.split(' ')))).length;
		await expect.poll(drawn).toBe(litigation);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(() => shown.textContent()).toBe(`${breach.events.length} of ${breach.events.length} events`);
		// The chart gives back the layout of every event it drew before the filter (layout/window.ts, laneLayout).
		await expect.poll(drawn).toBe(breach.events.length);
	});
});

describe('deep links and history', () => {
	it('restores the range, selection, filters, search, language, lanes and fold from the URL after a reload', async () => {
		await open('?start=2019-05-10&end=2019-05-16&lanes=category&lang=ar&fold=0');
		await page.locator('[data-testid="filters"] summary').click();
		await page.locator('input[data-facet="statuses"][value="confirmed"]').check();
		await page.getByRole('searchbox').fill('NSO');
		await page.locator('[data-event-id="server-fix"]').click();
		await expect.poll(() => page.url()).toContain('event=server-fix');
		await expect.poll(() => page.url()).toContain('q=NSO');
		const url = page.url();
		expect(url).toContain('status=confirmed');
		expect(url).toContain('lanes=category');
		const before = await domain(page);
		await page.reload();
		await page.locator('[data-event-id]').first().waitFor();
		const after = await domain(page);
		expect(Math.abs(after[0] - before[0])).toBeLessThanOrEqual(60_000);
		expect(Math.abs(after[1] - before[1])).toBeLessThanOrEqual(60_000);
		expect(await page.locator('[data-testid="details"]').getAttribute('data-event-id')).toBe('server-fix');
		expect(await page.locator('input[data-facet="statuses"][value="confirmed"]').isChecked()).toBe(true);
		expect(await page.getByRole('searchbox').inputValue()).toBe('NSO');
		expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
		expect(await page.getByRole('radio', { name: 'حسب الفئة' }).isChecked()).toBe(true);
		expect(await page.locator('[data-testid="chart"] svg').getAttribute('data-breaks')).toBe('0');
	});

	it('steps Back and Forward through selections and filters, not through zoom frames', async () => {
		await open('?start=2019-05-09&end=2019-05-15&fold=0');
		await page.locator('[data-event-id="server-fix"]').click();
		await page.keyboard.press('Escape');
		await page.locator('[data-event-id="cve-published"]').click();
		await expect.poll(() => page.url()).toContain('event=cve-published');
		const length = await page.evaluate(() => history.length);
		const box = (await page.locator('[data-testid="chart"] svg').boundingBox())!;
		await page.mouse.move(box.x + 300, box.y + 200);
		for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
		await page.waitForTimeout(400);
		expect(await page.evaluate(() => history.length)).toBe(length);
		expect(page.url()).toMatch(/start=2019-05-\d\dT/);
		await page.goBack();
		await expect.poll(() => page.locator('[data-testid="details"]').count()).toBe(0);
		await page.goBack();
		await expect.poll(() => page.locator('[data-testid="details"]').getAttribute('data-event-id')).toBe('server-fix');
		await page.goForward();
		await page.goForward();
		await expect.poll(() => page.locator('[data-testid="details"]').getAttribute('data-event-id')).toBe('cve-published');
	});
});

describe('keyboard', () => {
	it('walks through ten events with the arrow keys, focus never falling to the page, and opens one with Enter', async () => {
		await open('?start=2019-04-25&end=2019-05-20&fold=0');
		await page.getByRole('searchbox').focus();
		let tabs = 0;
		while (!(await activeNode())?.match(/^[a-z0-9-]+$|^cluster:/) && tabs++ < 40) await page.keyboard.press('Tab');
		const visited = new Set<string>();
		for (let i = 0; i < 10; i++) {
			const node = await activeNode();
			expect(node).not.toBe('BODY');
			expect(node).not.toBeNull();
			visited.add(node!);
			await page.keyboard.press('ArrowRight');
		}
		expect(visited.size).toBe(10);
		await page.keyboard.press('End');
		const last = await activeNode();
		expect(visited.has(last!)).toBe(false);
		// The chart panned to keep the focused event in view (the last one lies years after the span opened).
		const at = await page.evaluate(() => {
			const node = document.activeElement as SVGGraphicsElement;
			const shape = node.querySelector('.mark-shape, .cluster-shape')!.getBoundingClientRect();
			const svg = node.ownerSVGElement!.getBoundingClientRect();
			return { x: shape.left + shape.width / 2 - svg.left, width: svg.width };
		});
		expect(at.x).toBeGreaterThanOrEqual(0);
		expect(at.x).toBeLessThanOrEqual(at.width);
		await page.keyboard.press('Home');
		expect(await activeNode()).not.toBe(last);
		await page.keyboard.press('+');
		await page.keyboard.press('-');
		await page.keyboard.press('0');
		expect(await activeNode()).not.toBe('BODY');
	});

	it('zooms with + and - and pans with Shift+arrows only while the timeline has focus, and / goes to search', async () => {
		await open('?start=2019-05-01&end=2019-05-31&fold=0');
		const before = await span();
		await page.getByRole('searchbox').fill('+');
		await page.keyboard.press('+');
		expect(await span()).toBe(before);
		await page.locator('[data-testid="chart"] [tabindex="0"]').first().focus();
		await page.keyboard.press('+');
		await expect.poll(span).toBeLessThan(before * 0.6);
		const [a] = await domain(page);
		await page.keyboard.press('Shift+ArrowRight');
		expect((await domain(page))[0]).toBeGreaterThan(a);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
	});
});

describe('touch', () => {
	it('zooms with a two-finger pinch', async () => {
		await session.restart({ hasTouch: true, isMobile: false });
		page = session.page;
		await open('?fold=0');
		const before = await span();
		const box = (await page.locator('[data-testid="chart"] svg').boundingBox())!;
		await pinch(session.context, page, { x: box.x + box.width / 2, y: box.y + 150 }, [20, 30, 50, 70, 90, 110, 130, 150, 170, 190]);
		await expect.poll(span).toBeLessThan(before / 3);
	});
});

describe('time zones', () => {
	it('shows times in UTC, the reader\'s zone or the source zone, and the axis names it', async () => {
		await session.restart({ timezoneId: 'America/New_York' });
		page = session.page;
		await open('?start=2019-05-14&end=2019-05-14');
		const zone = () => page.locator('[data-testid="axis-zone"]').textContent().then((s) => s?.replace(/[\u2068\u2069]/g, ''));
		expect(await zone()).toBe('Times in UTC');
		const cve = page.locator('[data-event-id="cve-published"]');
		expect(await cve.getAttribute('aria-label')).toContain('19:52:40 UTC');
		await page.getByLabel('Times', { exact: true }).selectOption('local');
		await expect.poll(zone).toBe('Times in America/New_York');
		expect(await cve.getAttribute('aria-label')).toContain('14 May 2019 at 15:52:40');
		await page.getByLabel('Times', { exact: true }).selectOption('source');
		await expect.poll(zone).toBe('Times in UTC');
	});
});
