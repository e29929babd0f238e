// A TimelineJS spreadsheet (its Google Sheets template, downloaded as CSV or TSV) as a draft timeline.
import { headerKey, isBlank, parseTable, rowName, type Delimiter } from './table';
import { parseTime, type DateParts } from './timelinejs-date';
import { slideToEra, slideToEvent, slideToTitle, type Slide } from './timelinejs-slide';
import { fault, type Context, type Converted, type Draft, type Fault } from './draft';

const COLUMNS = [
	'year', 'month', 'day', 'time', 'end_year', 'end_month', 'end_day', 'end_time', 'display_date', 'headline', 'text',
	'media', 'media_credit', 'media_caption', 'media_thumbnail', 'type', 'group', 'background'
] as const;
type Key = (typeof COLUMNS)[number];
const MEDIA: Key[] = ['media', 'media_credit', 'media_caption', 'media_thumbnail'];

export function convertTimelineJsCsv(text: string, delimiter: Delimiter, ctx: Context): Converted {
	const rows = parseTable(text, delimiter);
	const index = new Map<Key, number>();
	(rows[0] ?? []).forEach((cell, j) => {
		const key = headerKey(cell) as Key;
		if (COLUMNS.includes(key) && !index.has(key)) index.set(key, j);
		else if (cell.trim() !== '') ctx.notes.add(`column "${cell.trim()}"`, index.has(key) ? 'appears twice; the later column was ignored' : 'not carried over: TimelineJS has no such column');
	});
	if (!index.has('year') || !index.has('headline')) {
		return { ok: false, faults: [fault('the header', 'a TimelineJS spreadsheet needs the columns "Year" and "Headline"')] };
	}
	const faults: Fault[] = [];
	const draft: Draft = { languages: [], events: [], eras: [] };
	let titled = false;
	rows.forEach((cells, i) => {
		if (i === 0 || isBlank(cells)) return;
		const where = rowName(i);
		const get = (key: Key) => {
			const j = index.get(key);
			return j === undefined ? '' : (cells[j] ?? '').trim();
		};
		const start = dateParts(get('year'), get('month'), get('day'), get('time'), where, 'Time', faults);
		const end = dateParts(get('end_year'), get('end_month'), get('end_day'), get('end_time'), where, 'End Time', faults);
		if (!start || !end) return;
		const slide: Slide = {
			where,
			label: where,
			path: where,
			datePath: () => where,
			headline: get('headline'),
			text: get('text'),
			start,
			end,
			displayDate: get('display_date') || undefined,
			hasMedia: MEDIA.some((k) => get(k) !== ''),
			hasBackground: get('background') !== '',
			group: get('group') || undefined
		};
		const type = get('type').toLowerCase();
		if (type === 'title') {
			if (titled) ctx.notes.add(where, 'a second title row; not carried over');
			else Object.assign(draft, slideToTitle(slide, ctx));
			titled = true;
		} else if (type === 'era') {
			const era = slideToEra(slide, { ctx, faults });
			if (era) draft.eras.push(era);
		} else {
			const event = slideToEvent(slide, { ctx, faults });
			if (event) draft.events.push(event);
		}
	});
	return faults.length > 0 ? { ok: false, faults } : { ok: true, draft };
}

function dateParts(year: string, month: string, day: string, time: string, where: string, column: string, faults: Fault[]): DateParts | undefined {
	if (time === '') return { year, month, day };
	const t = parseTime(time);
	if (!t) {
		faults.push(fault(where, `${column} "${time.slice(0, 40)}" is not a time: write 13:45, 1:45 PM or 13:45:10`, { field: column }));
		return undefined;
	}
	return { year, month, day, ...t };
}
