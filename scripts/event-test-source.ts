// The source of src/lib/model/event-test.generated.js: the event's yes-or-no test that fast-path.ts compiles from the
// zod schema (the single source of truth), written out because the app's Content-Security-Policy forbids compiling it
// in the browser.
import { compileTest, fingerprint } from '../src/lib/model/fast-path';
import { Event } from '../src/lib/model/schema';

export function eventTestModule(): string {
	const compiled = compileTest(Event);
	if (!compiled) throw new Error('fast-path.ts cannot compile the Event schema');
	return [
		'// Generated from the Event schema in schema.ts by fast-path.ts (`npm run schema`): do not edit by hand. validate.ts',
		'// uses it only when the schema still gives this code (FINGERPRINT); tests fail when it does not. Its JSDoc types',
		'// let it be type-checked like the rest.',
		`export const FINGERPRINT = '${fingerprint(compiled.source)}';`,
		'',
		compiled.source.replace('\nfunction build(', '\nexport function build('),
		''
	].join('\n');
}
