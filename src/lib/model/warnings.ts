// What a valid timeline may still lack: printed by the validator and the importer, never blocking a load.
import type { Timeline } from './schema';
import type { Problem } from './problems';

/** One warning per event marked unsourced: readers see "no source given" until a newsroom fills one in. */
export function timelineWarnings(t: Timeline): Problem[] {
	const warnings: Problem[] = [];
	t.events.forEach((e, i) => {
		if (e.unsourced) {
			warnings.push({ path: `events[${i}].sources`, itemId: e.id, field: 'sources', message: 'no source given: readers see "no source given" until one is added' });
		}
	});
	return warnings;
}
