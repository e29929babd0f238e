// Which span changes the reader's live region says (src/lib/explore/spans.ts).
import { describe, it, expect } from 'vitest';
import { SpanNews } from '../../src/lib/explore/spans';

const DAY = 86_400_000;

describe('SpanNews', () => {
	it('is silent on the first span and on the same dates again, and speaks when the span, language or zone changes', () => {
		const spans = new SpanNews();
		expect(spans.news(0, 10 * DAY, 'en-GB', 'UTC')).toBe(false);
		// A panel opened: the chart kept its dates, to a few milliseconds.
		expect(spans.news(3, 10 * DAY - 2, 'en-GB', 'UTC')).toBe(false);
		expect(spans.news(DAY, 9 * DAY, 'en-GB', 'UTC')).toBe(true);
		expect(spans.news(DAY, 9 * DAY, 'en-GB', 'UTC')).toBe(false);
		expect(spans.news(DAY, 9 * DAY, 'ar-EG', 'UTC')).toBe(true);
		expect(spans.news(DAY, 9 * DAY, 'ar-EG', 'Asia/Jerusalem')).toBe(true);
		// Two seconds is a move (a pan at the finest zoom), not rounding.
		expect(spans.news(DAY + 2000, 9 * DAY + 2000, 'ar-EG', 'Asia/Jerusalem')).toBe(true);
	});
});
