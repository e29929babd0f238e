// Time zones: the reader's own, the one a view mode shows times in, and axis ticks that fall on its hours.
import type { Calendar } from '../i18n/locale';
import type { TimeScale } from './utcScale';
import { ticksForScale, type Break } from './fold';
import type { Ticks } from './ticks';

let local: string | undefined;

/**
 * The IANA zone of this browser (UTC where the runtime does not say), read once: a new Intl.DateTimeFormat costs
 * about a millisecond, and the toolbar and every date in the local view ask.
 */
export function localZone(): string {
	return (local ??= new Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC');
}

/** UTC, the reader's zone, or the timeline's (sources') zone. */
export function zoneFor(mode: 'utc' | 'local' | 'source', timelineZone: string): string {
	return mode === 'utc' ? 'UTC' : mode === 'local' ? localZone() : timelineZone;
}

/** The offset of `zone` from UTC at `at`, in ms (positive east of Greenwich). */
export function zoneOffset(zone: string, at: number): number {
	if (zone === 'UTC') return 0;
	const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
		.formatToParts(new Date(at))
		.find((p) => p.type === 'timeZoneName')?.value;
	const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
	return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

/**
 * Ticks that fall on the zone's own hours, days and months: computed in UTC on a scale shifted by the zone's
 * offset (taken at the middle of the view), then shifted back. Exact for zones without a DST change in view.
 */
export function ticksInZone(x: TimeScale, left: number, right: number, breaks: readonly Break[], zone: string, calendar?: Calendar): Ticks {
	const off = zoneOffset(zone, x.invert((left + right) / 2).getTime());
	if (off === 0) return ticksForScale(x, left, right, breaks, calendar);
	const shifted = x.copy().domain(x.domain().map((d) => new Date(d.getTime() + off)));
	const t = ticksForScale(shifted, left, right, breaks.map((b) => ({ start: b.start + off, end: b.end + off })), calendar);
	const back = (ds: Date[]) => ds.map((d) => new Date(d.getTime() - off));
	return { ...t, ticks: back(t.ticks), contextTicks: back(t.contextTicks) };
}
