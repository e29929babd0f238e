// Commands from the host page, validated with zod: loaded on the first message from the parent, not with the page.
import * as z from 'zod/mini';
import { NAMESPACE, type HostDialects } from './protocol';

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/));

/** Commands a host may send: show an event, show a range of dates, switch the language. */
export const Command = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal(`${NAMESPACE}:goto`), event: id }),
	z.strictObject({ type: z.literal(`${NAMESPACE}:range`), start: isoDate, end: isoDate }),
	z.strictObject({ type: z.literal(`${NAMESPACE}:lang`), lang: z.string().check(z.regex(/^[a-z]{2,3}$/)) })
]);
export type Command = z.infer<typeof Command>;

/** WordPress's host script says `ready` after load so that the embed sends its height again. */
const WordPressReady = z.object({ message: z.literal('ready'), secret: z.string() });

export type Incoming = { kind: 'command'; command: Command } | { kind: 'ready' } | { kind: 'ignored' };

/**
 * Sorts a message event: only the parent window may command (not a sibling frame, not the page itself, not a
 * child), and only with a well-formed command; WordPress's `ready` counts only with our secret.
 */
export function readIncoming(event: Pick<MessageEvent, 'data' | 'source'>, parent: unknown, self: unknown, dialects: HostDialects): Incoming {
	if (parent === self || event.source === null || event.source !== parent) return { kind: 'ignored' };
	const command = Command.safeParse(event.data);
	if (command.success) return { kind: 'command', command: command.data };
	const ready = WordPressReady.safeParse(event.data);
	if (ready.success && dialects.secret !== undefined && ready.data.secret === dialects.secret) return { kind: 'ready' };
	return { kind: 'ignored' };
}
