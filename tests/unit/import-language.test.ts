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

	it("reads the untagged title and description columns only, whatever the other languages' columns hold", () => {
		// The app's CSV export of a bilingual timeline: the reader's language untagged, the other one tagged, and
		// here the Arabic texts are the longer ones (as in the breach timeline).
		const arabic = 'كشفت صحيفة فايننشال تايمز أن برنامج تجسس من مجموعة إن إس أو استغل ثغرة في مكالمات واتساب الصوتية';
		const english = `start,title,description,title:ar,description:ar\n2019-05-13,FT report,Spyware used a flaw.,تقرير,${arabic}\n`;
		expect(languageOf(english)).toBe('en');
		const reversed = `\uFEFFstart,Title,description:en,title:en,Description\n2019-05-13,تقرير,${'Spyware from NSO Group used a flaw in calls. '.repeat(4)},FT report,برنامج تجسس\n`;
		expect(languageOf(reversed)).toBe('ar');
		// TimelineJS's Headline and Text, tab-separated, with a long English media credit beside them.
		const tsv = `Year\tHeadline\tText\tMedia Credit\n2019\tتقرير\tبرنامج تجسس\t${'Photograph by a news agency. '.repeat(5)}\n`;
		expect(languageOf(tsv)).toBe('ar');
	});

	it('falls back to English with no letters at all', () => {
		expect(languageOf('')).toBe('en');
		expect(languageOf('2019,2020\n1,2')).toBe('en');
	});
});
