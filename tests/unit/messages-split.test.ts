// English comes in three parts: en.ts with the page; en-more.ts with the views that load when first shown, and with
// it en-reader.ts, the words of the views only the reader loads (the embed's script leaves those out). Each module must
// find its words: one that uses a word of en-more.ts or en-reader.ts imports en-more.ts, and a word asked for before it
// came is loaded.
import { describe, it, expect, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../src/lib/i18n/en';
import { enMore } from '../../src/lib/i18n/en-more';
import { enReader } from '../../src/lib/i18n/en-reader';
import { ar } from '../../src/lib/i18n/ar';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const modules = files('src')
	.filter((f) => /\.(ts|svelte)$/.test(f) && !f.includes('/i18n/'))
	.map((file) => ({ file, code: readFileSync(file, 'utf8') }));

/**
 * The keys of `table` a module asks for: t(…, 'key'), either branch of a choice (`a ? 'key' : 'other'`), a key in a
 * table of keys (`{ kind: 'errorHttp' }`), or a key built from a prefix (`key_${…}`).
 */
function wordsOf(code: string, table: Record<string, unknown>): string[] {
	const words = Object.keys(table).filter((k) => new RegExp(`\\bt\\([^;]*?,\\s*'${k}'|[:?]\\s*'${k}'`).test(code));
	for (const prefix of prefixesIn(code)) if (Object.keys(table).some((k) => k.startsWith(prefix))) words.push(`${prefix}…`);
	return words;
}

/** The prefixes of keys a module builds in a template (`status_${…}`). */
const prefixesIn = (code: string) => [...code.matchAll(/`(\w+_)\$\{/g)].map((m) => m[1]);

describe('the English table in three parts', () => {
	it('has each key once, and together the keys of every other table', () => {
		const parts = [Object.keys(en), Object.keys(enMore), Object.keys(enReader)];
		const all = parts.flat();
		expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
		expect([...all].sort()).toEqual(Object.keys(ar).sort());
	});

	it('holds no word that no module asks for', () => {
		const code = modules.map((m) => m.code).join('\n');
		const prefixes = prefixesIn(code);
		const unused = Object.keys({ ...en, ...enMore, ...enReader }).filter((k) => !new RegExp(`['"]${k}['"]`).test(code) && !prefixes.some((p) => k.startsWith(p)));
		expect(unused).toEqual([]);
	});

	it('is imported by every module that asks for a word of en-more.ts or en-reader.ts, so that the word is there when it draws', () => {
		const missing: string[] = [];
		for (const { file, code } of modules) {
			if (!/i18n\/messages['"]/.test(code)) continue;
			const words = wordsOf(code, { ...enMore, ...enReader });
			if (words.length && !/import '(\.\.\/)+i18n\/en-more';/.test(code)) missing.push(`${file}: ${words.join(', ')}`);
		}
		expect(missing).toEqual([]);
	});

	it('loads en-more.ts, with en-reader.ts, for a word asked for before it came: empty meanwhile, then the word', async () => {
		vi.resetModules();
		const { t, loadMessages } = await import('../../src/lib/i18n/messages');
		expect(t('en', 'loading')).toBe(en.loading);
		expect(t('en', 'embedTitle')).toBe('');
		expect(t('en', 'errorTitle')).toBe('');
		await vi.waitFor(() => expect([t('en', 'embedTitle'), t('en', 'errorTitle')]).toEqual([enReader.embedTitle, enMore.errorTitle]));
		// Arabic has every word in its own table.
		await loadMessages('ar');
		expect(t('ar', 'embedTitle')).toBe(ar.embedTitle);
	});
});
