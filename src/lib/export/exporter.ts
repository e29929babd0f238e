// Export of the current view, loaded only when the export menu is used: the chart as SVG or PNG (with its title,
// "as of" date, time zone and source line), and the shown events as CSV or as a timeline in our format.
import type { Timeline } from '../model/schema';
import type { Item } from '../model/items';
import { localize } from '../model/localize';
import { toPreciseDate } from '../model/dates';
import { formatDaySpan, formatPrecise } from '../time/format';
import { t } from '../i18n/messages';
import '../i18n/en-more';
import { baseLanguage } from '../i18n/locale';
import { chartSvg, type Caption } from './svg';
import { svgToPng, download, A4_PRINT_WIDTH } from './png';
import { eventsCsv, eventsTimeline } from './data';
import { exportFileName } from './names';

export type ExportKind = 'svg' | 'png' | 'png-print' | 'csv' | 'json';

export interface ExportView {
	timeline: Timeline;
	/** The events shown (filters applied), in time order. */
	items: readonly Item[];
	lang: string;
	/** The zone times are shown in. */
	zone: string;
	/** The span in view, UTC ms. */
	range: readonly [number, number];
	/** The chart on the page; undefined when it is not drawn (narrow screens, table view). */
	chart?: SVGSVGElement | null;
	/** The address of the page, which the image's source line names. */
	pageUrl: string;
}

/** Makes the file and downloads it; resolves to its name. */
export async function exportView(kind: ExportKind, view: ExportView): Promise<string> {
	const { timeline, items, lang, range } = view;
	const ext = kind === 'png-print' ? 'png' : kind;
	// The file is named by its language (`ar`), not the reader's full locale (`ar-EG-u-nu-latn`).
	const name = exportFileName(timeline.id, baseLanguage(lang), range, ext, kind === 'png-print' ? 'print' : undefined);
	if (kind === 'csv') {
		download(new Blob([eventsCsv(timeline, items, lang, view.zone)], { type: 'text/csv;charset=utf-8' }), name);
	} else if (kind === 'json') {
		const json = `${JSON.stringify(eventsTimeline(timeline, items), null, 2)}\n`;
		download(new Blob([json], { type: 'application/json' }), name);
	} else {
		if (!view.chart) throw new Error('no chart to export');
		const image = chartSvg(view.chart, caption(view));
		if (kind === 'svg') download(new Blob([image.text], { type: 'image/svg+xml' }), name);
		else download(await svgToPng(image.text, image.width, image.height, kind === 'png' ? 2 : A4_PRINT_WIDTH / image.width), name);
	}
	return name;
}

/** The words around the image, in the reader's language, and the page's colours. */
export function caption({ timeline, items, lang, zone, range, pageUrl }: ExportView): Caption {
	const fallback = timeline.languages[0];
	const sources = new Set(items.flatMap((i) => i.event.sources.map((s) => s.url)));
	const page = getComputedStyle(document.documentElement);
	const body = getComputedStyle(document.body);
	const asOf = t(lang, 'asOf', { date: formatPrecise(toPreciseDate(timeline.asOf), lang, timeline.timeZone) });
	return {
		title: localize(timeline.title, lang, fallback),
		subtitle: [formatDaySpan(range[0], range[1], lang, zone), asOf, t(lang, 'timesIn', { zone })].join(' · '),
		sources: t(lang, 'exportSources', { count: sources.size, url: pageUrl }),
		dir: document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr',
		lang,
		background: page.getPropertyValue('--surface').trim() || body.backgroundColor,
		text: page.getPropertyValue('--text').trim() || body.color,
		muted: page.getPropertyValue('--text-muted').trim() || body.color,
		fontFamily: body.fontFamily
	};
}
