// Picks the text of a localized value for a language, falling back to the timeline's default language.
import type { Localized } from './schema';

export function localize(value: Localized | undefined, lang: string, fallback: string): string {
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	// `lang` may be a locale tag (`ar-EG-u-nu-latn`): its language picks the text.
	return value[lang] ?? value[lang.split('-')[0]] ?? value[fallback] ?? Object.values(value)[0] ?? '';
}
