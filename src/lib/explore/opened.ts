// A timeline the reader opened from their computer: what it was, and what the import could not carry over.
import type { Timeline } from '../model/schema';

export interface Opened {
	/** The file's name as the reader's system gave it. */
	name: string;
	timeline: Timeline;
	/** What could not be carried over or was filled in (the importer's notes), in plain English. */
	notes: readonly { where: string; message: string }[];
}
