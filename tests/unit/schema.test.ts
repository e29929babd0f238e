import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { WebUrl, Timeline } from '../../src/lib/model/schema';
import breach from '../../data/whatsapp-nso-2019.json';
import { validateTimeline } from '../../src/lib/model/validate';
import { problemLine } from '../../src/lib/model/problems';
import { textFault, textFaultMessage, LINE, PROSE, type TextRule, type TextFault } from '../../src/lib/model/text';
import { timelineJsonSchema } from '../../scripts/schema-json';
import { mini } from '../helpers';

type Json = Record<string, any>;

function problems(mutate: (t: Json) => void) {
	const t = mini();
	mutate(t);
	const r = validateTimeline(t);
	if (r.ok) throw new Error('expected the timeline to be rejected');
	return r.problems;
}

describe('the timeline schema', () => {
	it('accepts the test timeline and fills defaults', () => {
		const t = mini();
		delete t.timeZone;
		delete t.eras;
		const r = validateTimeline(t);
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.timeline.timeZone).toBe('UTC');
			expect(r.timeline.eras).toEqual([]);
		}
	});

	it.each<[string, (t: Json) => void, string, string, RegExp]>([
		['an unknown field on an event', (t) => (t.events[1].colour = 'red'), 'early', '', /unknown field "colour"/],
		['an unknown top-level field', (t) => (t.author = 'x'), '', '', /unknown field "author"/],
		['a duplicate event id', (t) => (t.events[2].id = 'early'), 'early', 'id', /duplicate id "early"/],
		['a duplicate actor id', (t) => (t.actors[1].id = 'acme'), 'acme', 'id', /duplicate id "acme"/],
		['a reference to a missing actor', (t) => t.events[3].actors.push('nobody'), 'cve', 'actors', /actor "nobody", which is not in actors/],
		['a reference to a missing category', (t) => (t.events[3].category = 'misc'), 'cve', 'category', /category "misc"/],
		['an end before the start', (t) => (t.events[0].end = '2019-04-01'), 'window', 'end', /end 2019-04-01 is before start 2019-04-29/],
		['an impossible date', (t) => (t.events[3].start = '2019-02-30'), 'cve', 'start', /"2019-02-30" is not a real date/],
		['a date in another form', (t) => (t.events[3].start = '14/05/2019'), 'cve', 'start', /not an ISO 8601 date/],
		['a javascript: URL', (t) => (t.events[0].sources[0].url = 'javascript:alert(1)'), 'window', 'url', /only https: and http: links.*javascript:/],
		['a data: URL', (t) => (t.events[0].sources[0].url = 'data:text/html,<b>x</b>'), 'window', 'url', /only https: and http:/],
		['a relative URL', (t) => (t.events[0].sources[0].url = '/story'), 'window', 'url', /not a valid absolute URL/],
		['an event without a source', (t) => (t.events[3].sources = []), 'cve', 'sources', /at least one source/],
		['an unsourced mark on a sourced event', (t) => (t.events[3].unsourced = true), 'cve', 'unsourced', /cannot be marked unsourced/],
		['an unknown status', (t) => (t.events[3].status = 'rumoured'), 'cve', 'status', /confirmed|expected one of/],
		['a missing title', (t) => delete t.events[3].title, 'cve', 'title', /"title" is required/],
		['an uncertainty window that ends before it starts', (t) => (t.events[2].uncertainty.latest = '2019-05-01'), 'week', 'latest', /latest 2019-05-01 is before earliest/],
		['an uncertainty window that misses the start', (t) => (t.events[2].uncertainty = { earliest: '2019-06-01', latest: '2019-06-03' }), 'week', 'uncertainty', /does not include start/],
		['a part on a day', (t) => (t.events[3].part = 'early'), 'cve', 'part', /qualifies a month or a year/],
		['text missing the default language', (t) => (t.events[1].title = { ar: 'فقط' }), 'early', 'title', /default language "en"/],
		['text in an undeclared language', (t) => (t.events[1].title.fr = 'début'), 'early', 'fr', /language "fr" is not in the timeline's languages/],
		['an unknown time zone', (t) => (t.events[3].timeZone = 'Mars/Olympus'), 'cve', 'timeZone', /IANA/],
		['an era ending before it starts', (t) => (t.eras[0].end = '2019-01-01'), 'window', 'end', /before start/]
	])('rejects %s, naming the item and the field', (_, mutate, itemId, field, message) => {
		const found = problems(mutate);
		const match = found.find((p) => message.test(p.message));
		expect(match, found.map(problemLine).join('\n')).toBeDefined();
		expect(match?.itemId ?? '').toBe(itemId);
		if (field) expect(match?.field).toBe(field);
	});

	it("keeps the input's events, which zod gives back unchanged (so no field of an event has a default)", () => {
		for (const t of [mini(), structuredClone(breach) as Json]) {
			const parsed = z.safeParse(Timeline, t);
			expect(parsed.success).toBe(true);
			expect(parsed.data?.events).toEqual(t.events);
			const r = validateTimeline(t);
			expect(r.ok && r.timeline.events).toBe(t.events);
		}
	});

	it('accepts an event explicitly marked unsourced', () => {
		const t = mini();
		t.events[3].sources = [];
		t.events[3].unsourced = true;
		expect(validateTimeline(t).ok).toBe(true);
	});

	it('rejects a wrong format version and names the field', () => {
		const found = problems((t) => (t.format = 2));
		expect(found[0].path).toBe('format');
	});

	it('names the whole path of a text in a missing or undeclared language, at every depth', () => {
		const lines = problems((t) => {
			t.title = { ar: 'خط زمني' };
			t.actors[0].name = { en: 'Acme', fr: 'Acme' };
			t.events[0].sources[0].title = { ar: 'مصدر' };
		}).map(problemLine);
		expect(lines).toEqual(
			expect.arrayContaining([
				'title: missing the default language "en"',
				'actor "acme" › name.fr: language "fr" is not in the timeline\'s languages',
				'event "window" › sources[0].title: missing the default language "en"'
			])
		);
	});

	it('prints one readable line per problem, with the event id and the field path', () => {
		const [p] = problems((t) => (t.events[0].sources[0].url = 'vbscript:x'));
		expect(problemLine(p)).toBe('event "window" › sources[0].url: only https: and http: links are allowed, not vbscript:');
	});
});

describe('textFault: what a text field may hold', () => {
	it.each<[string, string, TextRule, TextFault | undefined]>([
		['a plain title', 'WhatsApp fixes the flaw', LINE, undefined],
		['a title of 300 characters', 'x'.repeat(300), LINE, undefined],
		['a title of 301 characters', 'x'.repeat(301), LINE, { kind: 'long', length: 301, max: 300 }],
		['300 emoji, counted as characters, not UTF-16 units', '😀'.repeat(300), LINE, undefined],
		['a text too long with a control character: the length first', `${'x'.repeat(400)}\u0007`, LINE, { kind: 'long', length: 401, max: 300 }],
		['only spaces', ' \t\u3000 ', PROSE, { kind: 'blank' }],
		['a tab in a one-line text', 'a\tb', LINE, { kind: 'line', codePoint: 0x09, at: 2 }],
		['a line separator in a one-line text', 'a\u2028b', LINE, { kind: 'line', codePoint: 0x2028, at: 2 }],
		['tabs and line breaks in prose', 'a\tb\r\nc\u2028d\u2029e', PROSE, undefined],
		['a bell after an emoji (positions count characters)', '😀\u0007', LINE, { kind: 'control', codePoint: 0x07, at: 2 }],
		['DEL', 'a\u007F', PROSE, { kind: 'control', codePoint: 0x7f, at: 2 }],
		['the last C1 control', '\u009F', PROSE, { kind: 'control', codePoint: 0x9f, at: 1 }],
		['a no-break space', 'a\u00A0b', LINE, undefined],
		['a high surrogate at the end', 'a\uD83D', LINE, { kind: 'surrogate', codePoint: 0xd83d, at: 2 }],
		['a low surrogate first', '\uDE00a', LINE, { kind: 'surrogate', codePoint: 0xde00, at: 1 }],
		['the replacement character', 'caf\uFFFD', LINE, { kind: 'replacement', at: 4 }],
		['direction marks (RLM, LRM, ALM)', 'a\u200Fb\u200Ec\u061C', LINE, undefined],
		['an embedding inside an isolate, both closed', '\u2067a\u202Bb\u202C\u2069', LINE, undefined],
		['an embedding closed after its isolate', '\u202Ba\u2067b\u202C\u2069', LINE, { kind: 'unopened', codePoint: 0x202c, at: 5 }],
		['an isolate still open at the end of its paragraph', '\u2066a\nb\u2069', PROSE, { kind: 'unclosed', codePoint: 0x2066, at: 1 }],
		['a pop with nothing to close', '\u2069', LINE, { kind: 'unopened', codePoint: 0x2069, at: 1 }],
		['an override open at the end', 'abc\u202E', LINE, { kind: 'unclosed', codePoint: 0x202e, at: 4 }]
	])('%s', (_, text, rule, fault) => {
		expect(textFault(text, rule)).toEqual(fault);
	});

	it('says what is wrong in plain English, with the code point and the position', () => {
		expect(textFaultMessage('"title"', { kind: 'long', length: 1_048_576, max: 300 })).toBe('"title" is too long: 1,048,576 characters (at most 300)');
		expect(textFaultMessage('"title" (ar)', { kind: 'unclosed', codePoint: 0x202e, at: 12 })).toBe(
			'"title" (ar) opens U+202E RIGHT-TO-LEFT OVERRIDE at character 12 and never closes it with U+202C POP DIRECTIONAL FORMATTING; it would turn the text after it around'
		);
	});
});

describe('the limits of the format', () => {
	it('are stated in the JSON Schema, for editors to check as one types', () => {
		const schema = JSON.parse(timelineJsonSchema());
		const event = schema.properties.events.items.properties;
		expect(event.title.anyOf[0]).toMatchObject({ type: 'string', minLength: 1, maxLength: LINE.max });
		expect(event.description.anyOf[1].additionalProperties).toMatchObject({ maxLength: PROSE.max });
		expect(schema.properties.languages.items.maxLength).toBe(35);
	});

	it('name a text problem inside one language with the field and the language', () => {
		const [p] = problems((t) => (t.events[1].title.ar = 'x'.repeat(301)));
		expect(problemLine(p)).toBe('event "early" › title.ar: "title" (ar) is too long: 301 characters (at most 300)');
	});

	it('name each faulty language of a text, and a text given in none', () => {
		const found = problems((t) => (t.events[1].title = { en: ' ', ar: 'a\u202Eb' })).map(problemLine);
		expect(found).toEqual([
			expect.stringMatching(/^event "early" › title\.en: "title" \(en\) must not be empty/),
			expect.stringMatching(/^event "early" › title\.ar: "title" \(ar\) opens U\+202E/)
		]);
		const none = problems((t) => (t.events[1].title = {})).map(problemLine);
		expect(none).toEqual(['event "early" › title: give the text in at least one language', 'event "early" › title: missing the default language "en"']);
	});

	it('show control and direction characters quoted from the file as code points', () => {
		const [p] = problems((t) => (t['\u202Eevil\u001B[0m'] = 1));
		expect(p.message).toBe('unknown field "U+202EevilU+001B[0m"');
	});

	it('report a "__proto__" key in a text by language, which zod alone would drop in silence', () => {
		const t = mini();
		t.events[1].title = JSON.parse('{"en": "x", "ar": "y", "__proto__": "z"}');
		const r = validateTimeline(t);
		expect(r.ok ? [] : r.problems.map(problemLine)).toEqual(['event "early" › title: unknown field "__proto__"']);
	});
});

describe('a link', () => {
	const HIDDEN = /[\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
	/** The rule, as written: a URL the parser takes, of scheme http or https, with nothing hidden in it. */
	function allowed(s: string): boolean {
		try {
			const url = new URL(s);
			return (url.protocol === 'https:' || url.protocol === 'http:') && !HIDDEN.test(s);
		} catch {
			return false;
		}
	}
	const links = fc
		.tuple(
			fc.constantFrom('https://', 'http://', 'HTTPS://', 'Http:', 'http:/', ' https://', '\thttps://', 'https:\n//', 'ftp://', 'javascript:', 'data:', '//', 'https//', ''),
			fc.string({ unit: fc.constantFrom('a', 'é', '/', '?', '#', ':', '@', '[', ']', '%', ' ', '\u200B', '\u0000', '.', '-', '1', '\\', '^') })
		)
		.map(([scheme, rest]) => scheme + rest);

	it('is accepted exactly when the URL parser takes it as http(s) with nothing hidden (the quick path included)', () => {
		fc.assert(
			fc.property(links, (s) => {
				expect(z.safeParse(WebUrl, s).success).toBe(allowed(s));
			}),
			{ numRuns: 3000 }
		);
	});

	// Links close to the quick pattern's edges: hosts of letters, digits, hyphens, dots and `0x`/`xn--` pieces, ports of
	// up to six digits, then visible ASCII.
	const plainish = fc
		.tuple(
			fc.constantFrom('https://', 'http://', 'HTTP://'),
			fc.array(fc.constantFrom('a', 'Z', '1', '9', '0x', 'xn--', '-', '.', '999', '255'), { maxLength: 8 }),
			fc.option(fc.integer({ min: 0, max: 999_999 })),
			fc.string({ unit: fc.constantFrom('/', '?', '#', 'a', '%', '[', '\\', '@', ':', '~', '|') })
		)
		.map(([scheme, host, port, rest]) => scheme + host.join('') + (port === null ? '' : `:${port}`) + rest);

	it('near the quick path\'s edges, is accepted exactly when the URL parser takes it', () => {
		fc.assert(
			fc.property(plainish, (s) => {
				expect(z.safeParse(WebUrl, s).success).toBe(allowed(s));
			}),
			{ numRuns: 5000 }
		);
	});

	it('takes a plain link without asking the URL parser, and asks it about any other', () => {
		const canParse = URL.canParse;
		const asked: string[] = [];
		try {
			URL.canParse = (s: string | URL) => (asked.push(String(s)), canParse(s));
			for (const s of ['https://www.example.org/news/2019/05/13/a?ref=x#top', 'http://example.org:8080', 'HTTPS://Example.ORG./p'])
				expect(z.safeParse(WebUrl, s).success).toBe(true);
			expect(asked).toEqual([]);
			for (const s of ['https://a_b.example.org/', 'https://xn--mgbh0fb.example/', 'https://1.2.3.4/'])
				expect(z.safeParse(WebUrl, s).success).toBe(true);
			expect(asked).toHaveLength(3);
		} finally {
			URL.canParse = canParse;
		}
	});

	it('is checked without URL.canParse where a browser lacks it', () => {
		const canParse = URL.canParse;
		try {
			(URL as { canParse?: unknown }).canParse = undefined;
			expect(z.safeParse(WebUrl, 'https://example.org/a').success).toBe(true);
			expect(z.safeParse(WebUrl, 'https://exa mple.org/').success).toBe(false);
		} finally {
			URL.canParse = canParse;
		}
	});
});
