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
import { millisecondsInDay as DAY } from 'date-fns/constants';

export class ChartNames {
	#names = new Memo<string>();
	#badges = new Memo<{ text: string; width: number }>();
	#spans = new Memo<string>();
	readonly #measure: Measure;

	/** `measure`: the counts' bold text (weight 700). */
	constructor(measure: Measure) {
		this.#measure = measure;
	}

	/** "13 May 2019: WhatsApp fixes the flaw (confirmed)". */
	mark(item: Item, locale: string, zone: string, fallback: string): string {
		return this.#names.get(`m|${item.id}|${locale}|${zone}|${fallback}`, () =>
			`${formatEventDate(item, locale, zone)}: ${localize(item.event.title, locale, fallback)} (${t(locale, `status_${item.event.status}`)})`
		);
	}

	/**
	 * "12 events, 1–14 May 2019". Keyed by the calendar days the span covers (what formatDaySpan writes, in UTC), not
	 * its instants: a zoom step regroups clusters, and most new ones still cover days already written.
	 */
	cluster(c: Cluster, locale: string): string {
		const first = Math.floor(c.from / DAY);
		const last = Math.floor(Math.max(c.from, c.to - 1) / DAY);
		const dates = () => this.#spans.get(`${first}|${last}|${locale}`, () => formatDaySpan(c.from, c.to, locale));
		return this.#names.get(`c|${c.count}|${first}|${last}|${locale}`, () => t(locale, 'clusterName', { count: c.count, dates: dates() }));
	}

	/** A cluster's count as drawn (compact past 999, in the locale's digits) and its width in px (bold). */
	badge(count: number, locale: string): { text: string; width: number } {
		return this.#badges.get(`${count}|${locale}`, () => {
			const text = formatNumber(count, locale, count > 999);
			return { text, width: this.#measure(text) };
		});
	}
}
