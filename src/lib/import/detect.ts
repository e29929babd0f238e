// Tells which of the accepted formats a text is in: by its content first, then by the file name's extension.
import { guessDelimiter, headerKey, headerOf, type Delimiter } from './table';
import type { SourceFormat } from './types';

export interface Sniffed {
	format: SourceFormat | undefined;
	/** The parsed JSON, when the text is JSON. */
	json?: unknown;
	/** Why JSON.parse failed, when the text looked like JSON or the name ends in .json. */
	jsonError?: string;
	delimiter: Delimiter;
}

export const ACCEPTED =
	'our timeline JSON (with "format": 1), TimelineJS3 JSON (with "events" slides), a TimelineJS spreadsheet saved as CSV or TSV (columns Year, Month, Day, Headline…), or our CSV/TSV (columns start, title…)';

/** Detects the format of a text without a byte order mark. */
export function sniff(text: string, name?: string): Sniffed {
	const ext = /\.([a-z0-9]+)$/i.exec(name ?? '')?.[1].toLowerCase();
	const delimiter: Delimiter = ext === 'tsv' || ext === 'tab' ? '\t' : guessDelimiter(text);
	let json: unknown;
	let jsonError: string | undefined;
	const head = text.trimStart()[0];
	if (head === '{' || head === '[' || ext === 'json') {
		try {
			json = JSON.parse(text);
			const format = jsonFormat(json);
			if (format) return { format, json, delimiter };
		} catch (e) {
			jsonError = e instanceof Error ? e.message : String(e);
		}
	}
	const keys = new Set(headerOf(text, delimiter).map(headerKey));
	if (['year', 'month', 'day', 'headline'].every((k) => keys.has(k))) return { format: 'timelinejs-csv', delimiter };
	if (keys.has('start') && keys.has('title')) return { format: 'csv', delimiter };
	if (ext === 'json') return { format: 'timeline-json', json, jsonError, delimiter };
	if (ext === 'csv' || ext === 'tsv' || ext === 'tab') return { format: 'csv', delimiter };
	return { format: undefined, json, jsonError, delimiter };
}

function jsonFormat(json: unknown): SourceFormat | undefined {
	if (!isObject(json) || !Array.isArray(json.events)) return undefined;
	if ('format' in json) return 'timeline-json';
	if (json.events.some((e) => isObject(e) && 'start_date' in e) || isObject(json.title)) return 'timelinejs-json';
	return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
