// The embed's layout in numbers, so that its height can be predicted before it loads (the host reserves it).
import type { Timeline } from '../model/schema';
import type { Item } from '../model/items';
import { assignLanes, type LaneMode } from '../layout/lanes';
import { chartHeight } from '../layout/chart';

/** Below this width the embed shows the vertical list instead of the chart (as the reader does). */
export const NARROW_BELOW = 600;

/** Heights in px of the embed's fixed parts; Embed.svelte's styles use the same numbers. */
export const EMBED_GEOMETRY = {
	bar: 44,
	/** On narrow screens the title may wrap to two lines. */
	barNarrow: 60,
	tools: 48,
	/** The overview strip under the chart. */
	overview: 44,
	/** The vertical list's scroll box on narrow screens (its borders inside). */
	list: 440,
	footer: 32
} as const;

/** The embed's content height at `width` px for the events shown, with nothing opened (no details, no results). */
export function predictEmbedHeight(timeline: Timeline, shown: readonly Item[], laneMode: LaneMode, width: number): number {
	const G = EMBED_GEOMETRY;
	if (width < NARROW_BELOW) return G.barNarrow + G.tools + G.list + G.footer;
	const chrome = G.bar + G.tools + G.footer;
	return chrome + chartHeight(assignLanes(shown, laneMode, timeline)) + G.overview;
}
