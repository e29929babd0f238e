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

	for (const key of ['actors', 'categories', 'eras', 'events', 'story'] as const) {
		const seen = new Map<string, number>();
		(t[key] ?? []).forEach((item, i) => {
			const first = seen.get(item.id);
			if (first !== undefined) fail([key, i, 'id'], `duplicate id "${item.id}" (also ${key}[${first}])`);
			else seen.set(item.id, i);
		});
	}

	const actors = new Set(t.actors.map((a) => a.id));
	const categories = new Set(t.categories.map((c) => c.id));
	const events = new Set(t.events.map((e) => e.id));

	t.events.forEach((e, i) => {
		e.actors.forEach((a, j) => {
			if (!actors.has(a)) fail(['events', i, 'actors', j], `refers to actor "${a}", which is not in actors`);
		});
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
 * Calls `visit` for every text given per language (plain strings need no check). The path is built only when
 * asked for, on a problem: a timeline of thousands of events has tens of thousands of texts.
 */
function forEachLocalized(t: Shape, visit: (path: () => Path, text: Record<string, string>) => void): void {
	const at = (text: Text, path: () => Path) => {
		if (text !== undefined && typeof text !== 'string') visit(path, text);
	};
	at(t.title, () => ['title']);
	at(t.summary, () => ['summary']);
	for (const key of ['actors', 'categories', 'eras'] as const) {
		t[key].forEach((x, i) => {
			at(x.name, () => [key, i, 'name']);
			at(x.description, () => [key, i, 'description']);
		});
	}
	t.events.forEach((e, i) => {
		at(e.title, () => ['events', i, 'title']);
		at(e.description, () => ['events', i, 'description']);
		at(e.annotation?.text, () => ['events', i, 'annotation', 'text']);
		at(e.uncertainty?.note, () => ['events', i, 'uncertainty', 'note']);
		e.sources.forEach((s, j) => at(s.title, () => ['events', i, 'sources', j, 'title']));
	});
	(t.story ?? []).forEach((s, i) => {
		at(s.title, () => ['story', i, 'title']);
		at(s.annotation, () => ['story', i, 'annotation']);
		at(s.notes, () => ['story', i, 'notes']);
	});
	(t.corrections ?? []).forEach((c, i) => at(c.text, () => ['corrections', i, 'text']));
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
