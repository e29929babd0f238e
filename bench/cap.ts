// Time caps: a promise raced against a timer, so that a page that hangs cannot stall the whole benchmark.

/** A run or step that did not finish within its cap (or whose page crashed). */
export class Capped extends Error {}

/** Resolves with `promise`, or rejects with `Capped(message)` after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const cap = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Capped(message)), ms)));
	return Promise.race([promise, cap]).finally(() => clearTimeout(timer));
}
