/**
 * What d3-zoom takes from d3-transition, given in its place: vite.config.ts and vitest.config.ts alias
 * `d3-transition` to this module. d3-zoom interrupts any d3 transition on its element when the reader takes over, and
 * before each programmatic transform. The app starts no d3 transitions (its animated moves run on d3-timer in
 * zoom.svelte.ts, and stop themselves when anything else moves the view), so there is never one to interrupt, and
 * d3-transition, d3-color and most of d3-interpolate (about 8 KB gzip) stay out of the first load. The selection's own
 * `interrupt()`, which d3-transition would add, is in selection.ts, the stand-in for d3-selection.
 * tests/component/zoom.test.ts checks that nothing in src/ imports d3-transition, which this would break.
 */
export function interrupt(): void {}
