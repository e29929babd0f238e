// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { embedSnippet, escapeHtml } from '../../src/lib/embed/snippet';
import { oembedFor, oembedDiscovery, OEMBED_WIDTH } from '../../src/lib/embed/oembed';
import { predictEmbedHeight, EMBED_GEOMETRY, NARROW_BELOW } from '../../src/lib/embed/geometry';
import { validateTimeline } from '../../src/lib/model/validate';
import { toItems } from '../../src/lib/model/items';
import { assignLanes } from '../../src/lib/layout/lanes';
import { chartHeight } from '../../src/lib/layout/chart';
import type { Timeline } from '../../src/lib/model/schema';
import { mini, readJson } from '../helpers';

function load(json: unknown): Timeline {
	const r = validateTimeline(json);
	if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
	return r.timeline;
}

const breach = load(readJson('data/whatsapp-nso-2019.json'));
const SITE = 'https://news.example.org/graphics/timeline/';

/** Parses HTML in jsdom (tests only: the app never parses text as HTML). */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('embedSnippet', () => {
	const input = {
		embedUrl: `${SITE}embed.html?timeline=x&start=2019-05-10`,
		readerUrl: `${SITE}?timeline=x`,
		loaderUrl: `${SITE}embed.js`,
		title: 'A "quoted" <b>title</b> & more — interactive timeline',
		linkText: 'A <b>title</b>',
		height: 612.4
	};

	it('has the wrapper with the reserved height, the titled lazy iframe, a fallback link and the loader', () => {
		const doc = parse(embedSnippet(input));
		const wrapper = doc.querySelector('div.incident-timeline-embed') as HTMLElement;
		expect(wrapper.style.minHeight).toBe('612px');
		const iframe = wrapper.querySelector('iframe') as HTMLIFrameElement;
		expect(iframe.getAttribute('src')).toBe(input.embedUrl);
		expect(iframe.getAttribute('title')).toBe(input.title);
		expect(iframe.getAttribute('loading')).toBe('lazy');
		expect(iframe.getAttribute('allow')).toContain('fullscreen');
		expect(iframe.getAttribute('height')).toBe('612');
		expect(iframe.hasAttribute('data-incident-timeline')).toBe(true);
		expect(doc.querySelector('script')?.getAttribute('src')).toBe(input.loaderUrl);
		expect(doc.querySelector('script')?.hasAttribute('async')).toBe(true);
		expect(embedSnippet(input)).toContain(`<noscript><a href="${input.readerUrl.replace(/&/g, '&amp;')}">A &lt;b&gt;title&lt;/b&gt;</a></noscript>`);
	});

	it('escapes text from the data, so a title cannot add markup to the host page', () => {
		const html = embedSnippet({ ...input, title: '"><script>alert(1)</script>' });
		expect(html).not.toContain('<script>alert');
		expect(parse(html).querySelectorAll('script')).toHaveLength(1);
		expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
	});

	it('refuses URLs that are not http(s)', () => {
		expect(() => embedSnippet({ ...input, embedUrl: 'javascript:alert(1)' })).toThrow(/http/);
		expect(() => embedSnippet({ ...input, loaderUrl: 'data:text/javascript,alert(1)' })).toThrow(/http/);
	});
});

describe('predictEmbedHeight', () => {
	it('is the chrome plus the chart (lanes by rows, not by width) when wide, the list when narrow', () => {
		const items = toItems(breach);
		const G = EMBED_GEOMETRY;
		const chart = chartHeight(assignLanes(items, 'actor', breach));
		expect(predictEmbedHeight(breach, items, 'actor', 640)).toBe(G.bar + G.tools + chart + G.overview + G.footer);
		expect(predictEmbedHeight(breach, items, 'actor', 1400)).toBe(predictEmbedHeight(breach, items, 'actor', 640));
		expect(predictEmbedHeight(breach, items, 'actor', NARROW_BELOW - 1)).toBe(G.barNarrow + G.tools + G.list + G.footer);
	});

	it('follows the lanes: fewer events shown, or lanes by category, change it', () => {
		const items = toItems(breach);
		const all = predictEmbedHeight(breach, items, 'actor', 800);
		expect(predictEmbedHeight(breach, items.slice(0, 3), 'actor', 800)).toBeLessThan(all);
		expect(predictEmbedHeight(breach, items, 'category', 800)).not.toBe(all);
	});
});

describe('oEmbed', () => {
	it('answers a rich response with the iframe at the predicted height and a fallback link', () => {
		const body = oembedFor(breach, { siteUrl: SITE, thumbnail: { path: 'screenshot.png', width: 1280, height: 800 } });
		expect(body).toMatchObject({ type: 'rich', version: '1.0', width: OEMBED_WIDTH, provider_url: SITE, thumbnail_url: `${SITE}screenshot.png` });
		expect(body.height).toBe(predictEmbedHeight(breach, toItems(breach), 'actor', OEMBED_WIDTH));
		expect(Number.isInteger(body.height)).toBe(true);
		const doc = parse(body.html);
		expect(doc.querySelector('blockquote a')?.getAttribute('href')).toBe(`${SITE}?timeline=whatsapp-nso-2019`);
		const iframe = doc.querySelector('iframe');
		expect(iframe?.getAttribute('src')).toBe(`${SITE}embed.html?timeline=whatsapp-nso-2019`);
		expect(iframe?.getAttribute('title')).toBe(`${body.title} — interactive timeline`);
		expect(iframe?.getAttribute('height')).toBe(String(body.height));
		// Nothing a consumer like WordPress would strip: no script, no style.
		expect(body.html).not.toMatch(/<script|style=/);
	});

	it('leaves the thumbnail out when there is none, and escapes titles', () => {
		const t = mini();
		t.title = { en: 'Q&A <i>live</i>' };
		const body = oembedFor(load(t), { siteUrl: SITE });
		expect(body).not.toHaveProperty('thumbnail_url');
		expect(body.html).toContain('Q&amp;A &lt;i&gt;live&lt;/i&gt;');
		expect(body.title).toBe('Q&A <i>live</i>');
	});

	it('discovery names the static file, the page and the format', () => {
		const link = oembedDiscovery(breach, SITE);
		expect(link.href).toBe(`${SITE}oembed/whatsapp-nso-2019.json?url=${encodeURIComponent(`${SITE}?timeline=whatsapp-nso-2019`)}&format=json`);
		expect(link.title).toBe((breach.title as Record<string, string>).en);
	});
});
