// The interface's own words in English that the first view needs; with en-more.ts (the rest), the reference table,
// whose keys every language must have.
import type { enMore } from './en-more';

/**
 * A message whose words depend on a number (`{count}`): one form per plural category of the language
 * (Intl.PluralRules: zero, one, two, few, many, other), `other` always given. English has one and other; Arabic all six.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const en = {
	loading: 'Loading the timeline…',
	asOf: 'As of {date}',
	legend: 'Legend',
	lanes: 'Lanes',
	lanesByActor: 'By actor',
	lanesByCategory: 'By category',
	categories: 'Categories',
	statuses: 'Status',
	softExtent: 'Soft extent: the event happened sometime in this window (sources give only a day, a month or a range)',
	range: 'Range: the event lasted from start to end',
	lanesHelp_actor: 'One lane per actor: the first actor named for each event',
	lanesHelp_category: 'One lane per category',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	fit: 'Fit all',
	controls: 'Chart controls',
	language: 'Language',
	chartName: '{title}: timeline chart',
	chartDescription: { one: '{count} event from {from} to {to}. Times in {zone}.', other: '{count} events from {from} to {to}. Times in {zone}.' },
	chartHelp: 'Scroll or pinch to zoom, drag to pan. Tab to an event and press Enter to open it.',
	chartHelpCooperative: 'Ctrl or Command + scroll, or pinch, to zoom; drag to pan. Tab to an event and press Enter to open it.',
	timesIn: 'Times in {zone}',
	clusterName: '{count} events, {dates}. Press Enter to zoom in.',
	foldedSpan: 'Quiet period folded: {span}',
	search: 'Search events',
	searchPlaceholder: 'e.g. Citizen Lab',
	searchResults: { one: '{count} result', other: '{count} results' },
	filters: 'Filters',
	shownCount: { one: '{shown} of {count} event', other: '{shown} of {count} events' },
	fade: 'Fade',
	hide: 'Hide',
	fold: 'Fold quiet periods',
	timeZone: 'Times',
	zoneUtc: 'UTC',
	zoneLocal: 'Local ({zone})',
	zoneSource: "Source's zone",
	overview: 'Overview of the whole timeline',
	brush: 'Visible part: {from} – {to}. Arrow keys move it; Shift with arrows widens or narrows it.',
	actors: 'Actors',
	category: 'Category',
	status: 'Status',
	export: 'Export',
	partLoading: 'Loading…',
	partFailed: 'This part could not be loaded. Check the connection, then close it and open it again.',
	open: 'Open a timeline…',
	openDropPage: 'Drop the file to open it',
	embed: 'Embed',
	copy: 'Copy code',
	present: 'Present',
	presentHelp: 'Step through the story in presenter mode',
	elapsed: 'Elapsed',
	showTable: 'Show as table',
	showChart: 'Show as chart',
	theme: 'Theme',
	display: 'Display',
	calendar: 'Calendar',
	announceRange: 'Showing {from} to {to}.',
	announceFilter: { one: '{shown} of {count} event matches the filters.', other: '{shown} of {count} events match the filters.' },
	announceSelect: 'Opened: {title}, {date}.',
	announceClosed: 'Details closed.',
	howTo: 'How to use this timeline',
	skipChart: 'Skip the chart',
	chartSummary: { one: 'Timeline of {count} event from {from} to {to}.', other: 'Timeline of {count} events from {from} to {to}.' },
	status_confirmed: 'Confirmed',
	status_reported: 'Reported',
	status_alleged: 'Alleged',
	status_disputed: 'Disputed',
	status_denied: 'Denied',
	statusHelp_confirmed: 'two or more independent sources, or a primary record',
	statusHelp_reported: 'reported by one source',
	statusHelp_alleged: 'claimed by a party, not established',
	statusHelp_disputed: 'sources contradict each other',
	statusHelp_denied: 'denied by its subject'
} satisfies Record<string, string | Plural>;

/**
 * Every language's table: the English keys, each a text or its plural forms. English comes in two parts: these, which
 * the first view needs, and en-more.ts, the words of the views that load when first shown (dialogs, the presenter,
 * the table, the details panel, the error view), which comes with them.
 */
export type Messages = Record<keyof typeof en | keyof typeof enMore, string | Plural>;
