// Writes data/timeline.schema.json from the zod schema; tests fail when the committed file differs.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { timelineJsonSchema } from './schema-json';

const target = fileURLToPath(new URL('../data/timeline.schema.json', import.meta.url));
writeFileSync(target, timelineJsonSchema());
console.log(`wrote ${target.split('/').slice(-2).join('/')}`);
