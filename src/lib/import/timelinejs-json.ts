// A TimelineJS3 JSON file (`{ title?, events, eras?, scale? }`) as a draft timeline.
import { slugify } from './slug';
import { several } from './notes';
import type { DateParts } from './timelinejs-date';
import { slideToEra, slideToEvent, slideToTitle, type Slide } from './timelinejs-slide';
import { fault, type Context, type Converted, type Draft, type Fault } from './draft';

type Json = Record<string, unknown>;

const TOP = new Set(['title', 'events', 'eras', 'scale']);
const SLIDE = new Set(['start_date', 'end_date', 'display_date', 'text', 'media', 'group', 'background', 'unique_id', 'autolink']);

export function convertTimelineJsJson(json: Json, ctx: Context): Converted {
	const faults: Fault[] = [];
	const cosmological = json.scale === 'cosmological';
	for (const key of Object.keys(json)) if (!TOP.has(key)) ctx.notes.add('the file', `field "${clip(key)}" not carried over`);
	if (!Array.isArray(json.events)) return { ok: false, faults: [fault('the file', '"events" must be a list of slides', { path: 'events' })] };

	const draft: Draft = { languages: [], events: [], eras: [] };
	if (isObject(json.title)) Object.assign(draft, slideToTitle(toSlide(json.title, 'the title slide', ctx), ctx));
	json.events.forEach((item, i) => {
		const where = `events[${i}]`;
		if (!isObject(item)) return faults.push(fault(where, 'not a slide (an object with start_date and text)', { path: where }));
		const event = slideToEvent(toSlide(item, where, ctx), { ctx, faults, cosmological });
		if (event) draft.events.push(event);
	});
	(Array.isArray(json.eras) ? json.eras : []).forEach((item, i) => {
		const where = `eras[${i}]`;
		if (!isObject(item)) return ctx.notes.add(where, 'not an era (an object with start_date, end_date and text); not carried over');
		const era = slideToEra(toSlide(item, where, ctx), { ctx, faults, cosmological });
		if (era) draft.eras.push(era);
	});
	if (cosmological && faults.length === 0) {
		faults.push(fault('the file', `scale "cosmological" is not supported: this timeline holds years 0–9999`, { path: 'scale' }));
	}
	return faults.length > 0 ? { ok: false, faults } : { ok: true, draft };
}

function toSlide(o: Json, where: string, ctx: Context): Slide {
	for (const key of Object.keys(o)) {
		if (!SLIDE.has(key)) ctx.notes.tally(`slide field ${key}`, where, (n) => `field "${clip(key)}" not carried over${several(n, 'slide')}`);
	}
	const text = isObject(o.text) ? o.text : {};
	const headline = str(text.headline);
	const start = isObject(o.start_date) ? (o.start_date as DateParts & Json) : undefined;
	const end = isObject(o.end_date) ? (o.end_date as DateParts & Json) : undefined;
	const id = str(o.unique_id) || undefined;
	const name = id ?? slugify(headline.replace(/<[^>]*>/g, ' '));
	return {
		where,
		label: name ? `${where.startsWith('eras') ? 'era' : 'event'} "${clip(name)}" (${where})` : where,
		path: where,
		datePath: (field) => `${where}.${field}_date`,
		id,
		headline,
		text: str(text.text),
		start,
		end,
		displayDate: str(o.display_date) || str(start?.display_text) || str(end?.display_text) || undefined,
		hasMedia: isObject(o.media) ? Object.values(o.media).some((v) => str(v) !== '') : Boolean(o.media),
		hasBackground: isObject(o.background) ? Object.values(o.background).some((v) => str(v) !== '') : Boolean(o.background),
		group: str(o.group) || undefined
	};
}

function isObject(v: unknown): v is Json {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
	return typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

function clip(s: string): string {
	return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
