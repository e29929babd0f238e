// Posts the embed's height to its host whenever it changes: a ResizeObserver on <html>, never a timer.
import { heightMessages, postHeight, type HostDialects, type Poster } from './protocol';

/** Remembers the last height sent so that an unchanged height is never sent twice. */
export class HeightReporter {
	#last = -1;

	constructor(
		private readonly target: Poster,
		private readonly dialects: HostDialects,
		private readonly measure: () => number
	) {}

	/** Sends the height if it changed since the last message; returns whether it sent. */
	report(): boolean {
		const height = Math.ceil(this.measure());
		if (!Number.isFinite(height) || height === this.#last) return false;
		this.#last = height;
		postHeight(this.target, height, this.dialects);
		return true;
	}

	/** WordPress's host asks again once it has loaded (`ready`): answer in its dialect only. */
	answerReady(): void {
		if (this.dialects.secret === undefined) return;
		const height = Math.ceil(this.measure());
		const wordpress = heightMessages(height, { secret: this.dialects.secret }).at(-1);
		this.target.postMessage(wordpress, '*');
	}
}

/** The document's content height: <html> is as tall as its content (nothing sizes it to the viewport). */
export const documentHeight = (): number => document.documentElement.getBoundingClientRect().height;

/** Starts reporting the height to the parent window; returns a function that stops it. */
export function watchHeight(reporter: HeightReporter): () => void {
	const observer = new ResizeObserver(() => reporter.report());
	observer.observe(document.documentElement);
	const onload = () => reporter.report();
	window.addEventListener('load', onload);
	return () => {
		observer.disconnect();
		window.removeEventListener('load', onload);
	};
}
