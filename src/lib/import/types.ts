// The importer's public types: what the "Open a timeline…" picker and `npm run import` receive.
import type { Timeline } from '../model/schema';
import type { Problem } from '../model/problems';

export type SourceFormat = 'timeline-json' | 'timelinejs-json' | 'csv' | 'timelinejs-csv';

export interface ImportOptions {
	/** File name (e.g. "breach.csv"): used to detect the format and to derive the timeline id and title. */
	name?: string;
	/** Language of the imported text (BCP 47); default 'en'. */
	lang?: string;
	/** YYYY-MM-DD used for asOf when the input has none; default: today's UTC date. */
	today?: string;
}

/** Something that was filled in or could not be carried over. `where`: 'row 4', 'event "x"', 'events[2]', 'the file'… */
export interface ImportNote {
	where: string;
	message: string;
}

export type ImportResult =
	| { ok: true; format: SourceFormat; timeline: Timeline; notes: ImportNote[] }
	| { ok: false; format: SourceFormat | undefined; message: string; problems: Problem[]; notes: ImportNote[] };
