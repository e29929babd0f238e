// Validates unknown JSON against the timeline schema, returning typed data or readable problems.
import { Timeline } from './schema';
import { describeIssues, type Problem } from './problems';

export type Validation = { ok: true; timeline: Timeline } | { ok: false; problems: Problem[] };

export function validateTimeline(input: unknown): Validation {
	const r = Timeline.safeParse(input);
	return r.success ? { ok: true, timeline: r.data } : { ok: false, problems: describeIssues(r.error.issues, input) };
}
