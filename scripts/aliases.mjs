// Module aliases shared by vite.config.ts and vitest.config.ts, so the app and its tests resolve the same code.
import { fileURLToPath } from 'node:url';

/**
 * d3-zoom's one import from d3-transition is answered by src/lib/chart/interrupt.ts, and its (and d3-drag's) two
 * from d3-selection by src/lib/chart/selection.ts (see there why).
 */
export const aliases = {
	'd3-transition': fileURLToPath(new URL('../src/lib/chart/interrupt.ts', import.meta.url)),
	'd3-selection': fileURLToPath(new URL('../src/lib/chart/selection.ts', import.meta.url))
};
