// The reader's own time zone, and the zone a view mode shows times in.

/** The IANA zone of this browser (UTC where the runtime does not say). */
export function localZone(): string {
	return new Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

/** UTC, the reader's zone, or the timeline's (sources') zone. */
export function zoneFor(mode: 'utc' | 'local' | 'source', timelineZone: string): string {
	return mode === 'utc' ? 'UTC' : mode === 'local' ? localZone() : timelineZone;
}
