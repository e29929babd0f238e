// The accessible names and count badges of the chart's marks. Formatted once per event (or cluster span) and
// language, not on every zoom frame: the caller passes the language and zone, so its reactive reads stay with it.
import type { Item } from '../model/items';
import type { Cluster } from '../layout/clusters';
import { localize } from '../model/localize';
import { formatEventDate, formatDaySpan } from '../time/format';
import { formatNumber } from '../i18n/locale';
import { t } from '../i18n/messages';
import { Memo } from './memo';
import type { Measure } from './measure';

export class ChartNames {
	#names = new Memo<string>();
	#badges = new Memo<{ text: string; width: number }>();
	readonly #measure: () => Measure;

	constructor(measure: () => Measure) {
		this.#measure = measure;
	}

	/** "13 May 2019: WhatsApp fixes the flaw (confirmed)". */
	mark(item: Item, locale: string, zone: string, fallback: string): string {
		return this.#names.get(`m|${item.id}|${locale}|${zone}|${fallback}`, () =>
			`${formatEventDate(item, locale, zone)}: ${localize(item.event.title, locale, fallback)} (${t(locale, `status_${item.event.status}`)})`
		);
	}

	/** "12 events, 1–14 May 2019". */
	cluster(c: Cluster, locale: string): string {
		return this.#names.get(`c|${c.count}|${c.from}|${c.to}|${locale}`, () => t(locale, 'clusterName', { count: c.count, dates: formatDaySpan(c.from, c.to, locale) }));
	}

	/** A cluster's count as drawn (compact past 999, in the locale's digits) and its width in px (bold). */
	badge(count: number, locale: string): { text: string; width: number } {
		return this.#badges.get(`${count}|${locale}`, () => {
			const text = formatNumber(count, locale, count > 999);
			return { text, width: this.#measure()(text) * 1.12 };
		});
	}
}
