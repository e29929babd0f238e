// Picks the text of a localized value for a language, falling back to the timeline's default language.
import type { Localized } from './schema';

export function localize(value: Localized | undefined, lang: string, fallback: string): string {
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	return value[lang] ?? value[fallback] ?? Object.values(value)[0] ?? '';
}
