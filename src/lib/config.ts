// Reads the page URL once into a typed configuration.
import type { LaneMode } from './layout/lanes';
import { parseIsoDate } from './model/dates';

export interface AppConfig {
	/** URL of the timeline JSON, relative to the page. */
	timelineUrl: string;
	lang?: string;
	laneMode: LaneMode;
	/** The span to show first, as UTC instants (`?start=2019-05-10&end=2019-05-15`); the whole timeline when absent. */
	range?: [number, number];
}

export const DEFAULT_TIMELINE = 'whatsapp-nso-2019';

export function readConfig(search: string): AppConfig {
	const params = new URLSearchParams(search);
	const id = params.get('timeline') ?? DEFAULT_TIMELINE;
	const safeId = /^[a-z0-9][a-z0-9-]{0,79}$/.test(id) ? id : DEFAULT_TIMELINE;
	const lang = params.get('lang') ?? undefined;
	return {
		timelineUrl: `data/${safeId}.json`,
		lang: lang && /^[a-z]{2,3}$/.test(lang) ? lang : undefined,
		laneMode: params.get('lanes') === 'category' ? 'category' : 'actor',
		range: readRange(params.get('start'), params.get('end'))
	};
}

function readRange(start: string | null, end: string | null): [number, number] | undefined {
	if (!start || !end) return undefined;
	const a = parseIsoDate(start);
	const b = parseIsoDate(end);
	if (!a.ok || !b.ok || b.value.end <= a.value.start) return undefined;
	return [a.value.start, b.value.end];
}
