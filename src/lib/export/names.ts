// File names for exports that say what the file holds: which timeline, language and dates.

/** Lowercase, with every run of characters outside [a-z0-9.-] as one hyphen (`_` separates the parts), trimmed. */
function part(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9.-]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '');
}

/** YYYY-MM-DD of the UTC day holding `t` (a RangeError for an invalid time). */
const utcDate = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * File name saying what the file holds: `<timeline id>_<lang>_<from>_<to>.<ext>`, dates as YYYY-MM-DD (UTC) of the
 * range shown. The range end is exclusive, so `to` is the last day shown: an end at a UTC midnight names the day before.
 */
export function exportFileName(
	timelineId: string,
	lang: string,
	range: readonly [number, number],
	ext: 'svg' | 'png' | 'csv' | 'json',
	variant?: string
): string {
	const [from, to] = range;
	const parts = [part(timelineId) || 'timeline', part(lang) || 'und', utcDate(from), utcDate(Math.max(from, to - 1))];
	const extra = variant === undefined ? '' : part(variant);
	if (extra) parts.push(extra);
	return `${parts.join('_')}.${ext}`;
}
