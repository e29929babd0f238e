// English comes in two parts: en.ts with the page, en-more.ts with the views that load when first shown. Each module
// must find its words: one that uses a word of en-more.ts imports it, and a word asked for before it came is loaded.
import { describe, it, expect, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../src/lib/i18n/en';
import { enMore } from '../../src/lib/i18n/en-more';
import { ar } from '../../src/lib/i18n/ar';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('the English table in two parts', () => {
	it('has each key once, and together the keys of every other table', () => {
		const firstKeys = Object.keys(en);
		const moreKeys = Object.keys(enMore);
		expect(firstKeys.filter((k) => moreKeys.includes(k))).toEqual([]);
		expect([...firstKeys, ...moreKeys].sort()).toEqual(Object.keys(ar).sort());
	});

	it('is imported by every module that asks for a word of en-more.ts, so that the word is there when it draws', () => {
		const more = Object.keys(enMore);
		const missing: string[] = [];
		for (const file of files('src').filter((f) => /\.(ts|svelte)$/.test(f) && !f.includes('/i18n/'))) {
			const code = readFileSync(file, 'utf8');
			if (!/i18n\/messages['"]/.test(code)) continue;
			// t(…, 'key'), a key in a table of keys (`{ kind: 'errorHttp' }`), or a key built from a prefix (`key_${…}`).
			const words = more.filter((k) => new RegExp(`\\bt\\([^;]*?,\\s*'${k}'|:\\s*'${k}'`).test(code));
			if (/`key_\$\{/.test(code) && !/key_chart_/.test(code)) words.push('key_…');
			if (words.length && !/import '(\.\.\/)+i18n\/en-more';/.test(code)) missing.push(`${file}: ${words.join(', ')}`);
		}
		expect(missing).toEqual([]);
	});

	it('loads en-more.ts for a word asked for before it came: empty meanwhile, then the word, and the page redraws', async () => {
		vi.resetModules();
		const { t } = await import('../../src/lib/i18n/messages');
		expect(t('en', 'loading')).toBe(en.loading);
		expect(t('en', 'embedTitle')).toBe('');
		await vi.waitFor(() => expect(t('en', 'embedTitle')).toBe(enMore.embedTitle));
		// Arabic has every word in its own table.
		const { loadMessages } = await import('../../src/lib/i18n/messages');
		await loadMessages('ar');
		expect(t('ar', 'embedTitle')).toBe(ar.embedTitle);
	});
});
