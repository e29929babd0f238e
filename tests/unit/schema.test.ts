import { describe, it, expect } from 'vitest';
import { validateTimeline } from '../../src/lib/model/validate';
import { problemLine } from '../../src/lib/model/problems';
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

	it('prints one readable line per problem, with the event id and the field path', () => {
		const [p] = problems((t) => (t.events[0].sources[0].url = 'vbscript:x'));
		expect(problemLine(p)).toBe('event "window" › sources[0].url: only https: and http: links are allowed, not vbscript:');
	});
});
