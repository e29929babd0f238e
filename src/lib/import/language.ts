// Which of the app's languages an imported file's text is written in, for files that do not say (CSV, TimelineJS).
import { guessDelimiter, headerKey, parseTable } from './table';

/** The columns whose language the import takes as the file's: ours untagged (`title`, not `title:ar`), and TimelineJS's. */
const OWN_TEXT = new Set(['title', 'description', 'headline', 'text']);

/**
 * `ar` when most letters are Arabic script, else `en`. In a table whose header names a title or description column
 * (untagged) or TimelineJS's Headline or Text, only those columns count: the others may hold other languages
 * (`title:ar` beside an English `title`, as the app's CSV export of a bilingual timeline writes them), and the
 * import reads the untagged ones in the language guessed here. Otherwise every letter counts but the first line's
 * (column names) and links', which are Latin in either language. Reads the first 200,000 characters.
 */
export function languageOf(text: string): 'ar' | 'en' {
	const head = text.slice(0, 200_000);
	const rows = parseTable(head, guessDelimiter(head));
	const own = (rows[0] ?? []).flatMap((cell, j) => (OWN_TEXT.has(headerKey(cell)) ? [j] : []));
	const cells = own.length > 0 ? rows.slice(1).flatMap((row) => own.map((j) => row[j] ?? '')).join('\n') : head.replace(/^[^\n]*\n/, '');
	const sample = cells.replace(/https?:\/\/\S+/g, '');
	const arabic = sample.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
	const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
	return arabic > latin ? 'ar' : 'en';
}
