// The code of a part the reader may never open (a menu's panel), loaded when first wanted.

/**
 * A loader that asks once and gives every caller the same answer; after a failure (offline, a file gone after a
 * deploy) the next call asks again, so closing and opening the panel retries.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
	let asked: Promise<T> | undefined;
	return () =>
		(asked ??= load().catch((e: unknown) => {
			asked = undefined;
			throw e;
		}));
}

/** Starts loading ahead of need (the pointer or the focus is on the button that opens the part); a failure waits for the real call. */
export const prefetch = (load: () => Promise<unknown>) => () => void load().catch(() => undefined);
