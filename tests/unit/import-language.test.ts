import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { languageOf } from '../../src/lib/import/language';

describe('languageOf (the text language of a file that does not name it)', () => {
	it('reads an English file as English, even one with a few Arabic cells', () => {
		expect(languageOf(readFileSync('tests/fixtures/import/timelinejs-template.csv', 'utf8'))).toBe('en');
		expect(languageOf('start,title,title:ar\n2019,Patch released,إصدار التحديث\n2020,Lawsuit filed,رفع الدعوى\n')).toBe('en');
	});

	it('reads an Arabic file as Arabic, in spite of Latin column names and links', () => {
		const csv = 'start,title,description,source_url\n2019-05-13,نشر تقرير فايننشال تايمز,كشفت الصحيفة أن برنامج تجسس استغل ثغرة في الاتصال,https://www.ft.com/content/x\n';
		expect(languageOf(csv)).toBe('ar');
	});

	it('falls back to English with no letters at all', () => {
		expect(languageOf('')).toBe('en');
		expect(languageOf('2019,2020\n1,2')).toBe('en');
	});
});
