// The stand-in for d3-selection that d3-zoom and d3-drag import (src/lib/chart/selection.ts): each behaviour they
// rely on, as d3-selection 3 documents it. Wheel, drag and pinch through d3-zoom are in the e2e tests.
import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { select as d3select, pointer as d3pointer } from 'd3-selection';
import { select, pointer, Selection } from '../../src/lib/chart/selection';

const fire = (node: EventTarget, type: string) => node.dispatchEvent(new Event(type));

describe('the d3-selection stand-in', () => {
	it('is what d3-selection resolves to, in the app and in its tests', () => {
		expect(d3select).toBe(select);
		expect(d3pointer).toBe(pointer);
		expect(readFileSync('scripts/aliases.mjs', 'utf8')).toMatch(/'d3-selection': .*selection\.ts/);
	});

	it('calls a listener with the event and the datum, the element as this', () => {
		const node = Object.assign(document.createElement('div'), { __data__: 'datum' });
		const calls: unknown[][] = [];
		select(node).on('click.zoom', function (this: unknown, event: Event, d: unknown) {
			calls.push([this, event.type, d]);
		});
		fire(node, 'click');
		expect(calls).toEqual([[node, 'click', 'datum']]);
	});

	it('replaces a listener added again under the same type and name, and keeps those of other names', () => {
		const node = document.createElement('div');
		const first = vi.fn();
		const second = vi.fn();
		const other = vi.fn();
		select(node).on('click.zoom', first).on('click.zoom', second).on('click.other', other);
		fire(node, 'click');
		expect([first.mock.calls.length, second.mock.calls.length, other.mock.calls.length]).toEqual([0, 1, 1]);
	});

	it('takes several typenames at once, and `.name` removes every type of that name only', () => {
		const node = document.createElement('div');
		const zoom = vi.fn();
		const plain = vi.fn();
		const s = select(node).on('wheel.zoom mousedown.zoom', zoom).on('wheel', plain);
		fire(node, 'wheel');
		fire(node, 'mousedown');
		expect(zoom).toHaveBeenCalledTimes(2);
		s.on('.zoom', null);
		fire(node, 'wheel');
		fire(node, 'mousedown');
		expect(zoom).toHaveBeenCalledTimes(2);
		expect(plain).toHaveBeenCalledTimes(2);
	});

	it('removes a capturing listener (d3-zoom’s on the window during a drag)', () => {
		const parent = document.createElement('div');
		const child = parent.appendChild(document.createElement('span'));
		const heard = vi.fn();
		select(parent).on('mousemove.zoom mouseup.zoom', heard, true);
		child.dispatchEvent(new Event('mousemove', { bubbles: false }));
		expect(heard).toHaveBeenCalledTimes(1);
		select(parent).on('mousemove.zoom mouseup.zoom', null);
		child.dispatchEvent(new Event('mousemove', { bubbles: false }));
		child.dispatchEvent(new Event('mouseup', { bubbles: false }));
		expect(heard).toHaveBeenCalledTimes(1);
	});

	it('passes listener options through (d3-zoom’s wheel listener is not passive)', () => {
		const node = document.createElement('div');
		const add = vi.spyOn(node, 'addEventListener');
		select(node).on('wheel.zoom', () => {}, { passive: false });
		expect(add).toHaveBeenCalledWith('wheel', expect.any(Function), { passive: false });
	});

	it('returns the listener for a typename, and nothing once it is removed', () => {
		const node = document.createElement('div');
		const dbl = () => {};
		const s = select(node).on('dblclick.zoom', dbl);
		expect(s.on('dblclick.zoom')).toBe(dbl);
		expect(s.on('dblclick.other')).toBeUndefined();
		s.on('dblclick.zoom', null);
		expect(s.on('dblclick.zoom')).toBeUndefined();
	});

	it('sets properties from values and from functions of (datum, index, nodes)', () => {
		const node = Object.assign(document.createElement('div'), { __data__: 7, __zoom: '' });
		select(node).property('__zoom', 'a');
		expect(node.__zoom).toBe('a');
		select(node).property('__zoom', function (this: { __zoom: string }, d: unknown, i: number, nodes: unknown[]) {
			return `${this.__zoom}:${d}:${i}:${nodes.length}`;
		});
		expect(node.__zoom).toBe('a:7:0:1');
	});

	it('filters, styles, runs each and call, and gives the datum, itself as its selection, and no transition to stop', () => {
		const node = Object.assign(document.createElement('div'), { __data__: { id: 1 } });
		const s = select(node);
		expect(s.filter(() => false).node()).toBeNull();
		expect(s.filter(function (this: unknown) {
			return this === node;
		}).node()).toBe(node);
		s.style('-webkit-tap-highlight-color', 'rgba(0, 0, 0, 0)').style('cursor', 'move');
		expect(node.style.getPropertyValue('cursor')).toBe('move');
		const seen: unknown[] = [];
		s.each(function (this: unknown, d, i) {
			seen.push(this, d, i);
		});
		expect(seen).toEqual([node, { id: 1 }, 0]);
		const called = vi.fn();
		expect(s.call(called, 1, 2)).toBe(s);
		expect(called).toHaveBeenCalledWith(s, 1, 2);
		expect(s.datum()).toEqual({ id: 1 });
		expect(s.selection()).toBe(s);
		expect(s.interrupt()).toBe(s);
		expect(s).toBeInstanceOf(Selection);
	});
});

describe('pointer', () => {
	it('is relative to an HTML element’s padding box', () => {
		const node = document.createElement('div');
		node.getBoundingClientRect = () => ({ left: 100, top: 50, right: 300, bottom: 150, width: 200, height: 100, x: 100, y: 50, toJSON: () => ({}) });
		Object.defineProperty(node, 'clientLeft', { value: 2 });
		Object.defineProperty(node, 'clientTop', { value: 3 });
		const event = new MouseEvent('mousemove', { clientX: 130, clientY: 80 });
		expect(pointer(event, node)).toEqual([28, 27]);
	});

	it('reads the source event of a wrapped one, and the page position when there is no element', () => {
		const source = new MouseEvent('mousemove', { clientX: 10, clientY: 20 });
		Object.defineProperties(source, { pageX: { value: 15 }, pageY: { value: 220 } });
		expect(pointer({ sourceEvent: source } as unknown as Event, window)).toEqual([15, 220]);
	});

	it('maps through an SVG element’s screen matrix', () => {
		const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
		const inverse = { a: 0.5, b: 0, c: 0, d: 0.5, e: -10, f: -20 };
		Object.assign(svg, { getScreenCTM: () => ({ inverse: () => inverse }) });
		class Point {
			constructor(
				readonly x: number,
				readonly y: number
			) {}
			matrixTransform(m: typeof inverse) {
				return new Point(m.a * this.x + m.c * this.y + m.e, m.b * this.x + m.d * this.y + m.f);
			}
		}
		vi.stubGlobal('DOMPoint', Point);
		try {
			expect(pointer(new MouseEvent('wheel', { clientX: 100, clientY: 200 }), svg)).toEqual([40, 80]);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
