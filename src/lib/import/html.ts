// Turns the HTML that TimelineJS allows in headlines and text into plain text, collecting its links.
import { Parser } from 'htmlparser2';

export interface Link {
	href: string;
	/** The link's own text, plain. */
	text: string;
}

export interface PlainText {
	text: string;
	links: Link[];
	/** Embedded elements that were left out (img, iframe…), each named once. */
	removed: string[];
}

/** Elements whose content is never text a reader saw. */
const SKIP = new Set(['script', 'style', 'template', 'svg', 'math', 'head']);
const EMBEDS = new Set(['img', 'iframe', 'video', 'audio', 'object', 'embed', 'svg', 'picture', 'canvas', 'math']);
const BLOCKS = new Set([
	'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'hr',
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'figure', 'figcaption'
]);

/**
 * Plain text as a browser would lay it out: runs of whitespace collapse to one space, `<br>` is a line break,
 * a block (`<p>`, `<li>`…) starts a new paragraph. Entities are decoded. Nothing is ever rendered as markup.
 */
export function htmlToText(html: string): PlainText {
	const out: string[] = [];
	const links: Link[] = [];
	const removed = new Set<string>();
	let skipping = 0;
	let link: { href: string; parts: string[] } | undefined;

	const parser = new Parser(
		{
			ontext(data) {
				if (skipping > 0) return;
				const piece = data.replace(/[ \t\n\r\f]+/g, ' ');
				out.push(piece);
				link?.parts.push(piece);
			},
			onopentag(name, attribs) {
				if (EMBEDS.has(name)) removed.add(name);
				if (SKIP.has(name)) skipping++;
				if (name === 'br') out.push('\n');
				else if (BLOCKS.has(name)) out.push('\n\n');
				else if (name === 'a' && attribs.href !== undefined) link = { href: attribs.href.trim(), parts: [] };
			},
			onclosetag(name) {
				if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
				if (BLOCKS.has(name)) out.push('\n\n');
				else if (name === 'a' && link) {
					links.push({ href: link.href, text: tidy(link.parts.join('')) });
					link = undefined;
				}
			}
		},
		{ decodeEntities: true }
	);
	parser.write(html);
	parser.end();
	return { text: tidy(out.join('')), links, removed: [...removed] };
}

/** Trims each line, drops spaces doubled by joining, and keeps at most one empty line between paragraphs. */
function tidy(text: string): string {
	return text
		.split('\n')
		.map((line) => line.replace(/ {2,}/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
