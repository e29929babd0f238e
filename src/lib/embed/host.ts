// Connects the embed to its host page: reports the height in every dialect and takes commands from the parent.
import { HeightReporter, documentHeight, watchHeight } from './height';
import { readDialects } from './protocol';
import type { Command } from './commands';
import { loadSide } from './sideload';

/** Starts the host protocol when the page is framed; returns a function that stops it (a no-op when top-level). */
export function connectHost(oncommand: (command: Command) => void): () => void {
	if (window.parent === window) return () => {};
	const dialects = readDialects(location.search, location.hash);
	const reporter = new HeightReporter(window.parent, dialects, documentHeight);
	const stop = watchHeight(reporter);
	const onmessage = async (event: MessageEvent) => {
		// Only the parent may command; its messages are checked by a schema that loads on the first one.
		if (event.source !== window.parent) return;
		// In the embed's classic build the schema is in its side script (sideload.ts).
		const { readIncoming } = await (import.meta.env.MODE === 'embed' ? loadSide('side') : import('./commands'));
		const incoming = readIncoming(event, window.parent, window, dialects);
		if (incoming.kind === 'command') oncommand(incoming.command);
		else if (incoming.kind === 'ready') reporter.answerReady();
	};
	window.addEventListener('message', onmessage);
	return () => {
		stop();
		window.removeEventListener('message', onmessage);
	};
}
