// The Arabic table is not in the first load: it comes on demand, and text asked for meanwhile is English.
import { describe, it, expect, vi } from 'vitest';

describe('message tables on demand', () => {
	it('answers in English until the table of another language is loaded, then in that language', async () => {
		vi.resetModules();
		const { t, loadMessages } = await import('../../src/lib/i18n/messages');
		const { en } = await import('../../src/lib/i18n/en');
		const { ar } = await import('../../src/lib/i18n/ar');
		expect(t('ar', 'loading')).toBe(en.loading);
		await loadMessages('ar-EG-u-nu-latn');
		expect(t('ar', 'loading')).toBe(ar.loading);
		expect(ar.loading).not.toBe(en.loading);
		// An unknown language resolves at once and stays English.
		await loadMessages('xx');
		expect(t('xx', 'loading')).toBe(en.loading);
	});
});
