// Settles ids, actors, categories and defaults of a converted draft, then validates it like any timeline.
import type { Actor, Category, Localized } from '../model/schema';
import { validateTimeline } from '../model/validate';
import { timelineWarnings } from '../model/warnings';
import { problemLine } from '../model/problems';
import { FORMAT_VERSION } from '../model/schema';
import { ID, IdPool } from './slug';
import { count, several, type Notes } from './notes';
import type { Context, Draft, DraftEvent, Fault, Texts } from './draft';
import type { ImportResult, SourceFormat } from './types';
import { baseLanguage } from '../i18n/locale';

/** The import result for a draft: the validated timeline with every note, or the schema's problems. */
export function finish(format: SourceFormat, draft: Draft, ctx: Context): ImportResult {
	if (draft.events.length === 0) {
		return refuse(format, [{ where: 'the file', problem: { path: 'events', message: 'no events found' } }], ctx.notes);
	}
	return validated(format, assemble(draft, ctx), ctx.notes, 'the converted timeline');
}

export function validated(format: SourceFormat, candidate: unknown, notes: Notes, what = 'the timeline'): ImportResult {
	const r = validateTimeline(candidate);
	if (!r.ok) {
		const first = problemLine(r.problems[0]);
		const n = r.problems.length;
		const message = n === 1 ? `${what} is not valid: ${first}` : `${what} is not valid (${n} problems); the first: ${first}`;
		return { ok: false, format, message, problems: r.problems, notes: notes.list() };
	}
	for (const w of timelineWarnings(r.timeline)) {
		const item = w.itemId ? `event "${w.itemId}"` : w.path;
		notes.tally(`warning: ${w.message}`, item, (n) => `${w.message}${several(n, 'event')}`);
	}
	return { ok: true, format, timeline: r.timeline, notes: notes.list() };
}

/** The result for input that cannot be converted at all. */
export function refuse(format: SourceFormat | undefined, faults: Fault[], notes: Notes): ImportResult {
	const first = `${faults[0].where}: ${faults[0].problem.message}`;
	const message = faults.length === 1 ? first : `${faults.length} problems; the first: ${first}`;
	return { ok: false, format, message, problems: faults.map((f) => f.problem), notes: notes.list() };
}

/** What the import writes where the file says nothing, in the file's text language (English for a language not here). */
const DEFAULT_WORDS = {
	en: { title: 'Imported timeline', from: (file: string) => `Imported from ${file}.`, fromAFile: 'Imported from a file.', unattributed: 'Not attributed', uncategorized: 'Uncategorized' },
	// The file name is isolated (FSI … PDI): a Latin name must not carry the Arabic sentence's full stop with it.
	ar: { title: 'خط زمني مستورد', from: (file: string) => `مستورد من \u2068${file}\u2069.`, fromAFile: 'مستورد من ملف.', unattributed: 'غير منسوب', uncategorized: 'غير مصنّف' }
};

const defaultWords = (lang: string) => (baseLanguage(lang) === 'ar' ? DEFAULT_WORDS.ar : DEFAULT_WORDS.en);

function assemble(draft: Draft, ctx: Context): Record<string, unknown> {
	const { lang, notes, fileName } = ctx;
	const base = (fileName ?? '').replace(/\.[^.]*$/, '');
	const text = (t: Texts) => localized(t, lang);

	const words = defaultWords(lang);
	let title = draft.title;
	if (!title?.[lang]) {
		title = { [lang]: base.replace(/[-_\s]+/g, ' ').trim() || words.title };
		notes.front('the file', `title taken from the file name ("${title[lang]}"); give the timeline a real title`);
	}
	let summary = draft.summary;
	if (!summary?.[lang]) {
		summary = { [lang]: fileName ? words.from(fileName) : words.fromAFile };
		notes.front('the file', `summary set to "${summary[lang]}"; write one that says what the timeline covers`);
	}
	notes.front('the file', `asOf set to the import date ${ctx.today}; set it to the date the information was current`);

	const actors = new Named<Actor>('actor', (id, name) => ({ id, name, kind: 'other' }));
	const categories = new Named<Category>('category', (id, name) => ({ id, name }));
	const ids = eventIds(draft.events, notes);
	const events = draft.events.map((e, i) => {
		const names = e.actors.map((name) => actors.id(name));
		if (names.length === 0) {
			notes.tally('unattributed', e.where, (n) => `no actor named${several(n, 'event')}: given the actor "${words.unattributed}"; our format needs at least one per event`);
		}
		if (e.category === undefined) {
			notes.tally('uncategorized', e.where, (n) => `no category${several(n, 'event')}: put in "${words.uncategorized}"`);
		}
		if (e.status === undefined) {
			notes.tally('status', e.where, (n) => `no status${several(n, 'event')}: set to "reported"; check each`);
		}
		let description = e.description;
		if (!description[lang]) {
			description = { ...e.title, ...description, [lang]: e.title[lang] };
			notes.tally('description', e.where, (n) => `no text${several(n, 'event')}: the description repeats the title`);
		}
		const sources = e.sources.filter((s, j) => e.sources.findIndex((t) => t.url === s.url) === j);
		return compact({
			id: ids[i],
			start: e.start,
			end: e.end,
			part: e.part,
			uncertainty: e.uncertainty && compact({ ...e.uncertainty, note: e.uncertainty.note && text(e.uncertainty.note) }),
			title: text(e.title),
			description: text(description),
			actors: names.length > 0 ? names : [actors.fallback('unattributed', words.unattributed)],
			category: e.category === undefined ? categories.fallback('uncategorized', words.uncategorized) : categories.id(e.category),
			status: e.status ?? 'reported',
			sources,
			unsourced: sources.length === 0 ? true : undefined,
			importance: e.importance,
			timeZone: e.timeZone
		});
	});
	if (actors.made > 0) {
		notes.front('actors', `${count(actors.made, 'actor')} made from the names used, all of kind "other": set each one's kind (company, government, person…)`);
	}
	const eraIds = new IdPool();
	const eras = draft.eras.map((era) =>
		compact({ id: eraIds.take(era.name[lang] ?? '', 'era'), name: text(era.name), start: era.start, end: era.end, description: era.description && text(era.description) })
	);
	return {
		format: FORMAT_VERSION,
		id: new IdPool().take(base, 'imported-timeline'),
		title: text(title),
		summary: text(summary),
		languages: [...new Set([lang, ...draft.languages])],
		asOf: ctx.today,
		timeZone: 'UTC',
		actors: actors.list(),
		categories: categories.list(),
		eras,
		events
	};
}

/** Event ids: the input's own ids first (kept when valid and free), then slugs of the titles. */
function eventIds(events: DraftEvent[], notes: Notes): string[] {
	const pool = new IdPool();
	const ids = events.map((e) => {
		if (e.id === undefined) return undefined;
		const id = pool.take(e.id, 'event');
		if (id !== e.id) {
			const why = ID.test(e.id) ? 'is already taken' : 'is not a valid id (lowercase letters, digits and hyphens)';
			notes.add(e.where, `id "${clip(e.id)}" ${why}; the event's id is "${id}"`);
		}
		return id;
	});
	return events.map((e, i) => ids[i] ?? pool.take(Object.values(e.title)[0] ?? '', 'event'));
}

/** Actors or categories made from the names the file uses: one per name (ignoring case), with unique ids. */
class Named<T extends { id: string }> {
	#pool = new IdPool();
	#byName = new Map<string, T>();
	#fallback: T | undefined;
	made = 0;

	constructor(
		private readonly noun: string,
		private readonly make: (id: string, name: string) => T
	) {}

	id(name: string): string {
		const key = name.toLowerCase();
		let item = this.#byName.get(key);
		if (!item) {
			item = this.make(this.#pool.take(name, this.noun), name);
			this.#byName.set(key, item);
			this.made++;
		}
		return item.id;
	}

	/** The one item for events that name none. */
	fallback(id: string, name: string): string {
		this.#fallback ??= this.make(this.#pool.take(id, this.noun), name);
		return this.#fallback.id;
	}

	list(): T[] {
		return this.#fallback ? [...this.#byName.values(), this.#fallback] : [...this.#byName.values()];
	}
}

function localized(t: Texts, lang: string): Localized {
	const langs = Object.keys(t);
	if (langs.length === 1 && langs[0] === lang) return t[lang];
	return Object.fromEntries([lang, ...langs.filter((l) => l !== lang)].filter((l) => l in t).map((l) => [l, t[l]]));
}

function compact<T extends Record<string, unknown>>(o: T): T {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function clip(s: string): string {
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
