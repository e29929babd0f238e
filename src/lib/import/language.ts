// Which of the app's languages an imported file's text is written in, for files that do not say (CSV, TimelineJS).

/**
 * `ar` when most letters are Arabic script, else `en`. Links and the first line (a CSV's column names) are left
 * out of the count, since they are Latin in either language. Reads the first 200,000 characters.
 */
export function languageOf(text: string): 'ar' | 'en' {
	const sample = text
		.slice(0, 200_000)
		.replace(/^[^\n]*\n/, '')
		.replace(/https?:\/\/\S+/g, '');
	const arabic = sample.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
	const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
	return arabic > latin ? 'ar' : 'en';
}
