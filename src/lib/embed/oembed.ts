// oEmbed 1.0 for a timeline: the `rich` response (a fallback link and the iframe) and the discovery <link> for
// the reader page's head. Written as static files at build time, so they work on any static host.
import type { Timeline } from '../model/schema';
import { toItems } from '../model/items';
import { localize } from '../model/localize';
import { t } from '../i18n/messages';
import '../i18n/en-more';
import { escapeHtml } from './snippet';
import { predictEmbedHeight } from './geometry';

/** The width the response is laid out for: a typical article column, wide enough for the chart. */
export const OEMBED_WIDTH = 640;

export interface OEmbedSite {
	/** The public URL of the built app's folder, ending in `/` (where index.html, embed.html and embed.js are). */
	siteUrl: string;
	/** Thumbnail shipped with the app, with its size in px. */
	thumbnail?: { path: string; width: number; height: number };
}

export interface OEmbedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url?: string;
	thumbnail_width?: number;
	thumbnail_height?: number;
}

/** Where a timeline's static oEmbed file lives, relative to the site. */
export const oembedPath = (id: string): string => `oembed/${id}.json`;

/** The reader and embed URLs of a timeline on the site. */
export function timelineUrls(siteUrl: string, id: string): { reader: string; embed: string } {
	const query = `?timeline=${encodeURIComponent(id)}`;
	return { reader: new URL(query, siteUrl).href, embed: new URL(`embed.html${query}`, siteUrl).href };
}

/**
 * The `rich` response: a blockquote with a link (what consumers such as WordPress show until the iframe reports
 * its height, and what is left if they drop the iframe) and the iframe at the predicted height. No script and no
 * other attributes: WordPress strips them from providers it does not trust.
 */
export function oembedFor(timeline: Timeline, site: OEmbedSite, lang = timeline.languages[0]): OEmbedRich {
	const title = localize(timeline.title, lang, timeline.languages[0]);
	const urls = timelineUrls(site.siteUrl, timeline.id);
	const height = predictEmbedHeight(timeline, toItems(timeline), 'actor', OEMBED_WIDTH);
	const frameTitle = t(lang, 'iframeTitle', { title });
	const html =
		`<blockquote class="incident-timeline-embed-fallback"><a href="${escapeHtml(urls.reader)}">${escapeHtml(t(lang, 'fallbackLink', { title }))}</a></blockquote>` +
		`<iframe src="${escapeHtml(urls.embed)}" title="${escapeHtml(frameTitle)}" width="${OEMBED_WIDTH}" height="${height}" frameborder="0" scrolling="no"></iframe>`;
	return {
		type: 'rich',
		version: '1.0',
		title,
		provider_name: t(lang, 'providerName'),
		provider_url: site.siteUrl,
		html,
		width: OEMBED_WIDTH,
		height,
		...(site.thumbnail
			? { thumbnail_url: new URL(site.thumbnail.path, site.siteUrl).href, thumbnail_width: site.thumbnail.width, thumbnail_height: site.thumbnail.height }
			: {})
	};
}

/**
 * The discovery link for the reader page's head. A static file ignores the query, but the spec's consumers
 * expect the endpoint followed by `url` (the page) and `format`.
 */
export function oembedDiscovery(timeline: Timeline, siteUrl: string): { href: string; title: string } {
	const page = timelineUrls(siteUrl, timeline.id).reader;
	const href = `${new URL(oembedPath(timeline.id), siteUrl).href}?url=${encodeURIComponent(page)}&format=json`;
	return { href, title: localize(timeline.title, timeline.languages[0], timeline.languages[0]) };
}
