// Shared by the peers' pages: fetch the benchmark's events (?events=<count>|breach), hand them to `build`, and set
// the finish line as our app does: the frame after the library's first complete draw has been painted (or a
// `timeline:failed` mark when the page cannot draw).
/** @param {(events: { id: string, start: number, end?: number, title: string }[], rendered: () => void) => void} build */
function benchPeer(build) {
	const key = new URLSearchParams(location.search).get('events') || 'breach';
	const rendered = () => requestAnimationFrame(() => setTimeout(() => performance.mark('timeline:rendered')));
	fetch(`/events/${key}.json`)
		.then((r) => {
			if (!r.ok) throw new Error(`events: ${r.status}`);
			return r.json();
		})
		.then((events) => build(events, rendered))
		.catch((e) => {
			// The benchmark waits for one of these two marks.
			performance.mark('timeline:failed', { detail: String(e) });
			throw e;
		});
}
/** @type {any} */ (window).benchPeer = benchPeer;
