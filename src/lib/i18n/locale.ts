// The Intl locale the interface writes dates and numbers in: a data language plus the reader's choices of
// digits and calendar (`-u-nu-`, `-u-ca-`), made explicit so that CLDR's defaults cannot drift under us.

export type Numerals = 'latn' | 'arab';
export type Calendar = 'gregory' | 'islamic-umalqura';
export const NUMERALS: readonly Numerals[] = ['latn', 'arab'];
export const CALENDARS: readonly Calendar[] = ['gregory', 'islamic-umalqura'];

export interface LocalePrefs {
	numerals?: Numerals;
	calendar?: Calendar;
}

/** The language of a locale tag: `ar-EG-u-nu-latn` → `ar`. */
export function baseLanguage(tag: string): string {
	return tag.split('-')[0].toLowerCase();
}

/** A data language's default region: British dates for English, Egyptian Arabic (Arabic-Indic digits) for Arabic. */
const REGION: Record<string, string> = { en: 'GB', ar: 'EG' };

/**
 * The locale for `Intl`: `en` → `en-GB`, `ar` → `ar-EG`, with `-u-nu-` and `-u-ca-` when the reader chose digits or
 * a calendar. A tag that already has a region or extensions is kept as it is.
 */
export function intlLocale(lang: string, prefs: LocalePrefs = {}): string {
	// Asked for on every label of every frame: two Intl.Locale objects each time showed up in zoom profiles.
	const key = `${lang}|${prefs.numerals ?? ''}|${prefs.calendar ?? ''}`;
	let tag = tags.get(key);
	if (tag === undefined) {
		tag = resolveLocale(lang, prefs);
		tags.set(key, tag);
	}
	return tag;
}

const tags = new Map<string, string>();

function resolveLocale(lang: string, prefs: LocalePrefs): string {
	try {
		const given = new Intl.Locale(lang);
		const region = given.region ?? REGION[given.language];
		return new Intl.Locale(given.baseName, {
			...(region ? { region } : {}),
			...(prefs.numerals ?? given.numberingSystem ? { numberingSystem: prefs.numerals ?? given.numberingSystem } : {}),
			...(prefs.calendar ?? given.calendar ? { calendar: prefs.calendar ?? given.calendar } : {})
		}).toString();
	} catch {
		return lang;
	}
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A whole number in the locale's digits (`١٢` for ar-EG, `12` with Latin numerals). */
export function formatNumber(value: number, locale: string, compact = false): string {
	const tag = intlLocale(locale);
	const key = compact ? `${tag} compact` : tag;
	let f = numberFormats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(tag, compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 });
		numberFormats.set(key, f);
	}
	return f.format(value);
}
