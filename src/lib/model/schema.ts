// The timeline format. This zod schema is the single source of truth: types, validation and the JSON Schema.
import * as z from 'zod/mini';
import { isTimeZone } from './dates';
import { parseIsoDate } from './date-check';
import { checkReferences } from './references';
import { direct } from './fast-path';
import { STATUSES } from './status';
import { textFault, hex, LINE, PROSE, QUOTE, type TextRule } from './text';

export const FORMAT_VERSION = 1;

const Id = z
	.string()
	.check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'an id is 1–80 lowercase letters, digits and hyphens, starting with a letter or digit'));

export const Lang = z
	.string()
	.check(
		z.maxLength(35, { abort: true, error: 'a language tag has at most 35 characters' }),
		z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language is a BCP 47 tag such as en or ar')
	);

/** What a check found wrong with a value: a message, and where it is (below the value) and what it is, for problems.ts. */
type Flag = { message: string; path?: PropertyKey[]; params?: Record<string, unknown> };

/**
 * A check that reports what \`find\` says is wrong with a value, if anything. zod's superRefine does the same, but gives
 * every value it checks a new \`addIssue\` closure on its parse state; this runs for every text, date and
 * link of a timeline (about 200,000 times at 50,000 events).
 */
function flag<T>(find: (value: T) => Flag | Flag[] | undefined) {
	const check = z.check<T>((payload) => {
		const found = find(payload.value);
		if (found === undefined) return;
		for (const f of Array.isArray(found) ? found : [found]) payload.issues.push({ code: 'custom', input: payload.value, inst: check, continue: true, ...f });
	});
	// It pushes an issue exactly when `find` finds something: the fast path calls `find` itself (fast-path.ts).
	return direct(check, find);
}

/**
 * Text of at most `rule.max` characters without control characters, broken characters or open direction controls
 * (text.ts). The fault travels in `params` so that problems.ts can name the field in the message.
 */
function text(rule: TextRule) {
	const schema = z.string().check(
		flag((s: string) => {
			const fault = textFault(s, rule);
			return fault && { message: 'the text is not allowed', params: { text: fault } };
		})
	);
	z.globalRegistry.add(schema, { minLength: 1, maxLength: rule.max });
	return schema;
}

/**
 * One schema per rule, shared by every field that takes it: the event test generated from them (fast-path.ts) then
 * holds one function per rule, not a copy per field.
 */
const localizedByRule = new Map<TextRule, ReturnType<typeof makeLocalized>>();

/** Human-readable text: one plain string, or one string per language (`{ "en": "…", "ar": "…" }`). */
function localized(rule: TextRule) {
	let schema = localizedByRule.get(rule);
	if (!schema) localizedByRule.set(rule, (schema = makeLocalized(rule)));
	return schema;
}

function makeLocalized(rule: TextRule) {
	const value = z.string();
	z.globalRegistry.add(value, { minLength: 1, maxLength: rule.max });
	const perLanguage = z.record(Lang, value).check(
		flag((texts: Record<string, string>) => {
			const langs = Object.keys(texts);
			if (langs.length === 0) return { message: 'give the text in at least one language' };
			const flags: Flag[] = [];
			for (const lang of langs) {
				const fault = textFault(texts[lang], rule);
				if (fault) flags.push({ path: [lang], message: 'the text is not allowed', params: { text: fault, lang } });
			}
			return flags.length ? flags : undefined;
		})
	);
	return z.union([text(rule), perLanguage]);
}

/** Prose in one or more languages (see `localized`); the schemas below pick a limit per field. */
export const Localized = localized(PROSE);

export const IsoDate = z.string().check(
	flag((s: string) => {
		const r = parseIsoDate(s);
		return r.ok ? undefined : { message: r.message };
	})
);

const TimeZone = z
	.string()
	.check(
		z.maxLength(64, { abort: true, error: 'a time zone name has at most 64 characters' }),
		z.refine(isTimeZone, 'not an IANA time zone name (e.g. UTC, Europe/Dublin)')
	);

/** Spaces, controls and invisible or direction characters: the URL parser drops or encodes them, so the link would differ from its text. */
const WEB_SCHEME = /^https?:/i;
/**
 * Links the URL parser takes for certain, without asking it: http(s), a host name of letters, digits and hyphens whose
 * last label starts with a letter (so not an IPv4 address, which can be out of range) and holds no `xn--` (punycode,
 * which the parser checks), a port of at most four digits, then a path, query or fragment of visible ASCII. Nearly every
 * source link is one; asking URL.canParse crosses into the browser's code, and costs ten times as much (50,000 links
 * in Chromium: 75 to 140 against 4 to 15 ms). A link this pattern does not take goes the long way, below.
 */
const PLAIN_URL = /^https?:\/\/(?![^/?#]*xn--)(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\.?(?::\d{1,4})?(?:[/?#][\x21-\x7e]*)?$/i;
const HIDDEN_IN_URL = /[\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

export const WebUrl = z.string().check(
	z.maxLength(2048, { abort: true, error: 'a link has at most 2,048 characters' }),
	flag((s: string) => {
		// Most links: an http(s) scheme, nothing hidden, and the parser takes it. URL.canParse makes no URL object,
		// which costs twice as much (100,000 links: 50 against 120 ms); any other link is parsed to say what is wrong.
		if (PLAIN_URL.test(s) || (WEB_SCHEME.test(s) && !HIDDEN_IN_URL.test(s) && URL.canParse?.(s))) return undefined;
		let url: URL;
		try {
			url = new URL(s);
		} catch {
			return { message: 'not a valid absolute URL' };
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return { message: `only https: and http: links are allowed, not ${url.protocol}` };
		const hidden = HIDDEN_IN_URL.exec(s);
		if (!hidden) return undefined;
		const at = [...s.slice(0, hidden.index + 1)].length;
		return { message: `a link must not hold spaces or invisible characters (${hex(hidden[0].charCodeAt(0))} at character ${at}); write a space as %20` };
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

export const Actor = z.strictObject({ id: Id, name: localized(LINE), kind: ActorKind, description: z.optional(localized(PROSE)) });

export const Category = z.strictObject({ id: Id, name: localized(LINE), description: z.optional(localized(PROSE)) });

export const Era = z.strictObject({ id: Id, name: localized(LINE), start: IsoDate, end: IsoDate, description: z.optional(localized(PROSE)) });

export const Source = z.strictObject({
	publisher: text(LINE),
	title: localized(LINE),
	url: WebUrl,
	/** When the source was published; omit for undated pages (never guess). */
	published: z.optional(IsoDate),
	/** A short extract that supports the date or claim. */
	quote: z.optional(text(QUOTE)),
	/** A primary record (court filing, CVE record, regulator's statement) rather than press coverage. */
	primary: z.optional(z.boolean())
});

export const Annotation = z.strictObject({
	text: localized(LINE),
	/** 1 is shown first when room runs out; 5 is the first to hide. */
	priority: z.int().check(z.minimum(1), z.maximum(5))
});

export const Uncertainty = z.strictObject({ earliest: IsoDate, latest: IsoDate, note: z.optional(localized(PROSE)) });

export const Event = z.strictObject({
	id: Id,
	start: IsoDate,
	end: z.optional(IsoDate),
	/** Qualifies a month or year: "early May 2019". Its soft extent is the first, middle or last third. */
	part: z.optional(z.enum(['early', 'mid', 'late'])),
	uncertainty: z.optional(Uncertainty),
	title: localized(LINE),
	description: localized(PROSE),
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
	title: localized(LINE),
	range: z.strictObject({ start: IsoDate, end: IsoDate }),
	events: z.array(Id),
	annotation: z.optional(localized(PROSE)),
	notes: z.optional(localized(PROSE))
});

export const Correction = z.strictObject({ date: IsoDate, text: localized(PROSE) });

/** Each listed once (references.ts names a repeat); the first is the default. */
const Languages = z.array(Lang).check(z.minLength(1, 'list at least one language; the first is the default'));
z.globalRegistry.add(Languages, { uniqueItems: true });

export const TimelineShape = z.strictObject({
	$schema: z.optional(z.string().check(z.maxLength(2048))),
	format: z.literal(FORMAT_VERSION),
	id: Id,
	title: localized(LINE),
	summary: localized(PROSE),
	languages: Languages,
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
