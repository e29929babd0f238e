import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { loadMessages } from '../../src/lib/i18n/messages';

afterEach(() => cleanup());

// jsdom lays nothing out and has no ResizeObserver. This one reports each element once when it is first observed,
// as a browser does (with jsdom's zero sizes).
globalThis.ResizeObserver ??= class {
	#callback: ResizeObserverCallback;
	#on = true;
	constructor(callback: ResizeObserverCallback) {
		this.#callback = callback;
	}
	observe(target: Element) {
		queueMicrotask(() => this.#on && this.#callback([{ target } as ResizeObserverEntry], this));
	}
	unobserve() {}
	disconnect() {
		this.#on = false;
	}
};

// Tests render and read Arabic text directly; the app loads the table before its first render in Arabic.
await loadMessages('ar');
