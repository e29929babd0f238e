// The interface's own words, one table per language (en.ts, ar.ts). Data text comes from the timeline, not from here.
import { baseLanguage, formatNumber } from './locale';
import { en, type Messages } from './en';
import { ar } from './ar';

export { en, ar, type Messages };

const TABLES: Record<string, Messages> = { en, ar };

/**
 * Looks up a message and fills `{name}` slots; numbers are written in the locale's digits. `lang` may be a full
 * locale tag (`ar-EG-u-nu-latn`): its language picks the table. Unknown languages fall back to English.
 */
export function t(lang: string, key: keyof Messages, values: Record<string, string | number> = {}): string {
	const text = (TABLES[baseLanguage(lang)] ?? en)[key];
	return text.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = values[name];
		return value === undefined ? `{${name}}` : typeof value === 'number' ? formatNumber(value, lang) : value;
	});
}
