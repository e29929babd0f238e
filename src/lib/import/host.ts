// Links as sources: whether a URL is one our timelines accept, and the host name that stands in for a missing
// publisher or title.
import { WebUrl } from '../model/schema';

export type Web = { ok: true; host: string } | { ok: false; message: string };

/** The URL's host without a leading "www.", when the schema accepts it as a source link. */
export function webHost(url: string): Web {
	const r = WebUrl.safeParse(url);
	if (!r.success) return { ok: false, message: r.error.issues[0]?.message ?? 'not a valid link' };
	return { ok: true, host: new URL(url).hostname.replace(/^www\./, '') };
}

/** Text that must fit on one line (titles, names, publishers): runs of whitespace, line breaks included, become one space. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
