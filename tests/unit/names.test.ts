// The chart's accessible names and badges, formatted once per event and language.
import { describe, it, expect } from 'vitest';
import { ChartNames } from '../../src/lib/chart/names';
import { toItem } from '../../src/lib/model/items';
import { clusterOfItems } from '../../src/lib/layout/clusters';
import type { TimelineEvent } from '../../src/lib/model/schema';
import { loadMessages } from '../../src/lib/i18n/messages';

const event = (id: string, start: string) =>
	({ id, start, title: { en: `Title ${id}`, ar: `عنوان ${id}` }, description: 'd', actors: ['a'], category: 'c', status: 'confirmed', sources: [] }) as unknown as TimelineEvent;

describe('ChartNames', () => {
	it('names a mark and a cluster in the language asked for, and badges large counts compactly', async () => {
		await loadMessages('ar');
		let measured = 0;
		const names = new ChartNames(() => (text) => (measured++, text.length * 7));
		const item = toItem(event('fix', '2019-05-13'));
		expect(names.mark(item, 'en-GB', 'UTC', 'en')).toBe('13 May 2019: Title fix (Confirmed)');
		expect(names.mark(item, 'ar-EG', 'UTC', 'en')).toContain('عنوان fix');
		const cluster = clusterOfItems(0, 10, 10, [item, toItem(event('b', '2019-05-14'))]);
		expect(names.cluster(cluster, 'en-GB')).toMatch(/^2 events, 13\s*.\s*14 May 2019\. /);
		expect(names.badge(1234, 'en-GB').text).toBe('1.2k');
		expect(names.badge(12, 'ar-EG').text).toBe('١٢');
		// Asked again, from the cache: nothing is measured twice.
		const before = measured;
		names.badge(1234, 'en-GB');
		expect(measured).toBe(before);
	});
});
