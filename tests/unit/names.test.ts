// The chart's accessible names and badges, formatted once per event and language.
import { describe, it, expect } from 'vitest';
import { ChartNames } from '../../src/lib/chart/names';
import { toItem } from '../../src/lib/model/items';
import { clusterOfItems } from '../../src/lib/layout/clusters';
import type { TimelineEvent } from '../../src/lib/model/schema';
import { loadMessages, t } from '../../src/lib/i18n/messages';
import { formatDaySpan } from '../../src/lib/time/format';

const event = (id: string, start: string) =>
	({ id, start, title: { en: `Title ${id}`, ar: `عنوان ${id}` }, description: 'd', actors: ['a'], category: 'c', status: 'confirmed', sources: [] }) as unknown as TimelineEvent;

describe('ChartNames', () => {
	it('names a mark and a cluster in the language asked for, and badges large counts compactly', async () => {
		await loadMessages('ar');
		let measured = 0;
		const names = new ChartNames((text) => (measured++, text.length * 7));
		const item = toItem(event('fix', '2019-05-13'));
		expect(names.mark(item, 'en-GB', 'UTC', 'en')).toBe('13 May 2019: Title fix (Confirmed)');
		expect(names.mark(item, 'ar-EG', 'UTC', 'en')).toContain('عنوان fix');
		const cluster = clusterOfItems(0, 10, 10, [item, toItem(event('b', '2019-05-14'))]);
		expect(names.cluster(cluster, 'en-GB')).toMatch(/^2 events, 13\s*.\s*14 May 2019\. /);
		expect(names.badge(1234, 'en-GB').text).toBe('1.2k');
		expect(names.badge(12, 'ar-EG').text).toBe('١٢');
		// Its width is the bold measure's, as given (the badge is drawn at weight 700).
		expect(names.badge(12, 'ar-EG').width).toBe(14);
		// Asked again, from the cache: nothing is measured twice.
		const before = measured;
		names.badge(1234, 'en-GB');
		expect(measured).toBe(before);
	});

	it('names each cluster as a fresh format would, though its cache is keyed by calendar days', () => {
		const names = new ChartNames((text) => text.length * 7);
		const starts = ['2019-05-13T00:00Z', '2019-05-13T10:30Z', '2019-05-13T23:59Z', '2019-05-14T00:00Z', '2019-05-14T18:00Z', '2019-05-15T00:00Z', '2019-06-01', '2019-12-31T23:00Z', '2020-01-01'];
		const items = starts.map((start, i) => toItem(event(`e${i}`, start)));
		let checked = 0;
		for (const lang of ['en-GB', 'ar-EG'])
			for (let a = 0; a < items.length; a++)
				for (let b = a + 1; b < items.length; b++)
					for (const count of [2, 3]) {
						const members = [items[a], ...Array(count - 2).fill(items[a]), items[b]];
						const c = clusterOfItems(0, 0, 0, members);
						// The same words as formatting this cluster's own instants, asked in any order after any other cluster.
						expect(names.cluster(c, lang)).toBe(t(lang, 'clusterName', { count, dates: formatDaySpan(c.from, c.to, lang) }));
						checked++;
					}
		expect(checked).toBe(2 * 36 * 2);
	});
});
