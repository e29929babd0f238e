// Timelines the build already validated: their exact text, by SHA-256. The app trusts these bytes without loading
// the validator again; any other text (another file, an edited one, an import) is validated as usual.

declare const __VERIFIED_TIMELINES__: string[] | undefined;
declare const __VERIFIED_IDS__: string[] | undefined;

/** `length:hash` (UTF-16 length, base64 SHA-256) of each text the build validated and found needing no defaults (set by vite.config.ts). */
export const VERIFIED: readonly string[] = typeof __VERIFIED_TIMELINES__ === 'undefined' ? [] : __VERIFIED_TIMELINES__;

/** The ids of those timelines: `data/<id>.json` as the build left it needs no validator (set by vite.config.ts). */
export const VERIFIED_IDS: readonly string[] = typeof __VERIFIED_IDS__ === 'undefined' ? [] : __VERIFIED_IDS__;

/**
 * Whether `text` is byte for byte a timeline the build validated (false where Web Crypto is unavailable). `bytes`, when
 * given, are what `text` was decoded from: they are hashed as they came, rather than encoding the text again (8 ms on
 * the main thread for the breach timeline's 121,000 characters, most of them Arabic).
 */
export async function isVerified(text: string, verified: readonly string[] = VERIFIED, bytes?: Blob): Promise<boolean> {
	// The length rules out other texts without hashing megabytes.
	if (!verified.some((v) => v.startsWith(`${text.length}:`)) || !globalThis.crypto?.subtle) return false;
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes ? await bytes.arrayBuffer() : new TextEncoder().encode(text)));
	return verified.includes(`${text.length}:${btoa(String.fromCharCode(...digest))}`);
}
