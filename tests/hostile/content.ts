// JSON that is not a valid timeline: wrong shapes, broken references, impossible dates, unsafe links, prototype keys.
import { base, timeline, problem, renders, type HostileCase, type Json } from './timeline';

const date = (name: string, start: string, message: string): HostileCase => ({
	name,
	text: timeline((t) => {
		t.events[1].start = start;
	}),
	expect: problem(message, 'events[1].start')
});

const link = (name: string, url: string, protocol: string): HostileCase => ({
	name,
	text: timeline((t) => {
		t.events[0].sources[0].url = url;
	}),
	expect: problem(`only https: and http: links are allowed, not ${protocol}`, 'events[0].sources[0].url')
});

/** Renames an id everywhere it is referred to. */
function renameAll(t: Json, from: string, to: string): void {
	for (const x of [...t.actors, ...t.categories, ...t.events, ...t.story]) if (x.id === from) x.id = to;
	for (const e of t.events) {
		e.actors = e.actors.map((a: string) => (a === from ? to : a));
		if (e.category === from) e.category = to;
	}
	for (const s of t.story) s.events = s.events.map((id: string) => (id === from ? to : id));
}

export const CONTENT: HostileCase[] = [
	{ name: 'a list at the top level', text: JSON.stringify([base()]), expect: problem('the file must hold one JSON object, the timeline, not a list (an array)', '(the file)') },
	{ name: 'a string at the top level', text: '"a timeline"', expect: problem('the file must hold one JSON object, the timeline, not text', '(the file)') },
	{ name: 'a number at the top level', text: '42', expect: problem('the timeline, not a number', '(the file)') },
	{ name: 'null at the top level', text: 'null', expect: problem('the timeline, not null', '(the file)') },
	{ name: 'events that are not a list', text: timeline((t) => (t.events = { first: t.events[0] })), expect: problem('"events" must be a list (an array)', 'events') },
	{ name: 'a title that is a number', text: timeline((t) => (t.events[0].title = 42)), expect: problem('"title" must be text, or an object of texts keyed by language', 'events[0].title') },
	{ name: 'a priority written as text', text: timeline((t) => (t.events[0].annotation.priority = '1')), expect: problem('"priority" must be a number', 'events[0].annotation.priority') },
	{ name: 'an importance that is not a whole number', text: timeline((t) => (t.events[0].importance = 2.5)), expect: problem('"importance" must be a whole number', 'events[0].importance') },
	{ name: 'missing required fields', text: timeline((t) => delete t.events[1].title), expect: problem('"title" is required', 'events[1].title') },
	{ name: 'a format version from the future', text: timeline((t) => (t.format = 2)), expect: problem('"format" must be 1', 'format') },
	{ name: 'an unknown field', text: timeline((t) => (t.events[2].colour = 'red')), expect: problem('unknown field "colour"', 'events[2]') },
	{ name: 'duplicate event ids', text: timeline((t) => (t.events[2].id = 'first')), expect: problem('duplicate id "first" (also events[0])', 'events[2].id') },
	{ name: 'an id with capitals and a space', text: timeline((t) => (t.events[1].id = 'Second Event')), expect: problem('an id is 1–80 lowercase letters, digits and hyphens', 'events[1].id') },
	{ name: 'a language listed twice', text: timeline((t) => (t.languages = ['en', 'en'])), expect: problem('"en" is listed twice', 'languages[1]') },
	{ name: 'a reference to a missing actor', text: timeline((t) => (t.events[0].actors = ['nobody'])), expect: problem('refers to actor "nobody", which is not in actors', 'events[0].actors[0]') },
	{ name: 'a reference to a missing category', text: timeline((t) => (t.events[0].category = 'misc')), expect: problem('refers to category "misc", which is not in categories', 'events[0].category') },
	{ name: 'a story step naming a missing event', text: timeline((t) => t.story[0].events.push('nowhere')), expect: problem('refers to event "nowhere", which is not in events', 'story[0].events[1]') },
	{ name: 'an end before the start', text: timeline((t) => (t.events[2].end = '2019-05')), expect: problem('end 2019-05 is before start 2019-06', 'events[2].end') },
	date('30 February', '2019-02-30', '"2019-02-30" is not a real date or time'),
	date('month 13', '2019-13-01', '"2019-13-01" is not a real date or time'),
	date('hour 25', '2019-05-13T25:00Z', '"2019-05-13T25:00Z" is not a real date or time'),
	date('year 10000', '10000-01-01', '"10000-01-01" is not an ISO 8601 date'),
	date('a negative year', '-0001-01-01', '"-0001-01-01" is not an ISO 8601 date'),
	date('a time without a zone', '2019-05-13T10:00', 'a time needs Z or an offset'),
	date('an offset beyond 14 hours', '2019-05-13T10:00+15:00', 'has an offset beyond ±14:00'),
	date('a terminal escape in a date (shown, not obeyed)', '\u001b[31m2019', '"U+001B[31m2019" is not an ISO 8601 date'),
	{
		name: 'the first and last years the format can write (0000 and 9999)',
		text: timeline((t) => {
			t.events[0].start = '0000-01-01';
			t.events[2].start = '9999-12-31T23:59:59Z';
			delete t.events[2].end;
		}),
		expect: renders(3)
	},
	link('a javascript: link', 'javascript:alert(document.domain)', 'javascript:'),
	link('a data: link', 'data:text/html,<script>alert(1)</script>', 'data:'),
	link('a vbscript: link', 'vbscript:msgbox(1)', 'vbscript:'),
	link('a JaVaScRiPt: link in mixed case', 'JaVaScRiPt:alert(1)', 'javascript:'),
	link('a javascript: link behind a space', ' javascript:alert(1)', 'javascript:'),
	link('a javascript: link split by a tab', 'java\tscript:alert(1)', 'javascript:'),
	link('a javascript: link split by a line break', 'java\nscript:alert(1)', 'javascript:'),
	link('a javascript: link behind a NUL', '\u0000javascript:alert(1)', 'javascript:'),
	{ name: 'a relative link', text: timeline((t) => (t.events[0].sources[0].url = '/story')), expect: problem('not a valid absolute URL', 'events[0].sources[0].url') },
	{ name: 'a link with a space in it', text: timeline((t) => (t.events[0].sources[0].url = 'https://example.org/a story')), expect: problem('a link must not hold spaces or invisible characters (U+0020 at character 22)', 'events[0].sources[0].url') },
	{ name: 'a link that breaks out of its attribute', text: timeline((t) => (t.events[0].sources[0].url = 'https://example.org/"><script>alert(1)</script>')), expect: renders(3) },
	{ name: 'a "__proto__" field (prototype pollution)', text: timeline().replace('{\n  "format": 1,', '{\n  "__proto__": { "polluted": true },\n  "format": 1,'), expect: problem('unknown field "__proto__"', '(the file)') },
	{ name: 'a "constructor" field on an event', text: timeline((t) => (t.events[0].constructor = { prototype: { polluted: true } })), expect: problem('unknown field "constructor"', 'events[0]') },
	{ name: 'a "__proto__" key among the languages of a text', text: timeline().replace('"title": "Hostile input"', '"title": { "en": "Hostile input", "__proto__": { "polluted": true } }'), expect: problem('unknown field "__proto__"', 'title') },
	{ name: 'an ANSI escape in a field name (shown, not obeyed)', text: timeline((t) => (t['\u001b[2J'] = 1)), expect: problem('unknown field "U+001B[2J"', '(the file)') },
	{
		name: 'ids that are names of Object.prototype members',
		text: timeline((t) => {
			renameAll(t, 'acme', 'constructor');
			renameAll(t, 'attack', 'constructor');
			renameAll(t, 'first', 'constructor');
			t.events[1].id = 'hasownproperty';
		}),
		expect: renders(3)
	}
];
