// Builds the JSON Schema of the timeline format from the zod schema (the single source of truth).
import * as z from 'zod/mini';
import { Timeline } from '../src/lib/model/schema';

export function timelineJsonSchema(): string {
	const schema = z.toJSONSchema(Timeline, { io: 'input', unrepresentable: 'any' });
	const doc = {
		...schema,
		$id: 'timeline.schema.json',
		title: 'Incident timeline',
		description:
			'A sourced incident timeline. Generated from src/lib/model/schema.ts by `npm run schema`; do not edit by hand.'
	};
	return `${JSON.stringify(doc, null, '\t')}\n`;
}
