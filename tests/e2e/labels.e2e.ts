// Labels and callouts measured in the real browser never overlap, at any width or zoom tried.
import { describe, it, expect } from 'vitest';
import { useBuiltApp } from './harness';

const app = useBuiltApp();

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}
/** Two drawn texts cross (1 px of vertical slack: the line boxes of neighbouring rows may touch). */
const overlap = (a: Box, c: Box) => a.x < c.x + c.width && c.x < a.x + a.width && a.y < c.y + c.height - 1 && c.y < a.y + a.height - 1;

/** Opens `query` at `width` px, once its marks are drawn. */
async function open(width: number, query: string) {
	const page = await app.browser.newPage({ viewport: { width, height: 900 } });
	await page.goto(app.url + query);
	await page.locator('[data-event-id]').first().waitFor();
	return page;
}

const views: [number, string][] = [
	[1280, ''],
	[600, ''],
	[768, '?start=2019-05-01&end=2019-05-20'],
	[1280, '?start=2019-05-10&end=2019-05-15'],
	[1280, '?start=2019-05-13&end=2019-05-14'],
	[1280, '?start=2019-05-13T00:00Z&end=2019-05-14T00:00Z'],
	[1280, '?lang=ar&start=2019-05-02&end=2019-05-05'],
	[1024, '?lang=ar'],
	[1280, '?lanes=category&start=2019-04-20&end=2019-06-01'],
	[600, '?start=2019-10-01&end=2026-06-01'],
	// Titles shortened into the room by their dots (the fix's week), and hung above a soft bar's start (the FT report).
	[1280, '?start=2019-05-07&end=2019-05-16'],
	[1024, '?lang=ar&start=2019-05-07&end=2019-05-16'],
	[1280, '?lang=ar&start=2019-04-26&end=2019-05-14']
];

describe('label placement in the browser', () => {
	it.each(views)('no two labels or callouts overlap at %i px with %s', async (width, query) => {
		const page = await open(width, query);
		const boxes = await page.evaluate(() =>
			[...document.querySelectorAll('[data-label-for]')].map((g) => {
				const plain = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
				const shape = g.querySelector('rect') ?? g.querySelector('text')!;
				// Page coordinates: each label is drawn in its own group's coordinates (a translate per label).
				const text = plain(g.querySelector('text')!.getBoundingClientRect());
				const box = plain(shape.getBoundingClientRect());
				return { id: `${g.getAttribute('data-kind')}:${g.getAttribute('data-label-for')}`, box, text };
			})
		);
		expect(boxes.length).toBeGreaterThan(0);
		for (const b of boxes) {
			// The drawn text stays inside the box it was placed in (the measure matched the font).
			expect(b.text.x + b.text.width, b.id).toBeLessThanOrEqual(b.box.x + b.box.width + 6);
		}
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				expect(overlap(boxes[i].text, boxes[j].text), `${boxes[i].id} overlaps ${boxes[j].id}`).toBe(false);
			}
		await page.close();
	});

	// Zoomed in on the attack (its bar runs past both edges) and on the hours of 13 May (three points stacked at one
	// instant, each on a soft extent across the view): every event drawn has its title somewhere on the chart.
	it.each([
		['?start=2019-05-13T00:00Z&end=2019-05-14T00:00Z', ['ft-report', 'security-advisory', 'app-update', 'nso-denial']],
		['?lang=ar&start=2019-05-13T00:00Z&end=2019-05-14T00:00Z', ['ft-report', 'security-advisory', 'app-update', 'nso-denial']],
		['?start=2019-05-02&end=2019-05-05', ['attack-window']],
		['?lang=ar&start=2019-05-02&end=2019-05-05', ['attack-window']]
	])('titles every event drawn in %s', async (query, ids) => {
		const page = await open(1280, query);
		const { drawn, titled, eraNames, eraAfterGrid } = await page.evaluate(() => {
			const chart = document.querySelector('[data-testid="chart"]')!;
			const grid = chart.querySelector('.axis line.grid')!;
			// The plot, in page coordinates: the keyboard's neighbours outside it are drawn too, out of sight.
			const svg = chart.querySelector('svg')!.getBoundingClientRect();
			const clip = chart.querySelector('clipPath rect')!;
			const [from, to] = [svg.x + Number(clip.getAttribute('x')), svg.x + Number(clip.getAttribute('x')) + Number(clip.getAttribute('width'))];
			const inPlot = (m: Element) => {
				const r = m.getBoundingClientRect();
				return r.right > from && r.left < to;
			};
			return {
				drawn: [...chart.querySelectorAll('[data-event-id]')].filter(inPlot).map((m) => m.getAttribute('data-event-id')!),
				titled: [...chart.querySelectorAll('[data-label-for][data-kind="label"]')].map((g) => g.getAttribute('data-label-for')!),
				eraNames: chart.querySelectorAll('.eras text').length,
				// Era names are painted after (over) the grid lines, which would otherwise cross them.
				eraAfterGrid: [...chart.querySelectorAll('.eras text')].every((t) => grid.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)
			};
		});
		expect(drawn).toEqual(expect.arrayContaining(ids));
		expect(drawn.filter((id) => !titled.includes(id))).toEqual([]);
		// Each of these views lies inside an era (the disclosure week, the attack window), whose name is drawn.
		expect(eraNames).toBeGreaterThan(0);
		expect(eraAfterGrid).toBe(true);
		await page.close();
	});

	// The axis's own texts (ticks, the context row, the folded breaks' lengths, the zone): semibold ones are measured
	// in their weight (a regular measure was 12% short in English and 19% in Arabic, and two Arabic break lengths
	// overlapped in a 640 px embed).
	const axisViews: [number, string][] = [
		[640, 'embed.html?lang=ar'],
		[640, 'embed.html?lang=en'],
		[1280, '?lang=ar'],
		[1024, '?lang=en'],
		[600, '?lang=ar&start=2019-10-01&end=2026-06-01']
	];
	it.each(axisViews)('no two texts of the axis overlap at %i px in %s', async (width, query) => {
		const page = await open(width, query);
		const texts = await page.evaluate(() =>
			[...document.querySelectorAll('[data-testid="chart"] .axis text, [data-testid="chart"] [data-testid="break-label"]')].map((t) => {
				const r = t.getBoundingClientRect();
				return { text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
			})
		);
		expect(texts.filter((t) => /\p{Nd}/u.test(t.text)).length).toBeGreaterThan(3);
		for (let i = 0; i < texts.length; i++)
			for (let j = i + 1; j < texts.length; j++) {
				const [a, c] = [texts[i], texts[j]];
				expect(overlap(a, c), `"${a.text}" (${Math.round(a.x)}–${Math.round(a.x + a.width)}) overlaps "${c.text}" (${Math.round(c.x)}–${Math.round(c.x + c.width)})`).toBe(false);
			}
		await page.close();
	});

	// Folded quiet periods cut the axis into pieces; a tick's month (or day) means little unless the year (or month)
	// it falls in is written in the same piece, in the context row or in a tick ("Jul 2026", "1 Jul 2020"). A year
	// label next to a break's length was dropped, and the last piece's lay under the zone's name: on the breach's
	// overview "Jan" (2020) sat under "2019", "Jul" (2026) after "2025", and five years went unnamed; zoomed to days,
	// "1 8 15 22" of July 2020 followed "January 2020" across a break.
	it.each([
		[1280, '?lang=en'],
		[1280, '?lang=ar'],
		[1024, '?lang=en'],
		[1600, '?lang=ar'],
		[800, '?start=2019-03-01&end=2020-03-01'],
		[1280, '?start=2019-04-10&end=2020-08-01'],
		[1024, '?lang=ar&start=2019-04-10&end=2020-08-01']
	] as [number, string][])('at %i px in %s each piece of the axis names the period of every tick in it', async (width, query) => {
		const page = await open(width, query);
		const axis = await page.evaluate(() => {
			const chart = document.querySelector('[data-testid="chart"] .axis')!;
			const at = (e: Element) => e.getBoundingClientRect();
			return {
				level: chart.getAttribute('data-context'),
				ticks: [...chart.querySelectorAll('text.tick')].map((t) => ({ date: Number(t.getAttribute('data-date')), x: at(t).x, right: at(t).right, text: t.textContent ?? '' })),
				contexts: [...chart.querySelectorAll('text.context')].map((t) => ({ date: Number(t.getAttribute('data-date')), x: at(t).x, right: at(t).right })),
				// Where the context row begins anew: its boundary lines, and the end of every folded break (a piece begins there
				// even where its line is left out, under the zone's name).
				boundaries: [...chart.querySelectorAll('line.boundary')].map((l) => at(l).x).concat([...document.querySelectorAll('[data-testid="chart"] [data-break-end] rect')].map((r) => at(r).right))
			};
		});
		expect(['years', 'months']).toContain(axis.level);
		expect(axis.ticks.length).toBeGreaterThan(3);
		const period = (ms: number) => (axis.level === 'years' ? new Date(ms).getUTCFullYear() : new Date(ms).getUTCFullYear() * 12 + new Date(ms).getUTCMonth());
		const year = (ms: number) => String(new Date(ms).getUTCFullYear());
		const latin = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
		const nextBoundary = (x: number) => Math.min(...axis.boundaries.filter((b) => b > x + 1), Infinity);
		for (const tick of axis.ticks) {
			// The piece a tick lies in runs from the last boundary at or before it to the next one.
			const start = Math.max(...axis.boundaries.filter((b) => b <= tick.x));
			const within = (x: number) => x >= start && x < nextBoundary(tick.x);
			const byLabel = axis.contexts.some((c) => within(c.x) && period(c.date) === period(tick.date));
			const byTick = axis.ticks.some((t) => within(t.x) && period(t.date) === period(tick.date) && latin(t.text).includes(year(tick.date)));
			expect(byLabel || byTick, `nothing names the period of the tick of ${new Date(tick.date).toISOString().slice(0, 10)} ("${tick.text}")`).toBe(true);
			// A tick that names its period stays within it.
			if (latin(tick.text).includes(year(tick.date))) expect(tick.right).toBeLessThanOrEqual(nextBoundary(tick.x));
		}
		// Each context label ends before the next boundary: it names one piece.
		for (const c of axis.contexts) expect(c.right).toBeLessThanOrEqual(nextBoundary(c.x));
		await page.close();
	});

	// A piece after a break began with a line from the top of the axis to the bottom of the chart: through the zone's
	// name when the piece began under it ("|Times in UTC"). And a break's length, centred on the break, may reach a
	// grid or year line beside it: it is drawn over the line with a halo of the axis band's colour, which cuts it.
	it.each([
		[1280, '?lang=en'],
		[1280, '?lang=ar'],
		[1024, '?lang=en'],
		[600, 'embed.html?lang=en'],
		[1280, '?start=2019-04-10&end=2020-08-01']
	] as [number, string][])('at %i px in %s no line of the axis is drawn through its texts', async (width, query) => {
		const page = await open(width, query);
		const found = await page.evaluate(() => {
			const chart = document.querySelector('[data-testid="chart"]')!;
			const box = (e: Element) => e.getBoundingClientRect();
			const band = getComputedStyle(chart.querySelector('.axis-bg')!).fill;
			const texts = [...chart.querySelectorAll('.axis text, [data-testid="break-label"]')];
			const lines = [...chart.querySelectorAll('.axis line.boundary, .axis line.grid')];
			const crossings = texts.flatMap((t) => {
				const r = box(t);
				const style = getComputedStyle(t);
				const haloed = style.paintOrder.startsWith('stroke') && style.stroke === band && parseFloat(style.strokeWidth) >= 3;
				return lines
					.filter((line) => {
						const l = box(line);
						return l.x > r.left + 0.5 && l.x < r.right - 0.5 && l.top < r.bottom - 2 && l.bottom > r.top + 2;
					})
					.map((line) => ({ text: t.textContent, x: Math.round(box(line).x), cut: haloed && (line.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 }));
			});
			return { lines: lines.length, crossings };
		});
		expect(found.lines).toBeGreaterThan(5);
		expect(found.crossings.filter((c) => !c.cut)).toEqual([]);
		await page.close();
	});

	// At the years level (a narrow embed) the ticks are the years' first days, and a piece after a break holds none:
	// the context row names each such piece's year from its start.
	it.each(['en', 'ar'])('in a 600 px embed in %s each piece after a break with room names its year', async (lang) => {
		const page = await open(600, `embed.html?lang=${lang}`);
		const axis = await page.evaluate(() => {
			const chart = document.querySelector('[data-testid="chart"]')!;
			const breaks = [...chart.querySelectorAll('[data-break-end]')].map((g) => ({
				end: Date.parse(g.getAttribute('data-break-end')!),
				x0: g.querySelector('rect')!.getBoundingClientRect().left,
				x1: g.querySelector('rect')!.getBoundingClientRect().right
			}));
			const contexts = [...chart.querySelectorAll('.axis text.context')].map((t) => ({ date: Number(t.getAttribute('data-date')), x: t.getBoundingClientRect().x }));
			const zone = chart.querySelector('[data-testid="axis-zone"]')!.getBoundingClientRect().left;
			return { level: chart.querySelector('.axis')!.getAttribute('data-level'), breaks, contexts, zone };
		});
		expect(axis.level).toBe('years');
		const year = (ms: number) => new Date(ms).getUTCFullYear();
		let named = 0;
		axis.breaks.forEach((b, i) => {
			// Room from the piece's start to the next piece's start (a label may run over the break between).
			const room = Math.min(axis.breaks[i + 1]?.x1 ?? Infinity, axis.zone) - b.x1;
			const label = axis.contexts.find((c) => c.x >= b.x1 && c.x < b.x1 + 8);
			if (room >= 50) expect(label && year(label.date), `the piece after ${new Date(b.end).toISOString().slice(0, 10)}`).toBe(year(b.end));
			if (label) named++;
		});
		expect(named).toBeGreaterThan(3);
		await page.close();
	});

	it('keeps the ticks of an unnamed month that the named month before runs into unbroken', async () => {
		// March 2019 begins under the zone's name, with no room for "1 Mar 2019" before the edge; February, before it
		// and unbroken, is named in its first tick. "1" and "8" after February's "22" read right: they stay, as on
		// any unbroken axis (only a period after a break, or the first in view, loses ticks nothing names).
		const page = await open(1280, '?start=2018-06-01&end=2019-03-10');
		const axis = await page.evaluate(() => ({
			ticks: Object.fromEntries([...document.querySelectorAll('[data-testid="chart"] .axis text.tick')].map((t) => [new Date(Number(t.getAttribute('data-date'))).toISOString().slice(0, 10), t.textContent])),
			months: [...document.querySelectorAll('[data-testid="chart"] .axis text.context')].map((t) => new Date(Number(t.getAttribute('data-date'))).toISOString().slice(0, 7))
		}));
		expect(axis.months).not.toContain('2019-03');
		expect(axis.ticks['2019-02-01']).toBe('1 Feb 2019');
		expect([axis.ticks['2019-03-01'], axis.ticks['2019-03-08']]).toEqual(['1', '8']);
		await page.close();
	});

	it('names a year that has no room in the context row in its first tick, in each language', async () => {
		for (const [lang, expected] of [
			['en', 'Jan 2020'],
			['ar', 'يناير ٢٠٢٠']
		]) {
			// 2020 begins under the zone's name ("Times in UTC"), where its own label cannot go.
			const page = await open(800, `?lang=${lang}&start=2019-03-01&end=2020-03-01`);
			const ticks = await page.locator('[data-testid="chart"] .axis text.tick').allTextContents();
			expect(ticks).toContain(expected);
			expect(ticks.filter((t) => /\p{Nd}/u.test(t))).toEqual([expected]);
			await page.close();
		}
	});

	it('writes the breaks’ lengths and titles once per break and language, not on every zoom frame (counted)', async () => {
		const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
		// Counts the unit formats (a break's length: "5 mths") built, and the date ranges written from a break's start
		// (its title: "Quiet period folded: 1 Jan – 30 Jun 2020"), from the first script on.
		await page.addInitScript(() => {
			const calls = { units: 0, ranges: [] as number[] };
			(window as unknown as { __calls: typeof calls }).__calls = calls;
			const NumberFormat = Intl.NumberFormat;
			Intl.NumberFormat = new Proxy(NumberFormat, {
				construct(target, args: [string?, Intl.NumberFormatOptions?]) {
					if (args[1]?.style === 'unit') calls.units++;
					return Reflect.construct(target, args);
				}
			});
			const formatRange = Intl.DateTimeFormat.prototype.formatRange;
			Intl.DateTimeFormat.prototype.formatRange = function (this: Intl.DateTimeFormat, from: Date | number, to: Date | number) {
				calls.ranges.push(new Date(from).getTime());
				return formatRange.call(this, from, to);
			};
		});
		await page.goto(app.url);
		await page.locator('[data-testid="break-label"]').first().waitFor();
		const breaks = await page.locator('[data-break-start]').count();
		expect(breaks).toBeGreaterThan(3);
		const starts = new Set(await page.locator('[data-break-start]').evaluateAll((gs) => gs.map((g) => Date.parse(g.getAttribute('data-break-start')!))));
		const calls = () =>
			page.evaluate(() => {
				const c = (window as unknown as { __calls: { units: number; ranges: number[] } }).__calls;
				return { units: c.units, ranges: [...c.ranges] };
			});
		const before = await calls();
		// The titles were written as the chart was first drawn.
		expect(before.ranges.filter((from) => starts.has(from)).length).toBeGreaterThan(0);
		// Ten wheel notches over the litigation years, where the chart has its breaks.
		const box = (await page.locator('[data-testid="chart"] svg').boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.8, box.y + 60);
		for (let i = 0; i < 10; i++) {
			await page.mouse.wheel(0, i < 5 ? -100 : 100);
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
		}
		const after = await calls();
		// Before, each frame built a unit format for every break: 80 in these 10 frames; and wrote each drawn break's
		// title again.
		expect(after.units - before.units).toBe(0);
		expect(after.ranges.slice(before.ranges.length).filter((from) => starts.has(from))).toEqual([]);
		await page.close();
	});
});
