// Converts other timeline formats (TimelineJS spreadsheets and JSON, our CSV/TSV) into our validated format.
import { Notes } from './notes';
import { ACCEPTED, sniff } from './detect';
import { finish, refuse, validated } from './build';
import { convertCsv } from './csv';
import { convertTimelineJsCsv } from './timelinejs-csv';
import { convertTimelineJsJson } from './timelinejs-json';
import type { Context, Converted } from './draft';
import type { ImportOptions, ImportResult, SourceFormat } from './types';

export type { ImportNote, ImportOptions, ImportResult, SourceFormat } from './types';

/** The format of `text` (by content first, then by the extension of `name`), or undefined when unknown. */
export function detectFormat(text: string, name?: string): SourceFormat | undefined {
	return sniff(withoutBom(text), name).format;
}

/** Never throws: any text gives a result, with notes on what was filled in or left out. */
export function importTimeline(text: string, options: ImportOptions = {}): ImportResult {
	try {
		return run(withoutBom(text), options);
	} catch (e) {
		const message = `could not import: ${e instanceof Error ? e.message : String(e)}`;
		return { ok: false, format: undefined, message, problems: [], notes: [] };
	}
}

function run(text: string, { name, lang = 'en', today = new Date().toISOString().slice(0, 10) }: ImportOptions): ImportResult {
	const fileName = name?.split(/[\\/]/).pop() || undefined;
	const s = sniff(text, fileName);
	const ctx: Context = { lang, today, fileName, notes: new Notes() };
	const notJson = (format: SourceFormat | undefined): ImportResult => ({
		ok: false,
		format,
		message: `not valid JSON: ${s.jsonError}`,
		problems: [],
		notes: []
	});
	switch (s.format) {
		case 'timeline-json':
			return s.jsonError !== undefined ? notJson(s.format) : validated(s.format, s.json, ctx.notes);
		case 'timelinejs-json':
			return done(s.format, convertTimelineJsJson(s.json as Record<string, unknown>, ctx), ctx);
		case 'csv':
			return done(s.format, convertCsv(text, s.delimiter, ctx), ctx);
		case 'timelinejs-csv':
			return done(s.format, convertTimelineJsCsv(text, s.delimiter, ctx), ctx);
		default: {
			if (s.jsonError !== undefined) return notJson(undefined);
			const what = fileName ? `"${fileName}"` : 'the file';
			return { ok: false, format: undefined, message: `cannot tell the format of ${what}: the importer accepts ${ACCEPTED}`, problems: [], notes: [] };
		}
	}
}

function done(format: SourceFormat, converted: Converted, ctx: Context): ImportResult {
	return converted.ok ? finish(format, converted.draft, ctx) : refuse(format, converted.faults, ctx.notes);
}

function withoutBom(text: string): string {
	return typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
}

export { languageOf } from './language';
