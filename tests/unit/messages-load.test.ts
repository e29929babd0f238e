// The Arabic table is not in the first load: it comes on demand, and text asked for meanwhile is English.
import { describe, it, expect, vi } from 'vitest';
import { catchingUnhandled } from '../helpers';

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

describe('a message table that cannot be loaded', () => {
	it('leaves the language in English, is asked for once, and neither rejects nor raises an unhandled rejection', async () => {
		vi.resetModules();
		let asked = 0;
		vi.doMock('../../src/lib/i18n/ar', () => {
			asked++;
			throw new Error('offline');
		});
		try {
			await catchingUnhandled(async (unhandled) => {
				const { t, loadMessages } = await import('../../src/lib/i18n/messages');
				const { en } = await import('../../src/lib/i18n/en');
				// t() asks for the table of a language it has not got.
				expect(t('ar', 'loading')).toBe(en.loading);
				// Nothing else waits for that request: its failure must not surface as an unhandled rejection.
				await new Promise((r) => setTimeout(r, 20));
				expect(unhandled).toEqual([]);
				// Whoever waits for the table (the app, before its first render) goes on, in English.
				await expect(loadMessages('ar')).resolves.toBeUndefined();
				expect(t('ar', 'loading')).toBe(en.loading);
				await new Promise((r) => setTimeout(r, 20));
				expect(asked).toBe(1);
				expect(unhandled).toEqual([]);
			});
		} finally {
			vi.doUnmock('../../src/lib/i18n/ar');
		}
	});
});
