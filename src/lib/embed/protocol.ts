// The embed's messages to and from its host page: height in every dialect hosts already listen for, and a small
// set of commands accepted only from the parent window (checked in commands.ts, loaded on the first message).

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
