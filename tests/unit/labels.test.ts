import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { placeLabels, overlaps, shorten, namePairs, type LabelRequest, type Placement } from '../../src/lib/layout/labels';
import { en } from '../../src/lib/i18n/en';
import { ar } from '../../src/lib/i18n/ar';

const words = (list: unknown) => new Set(String(list).split(' '));

const req = (id: string, x: number, over: Partial<LabelRequest> = {}): LabelRequest => ({
	id,
	kind: 'label',
	x0: x,
	x1: x,
	y: 100,
	width: 80,
	height: 18,
	rank: 10,
	top: 0,
	bottom: 120,
	...over
});

function expectNoOverlap(placed: Placement[], gap = 0) {
	for (let i = 0; i < placed.length; i++)
		for (let j = i + 1; j < placed.length; j++) {
			expect(overlaps(placed[i].box, placed[j].box, gap), `${placed[i].kind}:${placed[i].id} × ${placed[j].kind}:${placed[j].id}`).toBe(false);
		}
}

describe('placeLabels', () => {
	it('puts a lone label to the right of its mark', () => {
		const { placed, hidden } = placeLabels([req('a', 100)], { left: 0, right: 500 });
		expect(hidden).toEqual([]);
		expect(placed[0].box.x).toBeGreaterThan(100);
		expect(placed[0].box.y + placed[0].box.height / 2).toBeCloseTo(100);
		expect(placed[0].leader).toBeUndefined();
	});

	it('puts a label left of its mark when the right side is out of bounds', () => {
		const { placed } = placeLabels([req('a', 480)], { left: 0, right: 500 });
		expect(placed[0].box.x + placed[0].box.width).toBeLessThan(480);
	});

	it('raises a crowded label above its mark with a leader line down to it', () => {
		const mark = (x: number) => ({ x: x - 5, y: 95, width: 10, height: 10 });
		const { placed } = placeLabels([req('a', 100, { rank: 1 }), req('b', 130, { rank: 3 }), req('c', 160, { rank: 2 })], {
			left: 0,
			right: 500,
			obstacles: [mark(100), mark(130), mark(160)]
		});
		const b = placed.find((p) => p.id === 'b');
		expect(b?.leader).toBeDefined();
		expect(b!.box.y + b!.box.height).toBeLessThanOrEqual(b!.leader!.y1 + 1e-9);
		expect(b!.leader!.y2).toBeLessThanOrEqual(100);
		expectNoOverlap(placed);
	});

	it('hides the lower-ranked label when there is no room for both, and shows it again with room', () => {
		const crowded = [req('hi', 100, { rank: 1 }), req('lo', 102, { rank: 9 })];
		const narrow = placeLabels(crowded, { left: 90, right: 200, levels: 0 });
		expect(narrow.placed.map((p) => p.id)).toEqual(['hi']);
		expect(narrow.hidden).toEqual(['lo']);
		const spread = placeLabels([req('hi', 100, { rank: 1 }), req('lo', 300, { rank: 9 })], { left: 90, right: 500, levels: 0 });
		expect(spread.hidden).toEqual([]);
	});

	it('places callouts above their mark before any label and keeps both apart', () => {
		const { placed } = placeLabels(
			[req('a', 100, { rank: 10 }), req('a', 100, { kind: 'callout', rank: 1, width: 120, height: 22 })],
			{ left: 0, right: 500 }
		);
		const callout = placed.find((p) => p.kind === 'callout');
		expect(callout?.box.y).toBeLessThan(100 - 22);
		expect(placed).toHaveLength(2);
		expectNoOverlap(placed);
	});

	it('keeps boxes off obstacles such as other marks', () => {
		const { placed } = placeLabels([req('a', 100)], {
			left: 0,
			right: 500,
			levels: 0,
			obstacles: [{ x: 120, y: 95, width: 10, height: 10 }]
		});
		expect(placed[0].box.x + placed[0].box.width).toBeLessThan(100);
	});

	it('keeps every box inside the bounds and its band', () => {
		const { placed } = placeLabels([req('a', 5), req('b', 495)], { left: 0, right: 500 });
		for (const p of placed) {
			expect(p.box.x).toBeGreaterThanOrEqual(0);
			expect(p.box.x + p.box.width).toBeLessThanOrEqual(500);
			expect(p.box.y).toBeGreaterThanOrEqual(0);
		}
	});

	it('puts a label on its soft bar, at its start, when the points stacked above and below take both sides', () => {
		// Three points at one instant near the right edge, 15 px apart, each on a soft bar across the plot.
		const stacked = (along?: LabelRequest['along'], x = 490) =>
			['a', 'b', 'c'].map((id, i) => req(id, x, { y: 70 + 15 * i, rank: i === 1 ? 5 : 1, along, top: 0, bottom: 120 }));
		const alone = placeLabels(stacked(), { left: 0, right: 500, levels: 0 });
		expect(alone.hidden).toEqual(['b']);
		const { placed, hidden } = placeLabels(stacked({ x: -100, x2: 600 }), { left: 0, right: 500, levels: 0 });
		expect(hidden).toEqual([]);
		const b = placed.find((p) => p.id === 'b')!;
		expect(b.box).toEqual({ x: 4, y: 85 - 9, width: 80, height: 18 });
		expect(b.leader).toBeUndefined();
		expectNoOverlap(placed, 4);
		// At the left edge the others' labels take the bar's start too: the label goes to the bar's other end.
		const mirrored = placeLabels(stacked({ x: -100, x2: 600 }, 10), { left: 0, right: 500, levels: 0 });
		expect(mirrored.hidden).toEqual([]);
		expect(mirrored.placed.find((p) => p.id === 'b')!.box.x).toBe(500 - 4 - 80);
		expectNoOverlap(mirrored.placed, 4);
		const partial = placeLabels(stacked({ x: 100, x2: 300 }), { left: 0, right: 500, levels: 0 });
		expect(partial.placed.find((p) => p.id === 'b')!.box.x).toBe(104);
	});

	it('puts the label of a bar that runs past both edges of the plot above it, in bounds, with a leader onto it', () => {
		const bar = req('bar', 0, { x1: 500, y: 100 });
		const obstacles = [{ x: 0, y: 95, width: 500, height: 10 }];
		const { placed, hidden } = placeLabels([bar], { left: 0, right: 500, obstacles });
		expect(hidden).toEqual([]);
		const { box, leader } = placed[0];
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThan(95);
		expect(leader!.x).toBeGreaterThan(0);
		expect(leader!.y2).toBeLessThanOrEqual(95);
		// With a callout above the start, the label hangs from the bar's end.
		const callout = req('note', 0, { kind: 'callout', x1: 500, y: 100, width: 150, height: 22, rank: 1 });
		const both = placeLabels([callout, { ...bar, rank: 2 }], { left: 0, right: 500, obstacles });
		expect(both.hidden).toEqual([]);
		const label = both.placed.find((p) => p.id === 'bar')!;
		expect(label.box.x + label.box.width).toBe(500);
		expect(label.leader!.x).toBe(496);
		expectNoOverlap(both.placed);
	});

	it('hangs a label above the start of its soft bar when the points stacked at its instant block every place by its dot', () => {
		// Three points at one instant (x 250), 15 px apart; the top and bottom ones' labels take the right, the middle one
		// is too wide for the left, and a leader from above to its dot would cross the top one's dot.
		const dots = [70, 100].map((y) => ({ x: 244, y: y - 6, width: 12, height: 12 }));
		const requests = [req('a', 250, { y: 70, width: 240, rank: 1 }), req('b', 250, { y: 85, width: 245, rank: 5, along: { x: 100, x2: 400 } }), req('c', 250, { y: 100, width: 240, rank: 1 })];
		const { placed, hidden } = placeLabels(requests, { left: 0, right: 500, obstacles: dots });
		expect(hidden).toEqual([]);
		const b = placed.find((p) => p.id === 'b')!;
		// Two rows up, hanging from the bar's start, its leader down to the bar.
		expect(b.box).toEqual({ x: 96, y: 32, width: 245, height: 18 });
		expect(b.leader).toEqual({ x: 100, y1: 50, y2: 79 });
		expectNoOverlap(placed, 4);
		// Without the bar, no place by the dot is free.
		expect(placeLabels(requests.map((r) => ({ ...r, along: undefined })), { left: 0, right: 500, obstacles: dots }).hidden).toEqual(['b']);
	});

	it('shortens a label that has no room whole into the free room beside its mark, after every whole label is placed', () => {
		const rooms: number[] = [];
		const cut = (room: number) => (rooms.push(room), { text: 'a…', width: room - 10 });
		// a ranks first but fits nowhere whole; b's whole label (left of its mark) is placed first all the same.
		const a = req('a', 100, { width: 420, rank: 1, shorten: cut });
		const b = req('b', 480, { width: 200, rank: 20 });
		const { placed, hidden } = placeLabels([a, b], { left: 0, right: 500 });
		expect(hidden).toEqual([]);
		const [pa, pb] = ['a', 'b'].map((id) => placed.find((p) => p.id === id)!);
		expect(pb.box).toEqual({ x: 270, y: 91, width: 200, height: 18 });
		expect(pb.text).toBeUndefined();
		// Right of a's mark (6 px of dot, 4 of gap) up to b's label, less the gap.
		expect(rooms).toEqual([266 - 110]);
		expect(pa.box).toEqual({ x: 110, y: 91, width: 146, height: 18 });
		expect(pa.text).toBe('a…');
		expectNoOverlap(placed, 4);
		// With the right side taken up to the mark, it goes left, into the room from the plot's edge.
		const blocked = placeLabels([{ ...a, x0: 100 }], { left: 0, right: 500, obstacles: [{ x: 112, y: 80, width: 400, height: 40 }] });
		expect(blocked.placed[0].box.x + blocked.placed[0].box.width).toBe(90);
		expect(rooms.at(-1)).toBe(90);
		// Under 40 px of room on both sides it stays hidden, without being asked to shorten.
		const n = rooms.length;
		expect(placeLabels([{ ...a, x0: 30, x1: 30 }], { left: 0, right: 500, levels: 0, obstacles: [{ x: 60, y: 80, width: 400, height: 40 }] }).hidden).toEqual(['a']);
		expect(rooms.length).toBe(n);
	});

	it('shortens the labels of events whose callout is shown after the others', () => {
		// a's callout names it; a's and c's labels both fit only shortened, into the same room between their marks.
		const fill = (room: number) => ({ text: '…', width: room });
		const requests = [
			req('a', 100, { kind: 'callout', width: 100, height: 22, rank: 1 }),
			req('a', 100, { width: 420, rank: 10, shorten: fill }),
			req('c', 480, { width: 420, rank: 20, shorten: fill })
		];
		const dots = [100, 480].map((x) => ({ x: x - 6, y: 94, width: 12, height: 12 }));
		const { placed, hidden } = placeLabels(requests, { left: 0, right: 500, levels: 1, obstacles: dots });
		// From c's mark leftwards to a's dot (and 1 px of margin).
		expect(placed.find((p) => p.id === 'c' && p.kind === 'label')!.box).toEqual({ x: 107, y: 91, width: 363, height: 18 });
		// a keeps its callout, and its label takes what is left: the room left of its mark.
		expect(placed.filter((p) => p.id === 'a').map((p) => p.kind)).toEqual(['callout', 'label']);
		expect(placed.find((p) => p.id === 'a' && p.kind === 'label')!.box).toEqual({ x: 0, y: 91, width: 90, height: 18 });
		expect(hidden).toEqual([]);
		// When a's callout finds no room (something fills the row above), a (ranked first) takes the room between and c
		// is left with none.
		const bare = placeLabels(requests, { left: 0, right: 500, levels: 1, obstacles: [...dots, { x: 0, y: 40, width: 500, height: 48 }] });
		expect(bare.placed.find((p) => p.id === 'a')!.box).toEqual({ x: 110, y: 91, width: 363, height: 18 });
		expect(bare.hidden).toEqual(['a', 'c']);
	});

	it('shortens a label into the room above its mark when the row beside it is full', () => {
		// Dots 20 px either side of b's leave under 40 px beside it; whole, its 400 px fit nowhere above either.
		const dots = [230, 250, 270].map((x) => ({ x: x - 6, y: 94, width: 12, height: 12 }));
		const b = req('b', 250, { width: 400, shorten: (room) => ({ text: 'b…', width: Math.min(room, 150) }) });
		const { placed, hidden } = placeLabels([b], { left: 0, right: 500, obstacles: dots });
		expect(hidden).toEqual([]);
		// Hanging from the mark one row up (its edge 4 px before the mark), the leader down to the dot.
		expect(placed[0]).toEqual({ id: 'b', kind: 'label', box: { x: 246, y: 69, width: 150, height: 18 }, leader: { x: 250, y1: 87, y2: 94 }, text: 'b…' });
		expect(placeLabels([b], { left: 0, right: 500, levels: 0, obstacles: dots }).hidden).toEqual(['b']);
	});

	it('names a lower tier first, shortened if need be, before a higher tier takes the room whole', () => {
		const cut = (room: number) => ({ text: 'a…', width: room - 10 });
		// As in the test above of shortening, but a is a story step's event and b a faded one.
		const a = req('a', 100, { width: 420, rank: 1, tier: -1, shorten: cut });
		const b = req('b', 480, { width: 200, rank: 20, tier: 1 });
		const { placed, hidden } = placeLabels([a, b], { left: 0, right: 500 });
		// a takes the room right of its mark up to the plot's edge; b's title finds no room left by it.
		expect(placed).toEqual([{ id: 'a', kind: 'label', box: { x: 110, y: 91, width: 380, height: 18 }, text: 'a…' }]);
		expect(hidden).toEqual(['b']);
		// In one tier, b's whole title is placed first and a has the room up to it.
		const even = placeLabels([a, b].map((r) => ({ ...r, tier: 0 })), { left: 0, right: 500 });
		expect(even.placed.map((p) => [p.id, p.box.width])).toEqual([['b', 200], ['a', 146]]);
	});

	it('places a first tier’s title that found no room before the rest of its tier, when that names more of them', () => {
		// b's dot has dots 20 px either side; a's title, right of its dot on the row above, covers the room above b's.
		const dots = [280, 300, 320].map((x) => ({ x: x - 6, y: 94, width: 12, height: 12 }));
		const a = req('a', 100, { y: 75, width: 300, rank: 1, tier: -1 });
		const b = req('b', 300, { width: 420, rank: 5, tier: -1 });
		const once = placeLabels([a, b], { left: 0, right: 1000, obstacles: dots, levels: 2 });
		expect(once.hidden).toEqual([]);
		// b first, above its dot; a then goes above its own.
		expect(once.placed.find((p) => p.id === 'b')).toEqual({ id: 'b', kind: 'label', box: { x: 296, y: 69, width: 420, height: 18 }, leader: { x: 300, y1: 87, y2: 94 } });
		expect(once.placed.find((p) => p.id === 'a')).toEqual({ id: 'a', kind: 'label', box: { x: 96, y: 44, width: 300, height: 18 }, leader: { x: 100, y1: 62, y2: 69 } });
		expectNoOverlap(once.placed, 4);
		// In the plain tier there is no second try: a takes the row, b finds none.
		expect(placeLabels([a, b].map((r) => ({ ...r, tier: 0 })), { left: 0, right: 1000, obstacles: dots, levels: 2 }).hidden).toEqual(['b']);
		// Kept only when it names more: with nothing free above a, nor above c, b's title first would cost both theirs.
		const c = req('c', 700, { y: 75, width: 250, rank: 1, tier: -1 });
		const strip = { x: 0, y: 0, width: 1000, height: 64 };
		const kept = placeLabels([a, b, c], { left: 0, right: 1000, obstacles: [...dots, strip], levels: 2 });
		expect(kept.placed.map((p) => p.id).sort()).toEqual(['a', 'c']);
		expect(kept.hidden).toEqual(['b']);
	});

	it('shortens a text to whole words ending in an ellipsis, at least two, inside its bidi isolate', () => {
		const measure = (t: string) => t.length * 6;
		const title = '\u2068Appeals court: NSO not entitled to immunity\u2069';
		// "Appeals court: NSO…" with its isolates is 21 characters (126 px), plus the box's 4.
		expect(shorten(title, 130, measure)).toEqual({ text: '\u2068Appeals court: NSO…\u2069', width: 130 });
		// The colon before a cut goes.
		expect(shorten(title, 129, measure)).toEqual({ text: '\u2068Appeals court…\u2069', width: 16 * 6 + 4 });
		expect(shorten(title, 99, measure)).toBeUndefined();
		// Never the whole text (that had its chance whole), so never longer than all but its last word.
		expect(shorten(title, 1e4, measure)!.text).toBe('\u2068Appeals court: NSO not entitled to…\u2069');
		// …nor, given the language's words, on one that leads into the next: "to" and "not" go (a text cut to "NSO not…"
		// says the opposite).
		expect(shorten(title, 1e4, measure, words(en.danglingWords))!.text).toBe('\u2068Appeals court: NSO not entitled…\u2069');
		expect(shorten(title, 24 * 6 + 4, measure, words(en.danglingWords))!.text).toBe('\u2068Appeals court: NSO…\u2069');
		expect(shorten('Two words', 1e4, measure)).toBeUndefined();
		expect(shorten('محكمة الاستئناف: لا حصانة لمجموعة NSO', 1e4, measure)!.text).toBe('محكمة الاستئناف: لا حصانة لمجموعة…');
		expect(shorten('محكمة الاستئناف، لا حصانة', 6 * 17 + 4, measure)!.text).toBe('محكمة الاستئناف…');
	});

	it('does not end a shortened text on an article, a preposition, a conjunction, a negation or a number, in English or Arabic', () => {
		const measure = (t: string) => t.length * 6;
		const [english, arabic] = [words(en.danglingWords), words(ar.danglingWords)];
		const hallmarks = 'WhatsApp: breach bears hallmarks of a private surveillance firm';
		// Room for "…hallmarks of a…" (38 characters): the cut goes back to "hallmarks".
		expect(shorten(hallmarks, 38 * 6 + 4, measure)!.text).toBe('WhatsApp: breach bears hallmarks of a…');
		expect(shorten(hallmarks, 38 * 6 + 4, measure, english)!.text).toBe('WhatsApp: breach bears hallmarks…');
		expect(shorten('WhatsApp warns about 1,400 users it believes were hit', 21 * 6 + 4, measure, english)!.text).toBe('WhatsApp warns…');
		// A subject without its verb: "says it…".
		expect(shorten('NSO Group denies involvement, says it is investigating', 37 * 6 + 4, measure, english)!.text).toBe('NSO Group denies involvement, says…');
		// Capitals and quotes do not hide one ("The", "'the").
		expect(shorten("Court rules on 'the The matter", 1e4, measure, english)!.text).toBe('Court rules…');
		// "لا…" (no…) and "إلى…" (to…) go; so does a colon left before them.
		const dpc = 'الجهة الرقابية الأيرلندية: لا إخطار بخرق للبيانات';
		expect(shorten(dpc, 30 * 6 + 4, measure)!.text).toBe('الجهة الرقابية الأيرلندية: لا…');
		expect(shorten(dpc, 30 * 6 + 4, measure, arabic)!.text).toBe('الجهة الرقابية الأيرلندية…');
		expect(shorten('واتساب يحيل الهجوم إلى وزارة العدل الأمريكية', 24 * 6 + 4, measure, arabic)!.text).toBe('واتساب يحيل الهجوم…');
		// Nor, in any language, on a number whose unit would be cut off ("$167.25…" for $167.25 million); an identifier
		// with digits may end it.
		expect(shorten('Jury awards WhatsApp about $167.25 million in punitive damages', 35 * 6 + 4, measure)!.text).toBe('Jury awards WhatsApp about…');
		expect(shorten('Jury awards WhatsApp about $167.25 million in punitive damages', 36 * 6 + 4, measure, english)!.text).toBe('Jury awards WhatsApp…');
		expect(shorten('هيئة المحلفين تمنح واتساب نحو ١٦٧٫٢٥ مليون دولار', 36 * 6 + 4, measure)!.text).toBe('هيئة المحلفين تمنح واتساب نحو…');
		expect(shorten('هيئة المحلفين تمنح واتساب نحو 167.25 مليون دولار', 36 * 6 + 4, measure, arabic)!.text).toBe('هيئة المحلفين تمنح واتساب…');
		expect(shorten('Facebook assigns CVE-2019-3568 to the flaw', 31 * 6 + 4, measure, english)!.text).toBe('Facebook assigns CVE-2019-3568…');
		// Never fewer than two words: a title of one word and then only such words is not shortened.
		expect(shorten('Update to the of a', 1e4, measure, english)).toBeUndefined();
	});

	it('does not cut a title inside a name the timeline gives, in English or Arabic', () => {
		const measure = (t: string) => t.length * 6;
		const actors = ['Tel Aviv District Court', 'المحكمة المركزية في تل أبيب', 'US District Court, Northern District of California', 'UK-based lawyer (unnamed)'];
		expect(namePairs(actors)).toEqual([
			'tel aviv', 'aviv district', 'district court', 'المحكمة المركزية', 'المركزية في', 'في تل', 'تل أبيب',
			'us district', 'district court', 'northern district', 'district of', 'of california', 'uk-based lawyer'
		]);
		const arabic = new Set([...words(ar.danglingWords), ...namePairs(actors)]);
		const english = new Set([...words(en.danglingWords), ...namePairs(actors)]);
		// Room for "محكمة تل…" (9 characters): without the names the cut splits تل أبيب (Tel Aviv); with them it is not made.
		const court = 'محكمة تل أبيب ترفض التماس إلغاء الترخيص';
		expect(shorten(court, 9 * 6 + 4, measure, words(ar.danglingWords))!.text).toBe('محكمة تل…');
		expect(shorten(court, 9 * 6 + 4, measure, arabic)).toBeUndefined();
		expect(shorten(court, 19 * 6 + 4, measure, arabic)!.text).toBe('محكمة تل أبيب ترفض…');
		// In English too, in any case, with punctuation around the words; a name's last word may end a cut.
		const english2 = 'Ruling: "Tel Aviv" court rejects the petition';
		expect(shorten(english2, 15 * 6 + 4, measure, words(en.danglingWords))!.text).toBe('Ruling: "Tel…');
		expect(shorten(english2, 15 * 6 + 4, measure, english)).toBeUndefined();
		expect(shorten(english2, 20 * 6 + 4, measure, english)!.text).toBe('Ruling: "Tel Aviv"…');
		// Words that a comma parts in a name are not a pair: "Court," may end a cut before "Northern".
		expect(shorten('The court, Northern District rules', 10 * 6 + 4, measure, english)!.text).toBe('The court…');
	});

	it('never returns overlapping boxes, for random timelines and widths (property)', () => {
		const request = fc.record({
			x: fc.double({ min: -50, max: 1500, noNaN: true }),
			len: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 300, noNaN: true })),
			lane: fc.integer({ min: 0, max: 4 }),
			width: fc.double({ min: 4, max: 400, noNaN: true }),
			callout: fc.boolean(),
			rank: fc.integer({ min: 0, max: 50 }),
			soft: fc.option(fc.tuple(fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 0, max: 400, noNaN: true }))),
			short: fc.double({ min: 0, max: 1, noNaN: true }),
			tier: fc.integer({ min: -1, max: 1 })
		});
		fc.assert(
			fc.property(fc.array(request, { maxLength: 80 }), fc.integer({ min: 280, max: 1600 }), fc.integer({ min: 0, max: 3 }), (rs, width, levels) => {
				const requests = rs.map((r, i): LabelRequest => {
					const top = r.lane * 90;
					return {
						id: `e${i}`,
						kind: r.callout ? 'callout' : 'label',
						x0: r.x,
						x1: r.x + r.len,
						y: top + 70,
						width: r.width,
						height: r.callout ? 22 : 18,
						rank: r.rank,
						tier: r.tier,
						top,
						bottom: top + 90,
						along: r.soft ? { x: r.x - r.soft[0], x2: r.x + r.len + r.soft[1] } : undefined,
						// Some shorten into any room, to a share of it.
						shorten: r.short > 0.5 ? (room) => ({ text: '…', width: room * r.short }) : undefined
					};
				});
				const { placed, hidden } = placeLabels(requests, { left: 0, right: width, levels });
				expect(placed.length + hidden.length).toBe(requests.length);
				expectNoOverlap(placed);
				for (const p of placed) {
					expect(p.box.x).toBeGreaterThanOrEqual(0);
					expect(p.box.x + p.box.width).toBeLessThanOrEqual(width);
				}
			}),
			{ numRuns: 300, seed: 20190513 }
		);
	});
});
