// The interface's own words in English that the first view needs; with en-more.ts and en-reader.ts (the rest), the
// reference table, whose keys every language must have.
import type { enMore } from './en-more';
import type { enReader } from './en-reader';

/**
 * A message whose words depend on a number (`{count}`): one form per plural category of the language
 * (Intl.PluralRules: zero, one, two, few, many, other), `other` always given. English has one and other; Arabic all six.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The first view's words that only the reader's page shows: its toolbar, legend, lane and zone choices, table switch,
 * live announcements and the summary before its chart. The embed's script leaves them out (none of its views asks for
 * them; tests/e2e/scale.e2e.ts).
 */
export const readerPage = {
	legend: 'Legend',
	filters: 'Filters',
	embed: 'Embed',
	lanesByActor: 'By actor',
	lanesByCategory: 'By category',
	softExtent: 'Soft extent: the event happened sometime in this window (sources give only a day, a month or a range)',
	lanesHelp_actor: 'One lane per actor: the first actor named for each event',
	lanesHelp_category: 'One lane per category',
	language: 'Language',
	shownCount: { one: '{shown} of {count} event', other: '{shown} of {count} events' },
	timeZone: 'Times',
	zoneUtc: 'UTC',
	zoneLocal: 'Local ({zone})',
	zoneSource: "Source's zone",
	export: 'Export',
	partLoading: 'Loading…',
	partFailed: 'This part could not be loaded. Check the connection, then close it and open it again.',
	open: 'Open a timeline…',
	openDropPage: 'Drop the file to open it',
	copy: 'Copy code',
	presentHelp: 'Step through the story in presenter mode',
	elapsed: 'Elapsed',
	showTable: 'Show as table',
	showChart: 'Show as chart',
	display: 'Display',
	announceRange: 'Showing {from} to {to}.',
	announceFilter: { one: '{shown} of {count} event matches the filters.', other: '{shown} of {count} events match the filters.' },
	announceSelect: 'Opened: {title}, {date}.',
	announceClosed: 'Details closed.',
	howTo: 'How to use this timeline',
	skipChart: 'Skip the chart',
	chartSummary: { one: 'Timeline of {count} event from {from} to {to}.', other: 'Timeline of {count} events from {from} to {to}.' }
} satisfies Record<string, string | Plural>;

export const en = {
	loading: 'Loading the timeline…',
	asOf: 'As of {date}',
	lanes: 'Lanes',
	categories: 'Categories',
	statuses: 'Status',
	range: 'Range: the event lasted from start to end',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	fit: 'Fit all',
	controls: 'Chart controls',
	chartName: '{title}: timeline chart',
	chartDescription: { one: '{count} event from {from} to {to}. Times in {zone}.', other: '{count} events from {from} to {to}. Times in {zone}.' },
	chartHelp: 'Scroll or pinch to zoom, drag to pan. Tab to an event and press Enter to open it.',
	chartHelpCooperative: 'Ctrl or Command + scroll, or pinch, to zoom; drag to pan. Tab to an event and press Enter to open it.',
	timesIn: 'Times in {zone}',
	clusterName: '{count} events, {dates}. Press Enter to zoom in.',
	foldedSpan: 'Quiet period folded: {span}',
	// Not shown: the words a title shortened to fit ("…") never ends on, lower case, separated by spaces (articles,
	// prepositions, conjunctions, negations, pronouns, auxiliaries), so that "hallmarks of a…" reads "hallmarks…".
	danglingWords:
		'a an the of to in on at by for from with into onto over under about against among as via like than and or but nor ' +
		'not no its his her their our my your it he she they we this these those is are was were be been has have had ' +
		'that which who whose',
	search: 'Search events',
	searchPlaceholder: 'e.g. Citizen Lab',
	searchResults: { one: '{count} result', other: '{count} results' },
	searching: 'Searching…',
	searchFailed: 'The search could not be loaded. Check the connection, then search again.',
	fold: 'Fold quiet periods',
	overview: 'Overview of the whole timeline',
	brush: 'Visible part: {from} – {to}. Arrow keys move it; Shift with arrows widens or narrows it.',
	actors: 'Actors',
	category: 'Category',
	status: 'Status',
	present: 'Present',
	calendar: 'Calendar',
	status_confirmed: 'Confirmed',
	status_reported: 'Reported',
	status_alleged: 'Alleged',
	status_disputed: 'Disputed',
	status_denied: 'Denied',
	statusHelp_confirmed: 'two or more independent sources, or a primary record',
	statusHelp_reported: 'reported by one source',
	statusHelp_alleged: 'claimed by a party, not established',
	statusHelp_disputed: 'sources contradict each other',
	statusHelp_denied: 'denied by its subject',
	// Node loads this module too (the oEmbed responses' words), without import.meta.env.
	...(import.meta.env?.MODE === 'embed' ? undefined : readerPage)
} satisfies Record<string, string | Plural>;

/**
 * Every language's table: the English keys, each a text or its plural forms. English comes in three parts: these, which
 * the first view needs (`readerPage` only in the reader); en-more.ts, the words of the views that load when first shown
 * and that the embed carries too (the details panel, the error view); en-reader.ts, those of the views only the reader
 * loads (dialogs, the presenter, the table), which en-more.ts adds but in the embed. The last two come with the views
 * that use them.
 */
export type Messages = Record<keyof typeof en | keyof typeof enMore | keyof typeof enReader, string | Plural>;
