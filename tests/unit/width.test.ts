// @vitest-environment jsdom
// The width attachment (chart/width.ts): every element attached in one update is read before any is told its width,
// so the page is laid out once for all of them; later resizes still reach each element's setter.
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { clientWidth } from '../../src/lib/chart/width';

/** What happened, in order: `read <name>` when an element's width is read, `set <name> <width>` when one is told. */
let log: string[];
/** The callback the attachment gave the (fake) ResizeObserver, and the elements it observes. */
let resized: ResizeObserverCallback | undefined;
const observed = new Set<Element>();

function element(name: string, width: number): HTMLElement {
	const node = document.createElement('div');
	Object.defineProperty(node, 'clientWidth', {
		get: () => {
			log.push(`read ${name}`);
			return width;
		}
	});
	document.body.append(node);
	return node;
}

const attach = (node: HTMLElement, name: string) => clientWidth((w) => log.push(`set ${name} ${w}`))(node) as () => void;

beforeEach(() => {
	log = [];
	vi.stubGlobal(
		'ResizeObserver',
		class {
			constructor(callback: ResizeObserverCallback) {
				resized = callback;
			}
			observe = (target: Element) => observed.add(target);
			unobserve = (target: Element) => observed.delete(target);
			disconnect() {}
		}
	);
});
afterEach(() => {
	vi.unstubAllGlobals();
	document.body.replaceChildren();
});

describe('clientWidth', () => {
	it('reads every element attached in one update before telling any of them', async () => {
		const [chart, overview, reader] = [element('chart', 1230), element('overview', 1230), element('reader', 1280)];
		const detach = [attach(chart, 'chart'), attach(overview, 'overview'), attach(reader, 'reader')];
		expect(log).toEqual([]);
		await Promise.resolve();
		expect(log).toEqual(['read chart', 'read overview', 'read reader', 'set chart 1230', 'set overview 1230', 'set reader 1280']);
		detach.forEach((d) => d());
	});

	it('tells an element of its later resizes, until it is detached', async () => {
		const chart = element('chart', 800);
		const detach = attach(chart, 'chart');
		await Promise.resolve();
		expect(observed.has(chart)).toBe(true);
		log = [];
		resized!([{ target: chart } as unknown as ResizeObserverEntry], {} as ResizeObserver);
		expect(log).toEqual(['read chart', 'set chart 800']);
		detach();
		expect(observed.has(chart)).toBe(false);
		log = [];
		resized!([{ target: chart } as unknown as ResizeObserverEntry], {} as ResizeObserver);
		expect(log).toEqual([]);
	});

	it('tells nothing to an element that left the page, or was detached, before its first read', async () => {
		const [gone, dropped, kept] = [element('gone', 10), element('dropped', 20), element('kept', 30)];
		attach(gone, 'gone');
		attach(dropped, 'dropped')();
		attach(kept, 'kept');
		gone.remove();
		await Promise.resolve();
		expect(log.filter((l) => l.startsWith('set'))).toEqual(['set kept 30']);
	});

	it('reads a later update’s elements in a batch of their own', async () => {
		attach(element('first', 1), 'first');
		await Promise.resolve();
		attach(element('second', 2), 'second');
		await Promise.resolve();
		expect(log).toEqual(['read first', 'set first 1', 'read second', 'set second 2']);
	});
});
