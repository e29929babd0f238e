// Deterministic synthetic timelines for the benchmark and the scale guards: `count` events over two years,
// 10% of them ranges, in 6 lanes, each with one source. Same count, same timeline, on every machine.
import type { Timeline } from '../src/lib/model/schema';

/** 1 Jan 2019 to 1 Jan 2021, UTC. */
export const SYNTHETIC_SPAN: [number, number] = [Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)];

const HOUR = 3_600_000;
const ACTORS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
const CATEGORIES = ['attack', 'response', 'legal', 'report'];

/** mulberry32: a small seeded generator, so that every run draws the same timeline. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Minute-precision ISO 8601 in UTC: 2019-05-13T10:42Z. */
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';

export interface SyntheticEvent {
	id: string;
	start: number;
	/** Ranges only. */
	end?: number;
	title: string;
	lane: number;
}

/**
 * The events of a synthetic timeline in a neutral shape (the peers' pages build their own items from it).
 * Starts are uniform over the span, rounded to the minute; one event in ten is a range of 1 hour to 30 days
 * (log-uniform), clipped to the span.
 */
export function syntheticEvents(count: number, seed = 2019): SyntheticEvent[] {
	const next = random(seed + count);
	const [from, to] = SYNTHETIC_SPAN;
	const events: SyntheticEvent[] = [];
	for (let i = 0; i < count; i++) {
		const start = Math.floor((from + next() * (to - from - HOUR)) / 60_000) * 60_000;
		const lane = Math.floor(next() * ACTORS.length);
		const isRange = next() < 0.1;
		const length = Math.exp(Math.log(HOUR) + next() * Math.log((30 * 24 * HOUR) / HOUR));
		const end = isRange ? Math.min(to, Math.ceil((start + length) / 60_000) * 60_000) : undefined;
		events.push({ id: `e${i}`, start, end, title: `Event ${i + 1}`, lane });
	}
	return events;
}

/** The same events as a timeline in this project's format (valid: every event has a source). */
export function syntheticTimeline(count: number, seed = 2019): Timeline {
	return {
		format: 1,
		id: `bench-${count}`,
		title: `Synthetic timeline of ${count} events`,
		summary: 'Generated for the benchmark: uniform over two years, one event in ten a range.',
		languages: ['en'],
		asOf: '2021-01-01',
		timeZone: 'UTC',
		actors: ACTORS.map((id) => ({ id, name: id[0].toUpperCase() + id.slice(1), kind: 'other' as const })),
		categories: CATEGORIES.map((id) => ({ id, name: id[0].toUpperCase() + id.slice(1) })),
		eras: [],
		events: syntheticEvents(count, seed).map((e, i) => ({
			id: e.id,
			start: iso(e.start),
			...(e.end === undefined ? {} : { end: iso(e.end) }),
			title: e.title,
			description: `Synthetic event ${i + 1}.`,
			actors: [ACTORS[e.lane]],
			category: CATEGORIES[i % CATEGORIES.length],
			status: 'reported' as const,
			sources: [{ publisher: 'Benchmark', title: `Source ${i + 1}`, url: `https://example.org/events/${i + 1}` }]
		}))
	};
}
