// The interface's own words in English for the views that load when first shown: the dialogs, the presenter and its
// speaker view, the table, the details panel, the error view, the panels of the toolbar's menus and of the filters.
// Each module that uses one of these words imports this one, so that its words are here before it draws; t() also
// loads it for a word asked for before (messages.ts). en.ts has the words of the first view.
// tests/unit/messages-split.test.ts checks that each module finds its words.
import { addEnglish } from './messages';
import type { Plural } from './en';
import { enReader } from './en-reader';

/** The words of the views the embed carries too (the details panel, the error view, the list, its own buttons). */
export const enMore = {
	showMore: 'Show more events ({shown} of {total} listed)',
	sources: 'Sources',
	noSource: 'No source given',
	uncertainty: 'Uncertain date',
	annotation: 'Note',
	published: 'published {date}',
	primary: 'primary record',
	opensInNewTab: '(opens in a new tab)',
	errorTitle: 'The timeline could not be shown',
	errorInvalid: 'The timeline file has problems. Each is listed with the event and the field it is in:',
	errorFetch: 'The timeline could not be loaded.',
	retry: 'Try again',
	errorHttp: 'The server answered {status}: the address is wrong, or the file is not there (anymore).',
	errorNetwork: 'The request failed: check the connection. A timeline from another site loads only if that site allows it (CORS) and this page’s security policy lists it (connect-src).',
	errorTimeout: 'No answer came within {seconds} seconds.',
	errorTooLarge: 'The file is too large to show.',
	errorJson: 'The file is not a timeline in JSON.',
	errorFormat: 'The file is in no format this app reads.',
	errorProblems: 'Problems found: {count}.',
	errorDetail: 'Details',
	errorMore: { one: 'and {count} more problem', other: 'and {count} more problems' },
	openFullView: 'Open full view',
	fullscreen: 'Full screen',
	exitFullscreen: 'Exit full screen',
	wheelHint: 'Use {key} + scroll to zoom the timeline',
	embedFooter: { one: '{count} event, with its sources', other: '{count} events, each with its sources' },
	close: 'Close',
	problemEvent: 'event',
	problemField: 'field'
} satisfies Record<string, string | Plural>;

// The embed's script leaves out the words of the views only the reader loads (en-reader.ts): none of its views asks
// for them. (Node loads this module too, for the oEmbed responses' words, and has no import.meta.env.)
addEnglish(import.meta.env?.MODE === 'embed' ? enMore : { ...enMore, ...enReader });
