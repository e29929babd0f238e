// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { shortcut } from '../../src/lib/chart/shortcuts';

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
