// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { shortcut, runShortcut } from '../../src/lib/chart/shortcuts';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra });

describe('shortcut', () => {
	it.each([
		['+', { kind: 'zoom', factor: 2 }],
		['=', { kind: 'zoom', factor: 2 }],
		['-', { kind: 'zoom', factor: 0.5 }],
		['0', { kind: 'fit' }],
		['/', { kind: 'search' }]
	])('maps %s', (k, action) => {
		expect(shortcut(key(k))).toEqual(action);
	});

	it('pans with Shift+arrows, and leaves plain arrows to the marks', () => {
		expect(shortcut(key('ArrowLeft', { shiftKey: true }))).toEqual({ kind: 'pan', direction: -1 });
		expect(shortcut(key('ArrowRight', { shiftKey: true }))).toEqual({ kind: 'pan', direction: 1 });
		expect(shortcut(key('ArrowRight'))).toBeUndefined();
	});

	it('does nothing while the reader types, or with Ctrl, Alt or Meta held', () => {
		const input = document.createElement('input');
		expect(shortcut(key('+', { target: input }))).toBeUndefined();
		expect(shortcut(key('+', { ctrlKey: true }))).toBeUndefined();
		expect(shortcut(key('0', { metaKey: true }))).toBeUndefined();
	});
});

describe('runShortcut', () => {
	function run(k: string, extra: Partial<KeyboardEvent> = {}, panStep = 250) {
		const calls: string[] = [];
		const zoom = { zoomBy: (f: number) => calls.push(`zoom ${f}`), fit: () => calls.push('fit'), panBy: (px: number) => calls.push(`pan ${px}`) };
		let prevented = false;
		const event = { ...key(k, extra), preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
		runShortcut(event, zoom, panStep, () => calls.push('search'));
		return { calls, prevented };
	}

	it('zooms, fits, searches and pans by the step it is given (negative on a mirrored axis), keeping the key from the page', () => {
		expect(run('+')).toEqual({ calls: ['zoom 2'], prevented: true });
		expect(run('0')).toEqual({ calls: ['fit'], prevented: true });
		expect(run('/')).toEqual({ calls: ['search'], prevented: true });
		expect(run('ArrowLeft', { shiftKey: true })).toEqual({ calls: ['pan -250'], prevented: true });
		expect(run('ArrowLeft', { shiftKey: true }, -250)).toEqual({ calls: ['pan 250'], prevented: true });
	});

	it('leaves other keys, and keys while typing, alone', () => {
		expect(run('ArrowRight')).toEqual({ calls: [], prevented: false });
		expect(run('+', { target: document.createElement('textarea') })).toEqual({ calls: [], prevented: false });
	});
});
