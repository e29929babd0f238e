// An element's width as Svelte's `bind:clientWidth` gives it (its clientWidth, and again whenever it is resized), but
// read for all the elements mounted in one update together, before any of them is drawn into. The binding reads each
// element as its effect runs, and the chart drew into the page between the reads: the page was laid out once for the
// chart (10,000 events: 11 ms), again for the overview below it (6 ms) and again for the reader around both (1.5 ms).
import type { Attachment } from 'svelte/attachments';

type Setter = (width: number) => void;

/** Elements attached since the last read, with what each is told; read together in a microtask (after the update). */
let queued: [Element, Setter][] | undefined;
/** Who is told of each element's later resizes. */
const setters = new WeakMap<Element, Setter>();
let observer: ResizeObserver | undefined;

/** Reads every queued width first (one layout), then tells each element's setter, unless it left the page meanwhile. */
function readQueued() {
	const batch = queued ?? [];
	queued = undefined;
	const widths = batch.map(([element]) => element.clientWidth);
	batch.forEach(([element, set], i) => element.isConnected && setters.get(element) === set && set(widths[i]));
}

/** `{@attach clientWidth((w) => (width = w))}`: `set` is told the element's clientWidth once mounted, and on each resize. */
export const clientWidth =
	(set: Setter): Attachment =>
	(element) => {
		if (!queued) {
			queued = [];
			queueMicrotask(readQueued);
		}
		queued.push([element, set]);
		setters.set(element, set);
		observer ??= new ResizeObserver((entries) => {
			for (const { target } of entries) setters.get(target)?.(target.clientWidth);
		});
		observer.observe(element);
		return () => {
			observer?.unobserve(element);
			setters.delete(element);
		};
	};
