// @vitest-environment jsdom
// A guest in a host's page: its history never grows, its URL keeps the host's parameters, the page keeps its scroll.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { HistorySync } from '../../src/lib/state/history.svelte';
import { withForeignParams, VIEW_PARAMS, type UrlState } from '../../src/lib/state/url';
import { acceptsZoomInput } from '../../src/lib/chart/zoom-input';
import { NO_FILTERS } from '../../src/lib/explore/filters';
import { zoomModifier } from '../../src/lib/embed/hint.svelte';

afterEach(() => {
	vi.restoreAllMocks();
	history.replaceState(null, '', '/');
});

describe('withForeignParams', () => {
	it('keeps the parameters the view does not own, after the view’s', () => {
		expect(withForeignParams('?timeline=x&lang=ar', '?embed&childId=g1&lang=en&start=2019')).toBe('?timeline=x&lang=ar&embed&childId=g1');
		expect(withForeignParams('', '?embed')).toBe('?embed');
		expect(withForeignParams('?timeline=x', '?lang=en')).toBe('?timeline=x');
		expect(VIEW_PARAMS).toContain('event');
	});
});

describe('HistorySync', () => {
	const state = (event?: string): UrlState => ({ timeline: 'x', event, filters: NO_FILTERS });

	it('pushes an entry for a committed change in the reader', () => {
		let current = state();
		const push = vi.spyOn(history, 'pushState');
		const sync = new HistorySync(() => current);
		current = state('a');
		sync.commit();
		expect(push).toHaveBeenCalledTimes(1);
		expect(location.search).toBe('?timeline=x&event=a');
	});

	it('as a guest, only replaces, and keeps the host’s parameters', () => {
		history.replaceState(null, '', '/embed.html?childId=g1#?secret=abc');
		let current = state();
		const push = vi.spyOn(history, 'pushState');
		const replace = vi.spyOn(history, 'replaceState');
		const sync = new HistorySync(() => current, { guest: true, delay: 0 });
		vi.useFakeTimers();
		current = state('a');
		sync.commit();
		vi.runAllTimers();
		vi.useRealTimers();
		expect(push).not.toHaveBeenCalled();
		expect(replace).toHaveBeenCalledTimes(1);
		expect(location.search).toBe('?timeline=x&event=a&childId=g1');
		expect(location.hash).toBe('#?secret=abc');
	});
});

describe('acceptsZoomInput', () => {
	it('in the reader: any wheel zooms, drags pan, but not with the right button or Ctrl-click', () => {
		expect(acceptsZoomInput({ type: 'wheel' }, false)).toBe(true);
		expect(acceptsZoomInput({ type: 'mousedown', button: 0 }, false)).toBe(true);
		expect(acceptsZoomInput({ type: 'mousedown', button: 2 }, false)).toBe(false);
		expect(acceptsZoomInput({ type: 'mousedown', button: 0, ctrlKey: true }, false)).toBe(false);
		expect(acceptsZoomInput({ type: 'touchstart', touches: { length: 1 } }, false)).toBe(true);
	});

	it('in an article: a plain wheel and one finger belong to the page; Ctrl/⌘+wheel, pinch and two fingers zoom', () => {
		expect(acceptsZoomInput({ type: 'wheel' }, true)).toBe(false);
		expect(acceptsZoomInput({ type: 'wheel', ctrlKey: true }, true)).toBe(true);
		expect(acceptsZoomInput({ type: 'wheel', metaKey: true }, true)).toBe(true);
		expect(acceptsZoomInput({ type: 'touchstart', touches: { length: 1 } }, true)).toBe(false);
		expect(acceptsZoomInput({ type: 'touchstart', touches: { length: 2 } }, true)).toBe(true);
		expect(acceptsZoomInput({ type: 'mousedown', button: 0 }, true)).toBe(true);
	});

	it('names the modifier of the reader’s system', () => {
		expect(zoomModifier('MacIntel')).toBe('⌘');
		expect(zoomModifier('Linux x86_64')).toBe('Ctrl');
	});
});
