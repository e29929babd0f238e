// The chart's keys as the instructions list them (How to use this timeline, which loads when first opened): apart from
// shortcuts.ts, which the first view needs, so that the list loads with its panel.

/**
 * Every key the chart answers to, for the instructions ("How to use this timeline"): `keys` as shown, `action`
 * a message key. Arrow keys follow the axis as drawn (see Marks), so the list names both.
 */
export const CHART_KEYS: readonly { keys: readonly string[]; action: 'key_chart_next' | 'key_chart_ends' | 'key_chart_open' | 'key_chart_close' | 'key_chart_zoom' | 'key_chart_fit' | 'key_chart_pan' | 'key_chart_search' }[] = [
	{ keys: ['←', '→', '↑', '↓'], action: 'key_chart_next' },
	{ keys: ['Home', 'End'], action: 'key_chart_ends' },
	{ keys: ['Enter', 'Space'], action: 'key_chart_open' },
	{ keys: ['Esc'], action: 'key_chart_close' },
	{ keys: ['+', '−'], action: 'key_chart_zoom' },
	{ keys: ['0'], action: 'key_chart_fit' },
	{ keys: ['Shift+←', 'Shift+→'], action: 'key_chart_pan' },
	{ keys: ['/'], action: 'key_chart_search' }
];
