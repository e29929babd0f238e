// Checks that need the whole timeline: unique ids, references, date order, sources and languages.
import type * as z from 'zod/mini';
import type { TimelineShape } from './schema';
import { isoDate } from './dates';

type Shape = z.infer<typeof TimelineShape>;
type Ctx = z.core.$RefinementCtx<Shape>;
type Path = (string | number)[];
type Text = string | Record<string, string> | undefined;

export function checkReferences(t: Shape, ctx: Ctx): void {
	const fail = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

	// Each list's ids, by first position; a repeat is named. (Loops, not forEach: this runs over every event.)
	const firsts = (key: 'actors' | 'categories' | 'eras' | 'events' | 'story') => {
		const seen = new Map<string, number>();
		const list: readonly { id: string }[] = t[key] ?? [];
		for (let i = 0; i < list.length; i++) {
			const first = seen.get(list[i].id);
			if (first !== undefined) fail([key, i, 'id'], `duplicate id "${list[i].id}" (also ${key}[${first}])`);
			else seen.set(list[i].id, i);
		}
		return seen;
	};
	const actors = firsts('actors');
	const categories = firsts('categories');
	firsts('eras');
	const events = firsts('events');
	firsts('story');

	t.events.forEach((e, i) => {
		for (let j = 0; j < e.actors.length; j++) {
			const a = e.actors[j];
			if (!actors.has(a)) fail(['events', i, 'actors', j], `refers to actor "${a}", which is not in actors`);
		}
		if (!categories.has(e.category)) {
			fail(['events', i, 'category'], `refers to category "${e.category}", which is not in categories`);
		}
		if (e.end !== undefined && before(e.end, e.start)) {
			fail(['events', i, 'end'], `end ${e.end} is before start ${e.start}`);
		}
		if (e.uncertainty) {
			const { earliest, latest } = e.uncertainty;
			if (before(latest, earliest)) {
				fail(['events', i, 'uncertainty', 'latest'], `latest ${latest} is before earliest ${earliest}`);
			} else if (!overlaps(earliest, latest, e.start)) {
				fail(['events', i, 'uncertainty'], `the window ${earliest}…${latest} does not include start ${e.start}`);
			}
		}
		if (e.part !== undefined && !['month', 'year'].includes(precisionOf(e.start) ?? '')) {
			fail(['events', i, 'part'], `"${e.part}" qualifies a month or a year, but start ${e.start} is more precise`);
		}
		if (e.sources.length === 0 && !e.unsourced) {
			fail(['events', i, 'sources'], 'give at least one source (or mark the event "unsourced": true)');
		}
		if (e.sources.length > 0 && e.unsourced) {
			fail(['events', i, 'unsourced'], 'the event has sources, so it cannot be marked unsourced');
		}
	});

	t.eras.forEach((era, i) => {
		if (before(era.end, era.start)) fail(['eras', i, 'end'], `end ${era.end} is before start ${era.start}`);
	});

	(t.story ?? []).forEach((step, i) => {
		if (before(step.range.end, step.range.start)) {
			fail(['story', i, 'range', 'end'], `end ${step.range.end} is before start ${step.range.start}`);
		}
		step.events.forEach((id, j) => {
			if (!events.has(id)) fail(['story', i, 'events', j], `refers to event "${id}", which is not in events`);
		});
	});

	const [defaultLang] = t.languages;
	const languages = new Set<string>();
	t.languages.forEach((lang, i) => {
		if (languages.has(lang)) fail(['languages', i], `"${lang}" is listed twice`);
		languages.add(lang);
	});
	forEachLocalized(t, (path, text) => {
		if (!Object.hasOwn(text, defaultLang)) fail(path(), `missing the default language "${defaultLang}"`);
		for (const lang of Object.keys(text)) {
			if (!languages.has(lang)) fail([...path(), lang], `language "${lang}" is not in the timeline's languages`);
		}
	});
}

/**
 * Calls `visit` for every text given per language (plain strings need no check), with where it is. The path is
 * a list of keys and a last key, joined only when asked for, on a problem: a timeline of thousands of events has
 * tens of thousands of texts, and a closure or a path for each of them cost more than the check (50,000 events).
 */
function forEachLocalized(t: Shape, visit: (path: () => Path, text: Record<string, string>) => void): void {
	const at = (text: Text, base: Path, ...rest: (string | number)[]) => {
		if (text !== undefined && typeof text !== 'string') visit(() => [...base, ...rest], text);
	};
	at(t.title, [], 'title');
	at(t.summary, [], 'summary');
	for (const key of ['actors', 'categories', 'eras'] as const) {
		t[key].forEach((x, i) => {
			at(x.name, [key, i], 'name');
			at(x.description, [key, i], 'description');
		});
	}
	const perLanguage = (text: Text): text is Record<string, string> => text !== undefined && typeof text !== 'string';
	t.events.forEach((e, i) => {
		// Plain strings, most texts of a large timeline, are passed over before any path is made.
		if (perLanguage(e.title)) at(e.title, ['events', i], 'title');
		if (perLanguage(e.description)) at(e.description, ['events', i], 'description');
		if (perLanguage(e.annotation?.text)) at(e.annotation.text, ['events', i], 'annotation', 'text');
		if (perLanguage(e.uncertainty?.note)) at(e.uncertainty.note, ['events', i], 'uncertainty', 'note');
		for (let j = 0; j < e.sources.length; j++) if (perLanguage(e.sources[j].title)) at(e.sources[j].title, ['events', i], 'sources', j, 'title');
	});
	(t.story ?? []).forEach((s, i) => {
		at(s.title, ['story', i], 'title');
		at(s.annotation, ['story', i], 'annotation');
		at(s.notes, ['story', i], 'notes');
	});
	(t.corrections ?? []).forEach((c, i) => at(c.text, ['corrections', i], 'text'));
}

/** True when the period of `a` starts before the period of `b` starts (both already valid). */
function before(a: string, b: string): boolean {
	const pa = isoDate(a);
	const pb = isoDate(b);
	return !!pa && !!pb && pa.start < pb.start;
}

function overlaps(earliest: string, latest: string, start: string): boolean {
	const [e, l, s] = [earliest, latest, start].map(isoDate);
	if (!e || !l || !s) return true;
	return e.start < s.end && l.end > s.start;
}

function precisionOf(text: string): string | undefined {
	return isoDate(text)?.precision;
}
