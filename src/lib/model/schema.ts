// The timeline format. This zod schema is the single source of truth: types, validation and the JSON Schema.
import * as z from 'zod/mini';
import { parseIsoDate, isTimeZone } from './dates';
import { checkReferences } from './references';
import { STATUSES } from './status';

export const FORMAT_VERSION = 1;

const Id = z
	.string()
	.check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'an id is 1–80 lowercase letters, digits and hyphens, starting with a letter or digit'));

export const Lang = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language is a BCP 47 tag such as en or ar'));

const Text = z.string().check(z.minLength(1, 'text must not be empty'));

/** Human-readable text: one plain string, or one string per language (`{ "en": "…", "ar": "…" }`). */
export const Localized = z.union([
	Text,
	z.record(Lang, Text).check(z.refine((o) => Object.keys(o).length > 0, 'give the text in at least one language'))
]);

export const IsoDate = z.string().check(
	z.superRefine((s, ctx) => {
		const r = parseIsoDate(s);
		if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
	})
);

const TimeZone = z.string().check(z.refine(isTimeZone, 'not an IANA time zone name (e.g. UTC, Europe/Dublin)'));

export const WebUrl = z.string().check(
	z.superRefine((s, ctx) => {
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
	})
);

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

export const Status = z.enum(STATUSES);

export const Actor = z.strictObject({ id: Id, name: Localized, kind: ActorKind, description: z.optional(Localized) });

export const Category = z.strictObject({ id: Id, name: Localized, description: z.optional(Localized) });

export const Era = z.strictObject({ id: Id, name: Localized, start: IsoDate, end: IsoDate, description: z.optional(Localized) });

export const Source = z.strictObject({
	publisher: Text,
	title: Localized,
	url: WebUrl,
	/** When the source was published; omit for undated pages (never guess). */
	published: z.optional(IsoDate),
	/** A short extract that supports the date or claim. */
	quote: z.optional(Text),
	/** A primary record (court filing, CVE record, regulator's statement) rather than press coverage. */
	primary: z.optional(z.boolean())
});

export const Annotation = z.strictObject({
	text: Localized,
	/** 1 is shown first when room runs out; 5 is the first to hide. */
	priority: z.int().check(z.minimum(1), z.maximum(5))
});

export const Uncertainty = z.strictObject({ earliest: IsoDate, latest: IsoDate, note: z.optional(Localized) });

export const Event = z.strictObject({
	id: Id,
	start: IsoDate,
	end: z.optional(IsoDate),
	/** Qualifies a month or year: "early May 2019". Its soft extent is the first, middle or last third. */
	part: z.optional(z.enum(['early', 'mid', 'late'])),
	uncertainty: z.optional(Uncertainty),
	title: Localized,
	description: Localized,
	actors: z.array(Id).check(z.minLength(1, 'name at least one actor')),
	category: Id,
	status: Status,
	sources: z.array(Source),
	/** Explicitly unsourced (e.g. imported): readers see "no source given". */
	unsourced: z.optional(z.literal(true)),
	annotation: z.optional(Annotation),
	importance: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
	/** The zone the sources state times in, when they do. */
	timeZone: z.optional(TimeZone)
});

export const StoryStep = z.strictObject({
	id: Id,
	title: Localized,
	range: z.strictObject({ start: IsoDate, end: IsoDate }),
	events: z.array(Id),
	annotation: z.optional(Localized),
	notes: z.optional(Localized)
});

export const Correction = z.strictObject({ date: IsoDate, text: Localized });

export const TimelineShape = z.strictObject({
	$schema: z.optional(z.string()),
	format: z.literal(FORMAT_VERSION),
	id: Id,
	title: Localized,
	summary: Localized,
	languages: z.array(Lang).check(z.minLength(1, 'list at least one language; the first is the default')),
	asOf: IsoDate,
	timeZone: z._default(TimeZone, 'UTC'),
	actors: z.array(Actor),
	categories: z.array(Category).check(z.minLength(1, 'define at least one category')),
	eras: z._default(z.array(Era), []),
	events: z.array(Event).check(z.minLength(1, 'a timeline needs at least one event')),
	story: z.optional(z.array(StoryStep)),
	corrections: z.optional(z.array(Correction))
});

export const Timeline = TimelineShape.check(z.superRefine(checkReferences));

export type Timeline = z.infer<typeof Timeline>;
export type TimelineEvent = z.infer<typeof Event>;
export type Actor = z.infer<typeof Actor>;
export type Category = z.infer<typeof Category>;
export type Era = z.infer<typeof Era>;
export type Source = z.infer<typeof Source>;
export type Localized = z.infer<typeof Localized>;
export type Status = z.infer<typeof Status>;
export type ActorKind = z.infer<typeof ActorKind>;
