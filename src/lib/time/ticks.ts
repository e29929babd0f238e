// Chooses the axis level for a zoomed scale, from years down to hours, with a coarser context row above it.
import { utcYear, utcMonth, utcDay, utcHour, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { millisecondsInDay as DAY, millisecondsInHour as HOUR } from 'date-fns/constants';

export type TickLevel = 'years' | 'quarters' | 'months' | 'weeks' | 'days' | '6 hours' | '3 hours' | 'hours';
export type ContextLevel = 'none' | 'years' | 'months' | 'days';

export interface Rung {
	level: TickLevel;
	interval: TimeInterval;
	/** Typical length of one step, to estimate spacing. */
	ms: number;
	/** Narrowest spacing (px) at which this level's labels fit. */
	minPx: number;
	context: ContextLevel;
	/** For years: how many years one step is. */
	step?: number;
}

const every = (interval: CountableTimeInterval, n: number): TimeInterval => interval.every(n) ?? interval;

/** From finest to coarsest. */
const LADDER: Rung[] = [
	{ level: 'hours', interval: utcHour, ms: HOUR, minPx: 44, context: 'days' },
	{ level: '3 hours', interval: every(utcHour, 3), ms: 3 * HOUR, minPx: 44, context: 'days' },
	{ level: '6 hours', interval: every(utcHour, 6), ms: 6 * HOUR, minPx: 44, context: 'days' },
	{ level: 'days', interval: utcDay, ms: DAY, minPx: 26, context: 'months' },
	{ level: 'weeks', interval: utcDay.filter((d) => [1, 8, 15, 22].includes(d.getUTCDate())), ms: 7.6 * DAY, minPx: 28, context: 'months' },
	{ level: 'months', interval: utcMonth, ms: 30.4 * DAY, minPx: 40, context: 'years' },
	{ level: 'quarters', interval: every(utcMonth, 3), ms: 91.3 * DAY, minPx: 40, context: 'years' },
	{ level: 'years', interval: utcYear, ms: 365.25 * DAY, minPx: 40, context: 'none' }
];

const CONTEXT: Record<Exclude<ContextLevel, 'none'>, TimeInterval> = { years: utcYear, months: utcMonth, days: utcDay };

export interface Ticks {
	level: TickLevel;
	ticks: Date[];
	context: ContextLevel;
	/** Starts of the context periods that touch the domain (the first may start before it). */
	contextTicks: Date[];
}

/** The finest level whose ticks are at least its `minPx` apart for `msPerPx`; years when nothing finer fits. */
export function tickLevel(msPerPx: number, scaleMin = 1): Rung {
	return LADDER.find((r) => r.ms / msPerPx >= r.minPx * scaleMin) ?? yearsEvery(msPerPx, scaleMin);
}

function yearsEvery(msPerPx: number, scaleMin: number): Rung {
	const years = LADDER[LADDER.length - 1];
	const n = Math.ceil((years.minPx * scaleMin * msPerPx) / years.ms);
	return { ...years, interval: every(utcYear, n), ms: years.ms * n, step: n };
}

/** Ticks for the domain [d0, d1] drawn across `width` px. */
export function ticksFor(domain: [Date, Date], width: number): Ticks {
	const [d0, d1] = domain;
	const msPerPx = (d1.getTime() - d0.getTime()) / Math.max(width, 1);
	const rung = tickLevel(msPerPx);
	const ticks = rung.interval.range(d0, new Date(d1.getTime() + 1));
	const context = rung.context;
	const contextTicks =
		context === 'none' ? [] : CONTEXT[context].range(CONTEXT[context].floor(d0), new Date(d1.getTime() + 1));
	return { level: rung.level, ticks, context, contextTicks };
}
