// Writes data/timeline.schema.json and src/lib/model/event-test.generated.js from the zod schema; tests fail when
// the committed files differ.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { timelineJsonSchema } from './schema-json';
import { eventTestModule } from './event-test-source';

for (const [path, text] of [
	['../data/timeline.schema.json', timelineJsonSchema()],
	['../src/lib/model/event-test.generated.js', eventTestModule()]
] as const) {
	const target = fileURLToPath(new URL(path, import.meta.url));
	writeFileSync(target, text);
	console.log(`wrote ${target.split('/').slice(-2).join('/')}`);
}
