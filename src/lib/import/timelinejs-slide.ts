// One TimelineJS slide (a spreadsheet row or a JSON slide) as our event, era or timeline title.
import type { Source } from '../model/schema';
import { htmlToText, type Link } from './html';
import { partsToIso, type DateParts } from './timelinejs-date';
import { oneLine, webHost } from './host';
import { several } from './notes';
import { fault, type Context, type DraftEra, type DraftEvent, type Fault, type Texts } from './draft';

export interface Slide {
	/** Where notes name it: 'row 4', 'events[2]'. */
	where: string;
	/** Where problems name it: 'row 4', 'event "launch" (events[2])'. */
	label: string;
	/** Problem path of the slide: 'row 4', 'events[2]'. */
	path: string;
	/** Problem path of its start or end date: 'row 4', 'events[2].start_date'. */
	datePath: (field: 'start' | 'end') => string;
	id?: string;
	/** HTML. */
	headline: string;
	/** HTML. */
	text: string;
	start?: DateParts;
	end?: DateParts;
	displayDate?: string;
	hasMedia: boolean;
	hasBackground: boolean;
	group?: string;
}

export interface SlideOptions {
	ctx: Context;
	faults: Fault[];
	cosmological?: boolean;
}

export function slideToEvent(slide: Slide, { ctx, faults, cosmological = false }: SlideOptions): DraftEvent | undefined {
	const before = faults.length;
	const start = slideDate(slide, 'start', { ctx, faults, cosmological });
	const end = slideDate(slide, 'end', { ctx, faults, cosmological });
	const headline = htmlToText(slide.headline);
	const text = htmlToText(slide.text);
	let title = oneLine(headline.text);
	if (!title && text.text) {
		title = opening(text.text);
		ctx.notes.add(slide.where, 'no headline: the title is the opening of the text');
	}
	if (!title) faults.push(fault(slide.label, 'no headline and no text: an event needs a title', { path: slide.path, field: 'headline' }));
	if (faults.length > before || start === undefined) return undefined;

	dropped(slide, ctx, [...headline.removed, ...text.removed]);
	if (slide.displayDate) {
		ctx.notes.add(slide.where, `display date "${clip(slide.displayDate)}" not carried over; the event shows its date, ${start}${end ? `–${end}` : ''}`);
	}
	const sources = linkSources([...headline.links, ...text.links], slide.where, ctx);
	const lang = ctx.lang;
	const group = slide.group && oneLine(slide.group);
	return {
		where: slide.where,
		id: slide.id?.trim() || undefined,
		start,
		end,
		title: { [lang]: title },
		description: text.text ? { [lang]: text.text } : {},
		actors: [],
		category: group || undefined,
		sources
	};
}

export function slideToEra(slide: Slide, { ctx, faults, cosmological = false }: SlideOptions): DraftEra | undefined {
	const name = oneLine(htmlToText(slide.headline).text);
	const text = htmlToText(slide.text);
	if (!name) {
		ctx.notes.add(slide.where, 'era without a headline not carried over: an era needs a name');
		return undefined;
	}
	const start = slideDate(slide, 'start', { ctx, faults, cosmological });
	const end = slideDate(slide, 'end', { ctx, faults, cosmological });
	if (start === undefined || end === undefined) {
		ctx.notes.add(slide.where, `era "${clip(name)}" not carried over: an era needs a start and an end date`);
		return undefined;
	}
	dropped(slide, ctx, text.removed);
	if (text.links.length > 0) ctx.notes.add(slide.where, `links in era "${clip(name)}" not carried over: eras have no sources`);
	const lang = ctx.lang;
	return { where: slide.where, name: { [lang]: name }, description: text.text ? { [lang]: text.text } : undefined, start, end };
}

/** The timeline's title and summary from a title slide. */
export function slideToTitle(slide: Slide, ctx: Context): { title?: Texts; summary?: Texts } {
	const headline = htmlToText(slide.headline);
	const text = htmlToText(slide.text);
	dropped(slide, ctx, [...headline.removed, ...text.removed]);
	if (headline.links.length + text.links.length > 0) ctx.notes.add(slide.where, 'links in the title slide not carried over: a timeline has no sources of its own');
	const lang = ctx.lang;
	return {
		title: headline.text ? { [lang]: oneLine(headline.text) } : undefined,
		summary: text.text ? { [lang]: text.text } : undefined
	};
}

/** The slide's start or end as ISO; undefined when not given (not a fault) or not valid (a fault). */
function slideDate(slide: Slide, field: 'start' | 'end', { ctx, faults, cosmological }: SlideOptions): string | undefined {
	const parts = slide[field];
	if (!parts || Object.values(parts).every((v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === ''))) {
		if (field === 'start') faults.push(fault(slide.label, 'no start date: give at least a year', { path: slide.datePath('start') }));
		return undefined;
	}
	const r = partsToIso(parts, { cosmological });
	if (!r.ok) {
		faults.push(fault(slide.label, field === 'start' ? r.message : `end: ${r.message}`, { path: slide.datePath(field) }));
		return undefined;
	}
	if (r.timed) ctx.notes.tally('utc', slide.where, (n) => `times taken as UTC${several(n, unit(slide.where))}: TimelineJS gives no time zone`);
	if (r.dropped.length > 0) ctx.notes.add(slide.where, `${field}: ${r.dropped.join(' and ')} left out (our times are given to the minute)`);
	return r.iso;
}

/** Sources made from the slide's http(s) links (publisher and title from the host and link text); others noted. */
function linkSources(links: Link[], where: string, ctx: Context): Source[] {
	const sources: Source[] = [];
	const refused = new Set<string>();
	for (const link of links) {
		const scheme = schemeOf(link.href);
		if (scheme !== 'http:' && scheme !== 'https:') {
			refused.add(scheme);
			continue;
		}
		const web = webHost(link.href);
		if (web.ok) sources.push({ publisher: web.host, title: oneLine(link.text) || web.host, url: link.href });
		else ctx.notes.add(where, `link "${clip(link.href)}" not carried over: ${web.message}`);
	}
	if (refused.size > 0) {
		ctx.notes.add(where, `${[...refused].join(', ')} link${refused.size > 1 ? 's' : ''} not carried over: only http: and https: links become sources`);
	}
	if (sources.length > 0) {
		ctx.notes.tally('link sources', where, (n) => `sources made from links in the text${several(n, unit(where))}: the publisher is the link's host name and the title its text; check them`);
	}
	return sources;
}

function dropped(slide: Slide, ctx: Context, removed: string[]): void {
	const u = unit(slide.where);
	if (slide.hasMedia) ctx.notes.tally('media', slide.where, (n) => `media dropped${several(n, u)}: our timelines show no pictures or video`);
	if (slide.hasBackground) ctx.notes.tally('background', slide.where, (n) => `background dropped${several(n, u)}: our timelines have no slide backgrounds`);
	if (removed.length > 0) ctx.notes.tally('embeds', slide.where, (n) => `images or embeds in the text left out${several(n, u)}`);
}

function schemeOf(href: string): string {
	try {
		return new URL(href).protocol;
	} catch {
		return href.trim() === '' ? 'empty' : 'relative';
	}
}

/** The first line of a text, cut at a word within 80 characters. */
function opening(text: string): string {
	const line = text.split('\n')[0];
	if (line.length <= 80) return line;
	const cut = line.slice(0, 80);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80)}…`;
}

function unit(where: string): string {
	return where.startsWith('row') ? 'row' : 'slide';
}

function clip(s: string): string {
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
