// The timeline format. This zod schema is the single source of truth: types, validation and the JSON Schema.
import { z } from 'zod';
import { parseIsoDate, isTimeZone } from './dates';
import { checkReferences } from './references';

export const FORMAT_VERSION = 1;

const Id = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'an id is 1–80 lowercase letters, digits and hyphens, starting with a letter or digit');

export const Lang = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language is a BCP 47 tag such as en or ar');

/** Human-readable text: one plain string, or one string per language (`{ "en": "…", "ar": "…" }`). */
export const Localized = z.union([
	z.string().min(1, 'text must not be empty'),
	z.record(Lang, z.string().min(1, 'text must not be empty')).refine((o) => Object.keys(o).length > 0, {
		message: 'give the text in at least one language'
	})
]);

export const IsoDate = z.string().superRefine((s, ctx) => {
	const r = parseIsoDate(s);
	if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
});

const TimeZone = z.string().refine(isTimeZone, { message: 'not an IANA time zone name (e.g. UTC, Europe/Dublin)' });

export const WebUrl = z.string().superRefine((s, ctx) => {
	let url: URL;
	try {
		url = new URL(s);
	} catch {
		ctx.addIssue({ code: 'custom', message: 'not a valid absolute URL' });
		return;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		ctx.addIssue({ code: 'custom', message: `only https: and http: links are allowed, not ${url.protocol}` });
	}
});

export const ActorKind = z.enum([
	'company',
	'government',
	'court',
	'ngo',
	'media',
	'researcher',
	'regulator',
	'person',
	'group',
	'other'
]);

export const Status = z.enum(['confirmed', 'reported', 'alleged', 'disputed', 'denied']);

export const Actor = z.strictObject({ id: Id, name: Localized, kind: ActorKind, description: Localized.optional() });

export const Category = z.strictObject({ id: Id, name: Localized, description: Localized.optional() });

export const Era = z.strictObject({ id: Id, name: Localized, start: IsoDate, end: IsoDate, description: Localized.optional() });

export const Source = z.strictObject({
	publisher: z.string().min(1),
	title: Localized,
	url: WebUrl,
	/** When the source was published; omit for undated pages (never guess). */
	published: IsoDate.optional(),
	/** A short extract that supports the date or claim. */
	quote: z.string().min(1).optional(),
	/** A primary record (court filing, CVE record, regulator's statement) rather than press coverage. */
	primary: z.boolean().optional()
});

export const Annotation = z.strictObject({
	text: Localized,
	/** 1 is shown first when room runs out; 5 is the first to hide. */
	priority: z.number().int().min(1).max(5)
});

export const Uncertainty = z.strictObject({ earliest: IsoDate, latest: IsoDate, note: Localized.optional() });

export const Event = z.strictObject({
	id: Id,
	start: IsoDate,
	end: IsoDate.optional(),
	/** Qualifies a month or year: "early May 2019". Its soft extent is the first, middle or last third. */
	part: z.enum(['early', 'mid', 'late']).optional(),
	uncertainty: Uncertainty.optional(),
	title: Localized,
	description: Localized,
	actors: z.array(Id).min(1, 'name at least one actor'),
	category: Id,
	status: Status,
	sources: z.array(Source),
	/** Explicitly unsourced (e.g. imported): readers see "no source given". */
	unsourced: z.literal(true).optional(),
	annotation: Annotation.optional(),
	importance: z.number().int().min(1).max(5).optional(),
	/** The zone the sources state times in, when they do. */
	timeZone: TimeZone.optional()
});

export const StoryStep = z.strictObject({
	id: Id,
	title: Localized,
	range: z.strictObject({ start: IsoDate, end: IsoDate }),
	events: z.array(Id),
	annotation: Localized.optional(),
	notes: Localized.optional()
});

export const Correction = z.strictObject({ date: IsoDate, text: Localized });

export const TimelineShape = z.strictObject({
	$schema: z.string().optional(),
	format: z.literal(FORMAT_VERSION),
	id: Id,
	title: Localized,
	summary: Localized,
	languages: z.array(Lang).min(1, 'list at least one language; the first is the default'),
	asOf: IsoDate,
	timeZone: TimeZone.default('UTC'),
	actors: z.array(Actor),
	categories: z.array(Category).min(1, 'define at least one category'),
	eras: z.array(Era).default([]),
	events: z.array(Event).min(1, 'a timeline needs at least one event'),
	story: z.array(StoryStep).optional(),
	corrections: z.array(Correction).optional()
});

export const Timeline = TimelineShape.superRefine(checkReferences);

export type Timeline = z.infer<typeof Timeline>;
export type TimelineEvent = z.infer<typeof Event>;
export type Actor = z.infer<typeof Actor>;
export type Category = z.infer<typeof Category>;
export type Era = z.infer<typeof Era>;
export type Source = z.infer<typeof Source>;
export type Localized = z.infer<typeof Localized>;
export type Status = z.infer<typeof Status>;
export type ActorKind = z.infer<typeof ActorKind>;
