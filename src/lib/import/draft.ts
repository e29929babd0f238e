// What each converter produces before ids, actors and categories are settled and the schema has its say.
import type { Source, Status } from '../model/schema';
import type { Problem } from '../model/problems';
import type { Notes } from './notes';

/** Text keyed by language; the import language's key is the plain text. */
export type Texts = Record<string, string>;

export interface DraftEvent {
	/** Where the event came from: 'row 4', 'events[2]'. */
	where: string;
	/** The id the input gives, if any (kept when it is a valid, unused id). */
	id?: string;
	start: string;
	end?: string;
	part?: 'early' | 'mid' | 'late';
	/** When the sources disagree or are vague: the window the event happened in, and why. */
	uncertainty?: { earliest: string; latest: string; note?: Texts };
	title: Texts;
	description: Texts;
	/** Actor names as written. */
	actors: string[];
	/** Category name as written. */
	category?: string;
	status?: Status;
	importance?: number;
	timeZone?: string;
	sources: Source[];
}

export interface DraftEra {
	where: string;
	name: Texts;
	description?: Texts;
	start: string;
	end: string;
}

export interface Draft {
	title?: Texts;
	summary?: Texts;
	/** Languages the text is given in besides the import language. */
	languages: string[];
	events: DraftEvent[];
	eras: DraftEra[];
}

export interface Context {
	lang: string;
	today: string;
	/** The file name without folders, if known. */
	fileName?: string;
	notes: Notes;
}

/** A reason the input cannot be converted, named by where it is in the input (`row 4`, `event "x" (events[0])`). */
export interface Fault {
	where: string;
	problem: Problem;
}

export type Converted = { ok: true; draft: Draft } | { ok: false; faults: Fault[] };

export function fault(where: string, message: string, extra: Partial<Problem> = {}): Fault {
	return { where, problem: { path: where, ...extra, message } };
}
