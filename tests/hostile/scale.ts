// Size and depth: many events, actors and languages, deep nesting. None may hang or overflow the stack.
import { timeline, manyEvents, nestedArrays, nestedObjects, problem, renders, type HostileCase, type Json } from './timeline';

/** The base timeline with `events` instead of its own (its story step then shows the first). */
const withEvents = (events: Json[], more: (t: Json) => void = () => undefined, indent = 2) =>
	timeline((t) => {
		t.events = events;
		t.story[0].events = [events[0].id];
		more(t);
	}, indent);

/** `n` distinct language tags after "en": aa, ab, … then aaa, aab, … */
function languages(n: number): string[] {
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	const tags: string[] = [];
	for (let i = 0; tags.length < n; i++) {
		const tag = i < 676 ? letters[Math.floor(i / 26)] + letters[i % 26] : letters[Math.floor((i - 676) / 676) % 26] + letters[Math.floor((i - 676) / 26) % 26] + letters[(i - 676) % 26];
		if (tag !== 'en') tags.push(tag);
	}
	return tags;
}

export const SCALE: HostileCase[] = [
	{
		name: '100,000 events',
		text: () => withEvents(manyEvents(100_000), undefined, 0),
		expect: renders(100_000)
	},
	{
		name: '1,000 events, each with its own actor (1,000 lanes)',
		text: () =>
			withEvents(
				manyEvents(1_000, (i) => ({ actors: [`a${i}`] })),
				(t) => (t.actors = Array.from({ length: 1_000 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'person' })))
			),
		expect: renders(1_000)
	},
	{
		name: '10,000 actors and 10,000 categories, three used',
		text: () =>
			timeline((t) => {
				t.actors.push(...Array.from({ length: 10_000 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'other' })));
				t.categories.push(...Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, name: `Category ${i}` })));
			}),
		expect: renders(3)
	},
	{ name: '10,000 languages', text: () => timeline((t) => (t.languages = ['en', ...languages(9_999)])), expect: renders(3) },
	{
		name: '10,000 events with an impossible date each (10,000 problems)',
		text: () => withEvents(manyEvents(10_000, () => ({ start: '2019-02-30' }))),
		expect: problem('"2019-02-30" is not a real date or time', 'events[0].start')
	},
	{
		name: '100,000 nested arrays as a title',
		text: () => timeline().replace('"title": "Hostile input"', `"title": ${nestedArrays(100_000)}`),
		expect: problem('"title" must be text, or an object of texts keyed by language', 'title')
	},
	{
		name: '10,000 nested objects in an unknown field',
		text: () => timeline().replace('{\n  "format": 1,', `{\n  "deep": ${nestedObjects(10_000)},\n  "format": 1,`),
		expect: problem('unknown field "deep"', '(the file)')
	},
	{
		name: '100,000 nested objects in a known field',
		text: () => timeline().replace('"summary": "A small timeline that the hostile cases break."', `"summary": ${nestedObjects(100_000)}`),
		expect: problem('"a" is not a language tag such as en or ar', 'summary.a')
	},
	{
		name: '10,000 unknown fields',
		text: () => timeline((t) => Array.from({ length: 10_000 }, (_, i) => (t[`f${i}`] = i))),
		expect: problem('unknown fields "f0", "f1", "f2", "f3", "f4" and 9,995 more', '(the file)')
	}
];
