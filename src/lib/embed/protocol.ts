// The embed's messages to and from its host page: height in every dialect hosts already listen for, and a small
// set of commands accepted only from the parent window, validated with zod.
import * as z from 'zod/mini';

/** Our namespace: every message we send or accept has a `type` starting with it. */
export const NAMESPACE = 'incident-timeline';
export const RESIZE = `${NAMESPACE}:resize`;
export const PROTOCOL_VERSION = 1;

/** Where the height goes: the parent window, or a test double. */
export interface Poster {
	postMessage(message: unknown, targetOrigin: string): void;
}

/** What the embed's own URL says about the host's protocols. */
export interface HostDialects {
	/** Pym.js child id, from `?childId=` (the Pym parent adds it). */
	childId?: string;
	/** WordPress's embed secret, from `#?secret=` (WordPress adds it when it sandboxes the iframe). */
	secret?: string;
}

/** Reads the Pym child id and the WordPress secret from the embed's own URL. */
export function readDialects(search: string, hash: string): HostDialects {
	const childId = new URLSearchParams(search).get('childId') ?? undefined;
	// WordPress: `#?secret=abcDEF1234` (alphanumeric, 10 characters in practice).
	const secret = /[#&?]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash)?.[1];
	return {
		...(childId && /^[\w.-]{1,64}$/.test(childId) ? { childId } : {}),
		...(secret ? { secret } : {})
	};
}

/**
 * The height in every dialect a host may be listening for, all with target `*` (a height is not a secret, and a
 * sandboxed host has no origin to target): ours, AMP's `embed-size` (also sent by Datawrapper and NPR's
 * Sidechain), Datawrapper's `datawrapper-height`, Pym's string when a child id is known, and WordPress's
 * `height` message when the secret is known. Nothing else about the reader's view is ever sent.
 */
export function heightMessages(height: number, dialects: HostDialects): unknown[] {
	const h = Math.max(0, Math.ceil(height));
	const messages: unknown[] = [
		{ type: RESIZE, v: PROTOCOL_VERSION, height: h },
		{ sentinel: 'amp', type: 'embed-size', height: h },
		{ 'datawrapper-height': { [NAMESPACE]: h } }
	];
	if (dialects.childId) messages.push(`pymxPYMx${dialects.childId}xPYMxheightxPYMx${h}`);
	if (dialects.secret) messages.push({ message: 'height', value: h, secret: dialects.secret });
	return messages;
}

/** The one function that posts a height: every dialect, once. */
export function postHeight(target: Poster, height: number, dialects: HostDialects): void {
	for (const message of heightMessages(height, dialects)) target.postMessage(message, '*');
}

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
