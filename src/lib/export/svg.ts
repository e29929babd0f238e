// The chart as drawn, as one self-contained SVG file: its computed styles written as presentation attributes (no
// stylesheet, no class, no external reference), under a header (title, span, "as of", time zone) and over a source line.

/** What the image says around the chart, already in the reader's language. */
export interface Caption {
	title: string;
	/** Second line: the span shown, the "as of" date and the time zone. */
	subtitle: string;
	/** "Sources: …" with the count and the page's address. */
	sources: string;
	dir: 'ltr' | 'rtl';
	lang: string;
	/** Page colours of the current theme. */
	background: string;
	text: string;
	muted: string;
	fontFamily: string;
}

export interface SvgImage {
	text: string;
	width: number;
	height: number;
}

/** Properties that decide how an SVG element looks; each is also an SVG presentation attribute. */
const PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'direction',
	'unicode-bidi',
	'paint-order',
	'visibility',
	'display'
] as const;

const SVG = 'http://www.w3.org/2000/svg';
const HEADER = 64;
const FOOTER = 36;
const PAD = 16;

/** Serializes `chart` (an `<svg>` on the page) with its caption; nothing on the page changes. */
export function chartSvg(chart: SVGSVGElement, caption: Caption): SvgImage {
	const width = Math.round(chart.width.baseVal.value || chart.getBoundingClientRect().width);
	const chartHeight = Math.round(chart.height.baseVal.value || chart.getBoundingClientRect().height);
	const height = HEADER + chartHeight + FOOTER;
	// A document of its own: the page's policy is not asked about attributes set on these nodes.
	const doc = document.implementation.createDocument(SVG, 'svg', null);
	const root = doc.documentElement as unknown as SVGSVGElement;
	for (const [name, value] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, lang: caption.lang, direction: caption.dir })) {
		root.setAttribute(name, String(value));
	}
	const add = (parent: Element, name: string, attrs: Record<string, string | number>, text?: string) => {
		const el = doc.createElementNS(SVG, name);
		for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
		if (text !== undefined) el.textContent = text;
		parent.append(el);
		return el;
	};
	add(root, 'rect', { width, height, fill: caption.background });
	const start = caption.dir === 'rtl' ? width - PAD : PAD;
	const line = { x: start, 'text-anchor': 'start', direction: caption.dir, 'font-family': caption.fontFamily };
	add(root, 'text', { ...line, y: 28, 'font-size': 20, 'font-weight': 700, fill: caption.text }, caption.title);
	add(root, 'text', { ...line, y: 50, 'font-size': 13, fill: caption.muted }, caption.subtitle);
	const body = add(root, 'svg', { x: 0, y: HEADER, width, height: chartHeight, viewBox: `0 0 ${width} ${chartHeight}`, overflow: 'hidden' });
	for (const child of chart.children) body.append(copy(child, doc));
	add(root, 'text', { ...line, y: HEADER + chartHeight + 24, 'font-size': 12, fill: caption.muted }, caption.sources);
	const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
	return { text, width, height };
}

/** A copy of `node` in `doc` with its computed look as attributes; focus rings, classes and handlers left out. */
function copy(node: Element, doc: XMLDocument): Node {
	const el = doc.createElementNS(SVG, node.localName);
	// A mark's accessible name (its date and title, or a cluster's count and span) becomes its SVG tooltip.
	const label = node.getAttribute('aria-label');
	if (label) el.append(Object.assign(doc.createElementNS(SVG, 'title'), { textContent: label }));
	const computed = getComputedStyle(node);
	for (const attr of node.attributes) {
		if (keep(attr.name)) el.setAttribute(attr.name, attr.value);
	}
	for (const p of PROPERTIES) {
		const value = computed.getPropertyValue(p);
		if (value && value !== 'normal' && !(p === 'display' && value !== 'none') && !(p === 'visibility' && value === 'visible')) {
			el.setAttribute(p, value);
		}
	}
	for (const child of node.childNodes) {
		if (child.nodeType === Node.TEXT_NODE) el.append(doc.createTextNode(child.textContent ?? ''));
		else if (child.nodeType === Node.ELEMENT_NODE) el.append(copy(child as Element, doc));
	}
	return el;
}

/** Geometry and references stay; classes, roles, ARIA, data, tab stops, styles and handlers go. */
function keep(name: string): boolean {
	return !/^(class|style|role|tabindex|focusable|aria-.*|data-.*|on.*)$/i.test(name);
}
