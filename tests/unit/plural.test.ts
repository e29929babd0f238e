// Messages with a number take the language's plural form: Arabic counts nouns in five ways (1, 2, 3–10, 11–99, 100…).
import { describe, it, expect, beforeAll } from 'vitest';
import { t, loadMessages, type Plural, type Messages } from '../../src/lib/i18n/messages';
import { en as first } from '../../src/lib/i18n/en';
import { enMore } from '../../src/lib/i18n/en-more';
import { enReader } from '../../src/lib/i18n/en-reader';
import { ar } from '../../src/lib/i18n/ar';

const slots = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
const forms = (message: string | Plural) => (typeof message === 'string' ? [message] : Object.values(message));

// Every word: the tests run outside the embed, so en.ts has the reader page's words too.
const en = { ...first, ...enMore, ...enReader } as Messages;

beforeAll(() => loadMessages('ar'));

describe('plural forms', () => {
	it('every plural message has its other form, and no form in either language fills a slot English does not have', () => {
		let plural = 0;
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			const known = new Set(forms(en[key]).flatMap((f) => [...slots(f)]));
			for (const message of [en[key], ar[key]]) {
				if (typeof message !== 'string') {
					plural++;
					expect(message.other, key).toBeTruthy();
				}
				for (const form of forms(message)) for (const slot of slots(form)) expect(known.has(slot), `${key}: {${slot}}`).toBe(true);
			}
		}
		expect(plural).toBeGreaterThanOrEqual(20);
	});

	it('writes the Arabic counted noun as Arabic grammar asks, with Arabic-Indic digits', () => {
		const summary = (count: number) => t('ar-EG', 'chartSummary', { count, from: 'أ', to: 'ب' });
		expect(summary(1)).toBe('خط زمني من حدث واحد بين أ وب.');
		expect(summary(2)).toBe('خط زمني من حدثين بين أ وب.');
		expect(summary(3)).toBe('خط زمني من ٣ أحداث بين أ وب.');
		expect(summary(10)).toBe('خط زمني من ١٠ أحداث بين أ وب.');
		expect(summary(11)).toBe('خط زمني من ١١ حدثًا بين أ وب.');
		expect(summary(41)).toBe('خط زمني من ٤١ حدثًا بين أ وب.');
		expect(summary(99)).toBe('خط زمني من ٩٩ حدثًا بين أ وب.');
		expect(summary(100)).toBe('خط زمني من ١٠٠ حدث بين أ وب.');
		// The rules look at the last two digits: 103 counts like 3, 111 like 11.
		expect(summary(103)).toBe('خط زمني من ١٠٣ أحداث بين أ وب.');
		expect(summary(111)).toBe('خط زمني من ١١١ حدثًا بين أ وب.');
		expect(summary(100_000)).toBe('خط زمني من ١٠٠٬٠٠٠ حدث بين أ وب.');
		// Latin digits when the locale asks for them; the form still follows the number.
		expect(t('ar-EG-u-nu-latn', 'shownCount', { shown: 2, count: 5 })).toBe('2 من أصل 5 أحداث');
		expect(t('ar', 'errorMore', { count: 2 })).toBe('ومشكلتان أخريان');
	});

	it('writes one and many in English, and the other form when a message is asked for without its count', () => {
		expect(t('en', 'searchResults', { count: 1 })).toBe('1 result');
		expect(t('en', 'searchResults', { count: 0 })).toBe('0 results');
		expect(t('en-GB', 'shownCount', { shown: 1, count: 1 })).toBe('1 of 1 event');
		expect(t('en-GB', 'shownCount', { shown: 1200, count: 10_000 })).toBe('1,200 of 10,000 events');
		expect(t('en', 'embedFooter')).toBe('{count} events, each with its sources');
	});
});
