// The embed code a journalist pastes into an article: a wrapper reserving the predicted height, the iframe, a
// fallback link, and the host loader that resizes the iframe. Pure: every value is escaped for HTML here.

export interface SnippetInput {
	/** Absolute URL of the embed page for the view (embed.html?…). */
	embedUrl: string;
	/** Absolute URL of the reader page for the same view: the fallback link. */
	readerUrl: string;
	/** Absolute URL of the host loader (embed.js). */
	loaderUrl: string;
	/** The iframe's title: names the timeline (and the view), unique per embed. */
	title: string;
	/** The fallback link's text. */
	linkText: string;
	/** Predicted height in px: reserved before the embed loads, so the article does not shift. */
	height: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Only http(s) URLs go into the snippet. */
function checkedUrl(url: string): string {
	const parsed = new URL(url);
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`not an http(s) URL: ${url}`);
	return parsed.href;
}

/** The snippet, one element per line. */
export function embedSnippet(input: SnippetInput): string {
	const h = Math.max(1, Math.round(input.height));
	const title = escapeHtml(input.title);
	return [
		`<div class="incident-timeline-embed" style="min-height:${h}px">`,
		`<iframe data-incident-timeline src="${escapeHtml(checkedUrl(input.embedUrl))}" title="${title}" loading="lazy" allow="fullscreen" width="100%" height="${h}" style="display:block;width:1px;min-width:100%;height:${h}px;border:0"></iframe>`,
		`<noscript><a href="${escapeHtml(checkedUrl(input.readerUrl))}">${escapeHtml(input.linkText)}</a></noscript>`,
		`</div>`,
		`<script async src="${escapeHtml(checkedUrl(input.loaderUrl))}"></script>`
	].join('\n');
}
