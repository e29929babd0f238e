// Hostile and broken input: every case names what the reader must see, a problem's message or the timeline drawn.
// tests/unit/hostile.test.ts runs each through parseTimeline (and a sample through the validator); the end-to-end
// run loads each in a real browser.
import { SYNTAX } from './syntax';
import { CONTENT } from './content';
import { CHARACTERS } from './characters';
import { SCALE } from './scale';
import type { HostileCase } from './timeline';

export type { HostileCase, Expectation } from './timeline';
export { textOf } from './timeline';

export const CATALOGUE: HostileCase[] = [...SYNTAX, ...CONTENT, ...CHARACTERS, ...SCALE];
