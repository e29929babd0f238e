import { describe, it, expect } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { zoneOffset, ticksInZone, zoneFor, localZone } from '../../src/lib/time/zones';

describe('zoneOffset', () => {
	it.each([
		['UTC', '2019-05-13T12:00Z', 0],
		['Asia/Kolkata', '2019-05-13T12:00Z', 330],
		['Europe/Dublin', '2019-05-13T12:00Z', 60],
		['Europe/Dublin', '2019-01-13T12:00Z', 0],
		['America/Los_Angeles', '2019-05-13T12:00Z', -420]
	])('%s at %s is %i minutes', (zone, at, minutes) => {
		expect(zoneOffset(zone, Date.parse(at))).toBe(minutes * 60_000);
	});
});

describe('ticksInZone', () => {
	const x = scaleUtc().domain([new Date('2019-05-10T00:00Z'), new Date('2019-05-16T00:00Z')]).range([0, 1200]);

	it('puts day ticks on the zone\'s midnights', () => {
		const t = ticksInZone(x, 0, 1200, [], 'Asia/Kolkata');
		expect(t.level).toBe('6 hours');
		expect(t.contextTicks.map((d) => d.toISOString())).toContain('2019-05-12T18:30:00.000Z');
		for (const d of t.ticks) expect((d.getTime() + 330 * 60_000) % (6 * 3_600_000)).toBe(0);
	});

	it('equals the UTC ticks for UTC', () => {
		const t = ticksInZone(x, 0, 1200, [], 'UTC');
		for (const d of t.ticks) expect(d.getTime() % (6 * 3_600_000)).toBe(0);
	});
});

describe('zoneFor', () => {
	it('names UTC, the timeline zone for sources, and a real zone for the reader', () => {
		expect(zoneFor('utc', 'Europe/Dublin')).toBe('UTC');
		expect(zoneFor('source', 'Europe/Dublin')).toBe('Europe/Dublin');
		expect(zoneFor('local', 'Europe/Dublin')).toBe('UTC'); // the tests pin TZ=UTC
	});
});

describe('localZone', () => {
	it('is the runtime’s zone, read once', () => {
		const expected = new Intl.DateTimeFormat().resolvedOptions().timeZone;
		const Real = Intl.DateTimeFormat;
		let made = 0;
		Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Real>) {
			made++;
			return new Real(...args);
		} as unknown as typeof Real;
		try {
			expect(localZone()).toBe(expected);
			const first = made;
			expect(first).toBeLessThanOrEqual(1);
			for (let i = 0; i < 5; i++) expect(localZone()).toBe(expected);
			expect(zoneFor('local', 'Asia/Jerusalem')).toBe(expected);
			expect(made).toBe(first);
		} finally {
			Intl.DateTimeFormat = Real;
		}
	});
});
