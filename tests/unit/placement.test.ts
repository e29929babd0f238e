// A menu's panel stays on the screen: it lines up with the side of its button where it fits.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { panelSide } from '../../src/lib/explore/placement';

describe('panelSide', () => {
	it('keeps the preferred side where the panel fits', () => {
		expect(panelSide({ left: 100, right: 180 }, 300, 1280, 'ltr', 'start')).toBe('start');
		expect(panelSide({ left: 1100, right: 1180 }, 300, 1280, 'ltr', 'end')).toBe('end');
		expect(panelSide({ left: 1100, right: 1180 }, 300, 1280, 'rtl', 'start')).toBe('start');
	});

	it('turns to the other side near the edge the panel would cross (the Display button at the end of a wide toolbar)', () => {
		// Left to right: the button near the right edge; the panel would run off to the right.
		expect(panelSide({ left: 1080, right: 1158 }, 300, 1280, 'ltr', 'start')).toBe('end');
		// Right to left: the same button near the left edge; its start is its right edge, and the panel would run off to the left.
		expect(panelSide({ left: 222, right: 290 }, 300, 1280, 'rtl', 'start')).toBe('end');
		// An end-aligned panel near the start edge turns to the start.
		expect(panelSide({ left: 20, right: 90 }, 300, 1280, 'ltr', 'end')).toBe('start');
	});

	it('where it fits on neither side, keeps the side with less of it off the screen', () => {
		expect(panelSide({ left: 200, right: 300 }, 380, 400, 'ltr', 'start')).toBe('end');
		expect(panelSide({ left: 100, right: 250 }, 380, 400, 'ltr', 'end')).toBe('start');
		expect(panelSide({ left: 10, right: 60 }, 380, 400, 'ltr', 'end')).toBe('start');
	});

	it('never picks a side where more of the panel is off the screen than on the other', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 20, max: 200 }), fc.integer({ min: 50, max: 600 }), fc.constantFrom('ltr' as const, 'rtl' as const), fc.constantFrom('start' as const, 'end' as const), (left, size, width, dir, preferred) => {
				const viewport = 1280;
				const button = { left, right: Math.min(viewport, left + size) };
				const off = (side: 'start' | 'end') => {
					const fromLeft = (side === 'start') === (dir === 'ltr');
					const [a, b] = fromLeft ? [button.left, button.left + width] : [button.right - width, button.right];
					return Math.max(0, -a) + Math.max(0, b - viewport);
				};
				const side = panelSide(button, width, viewport, dir, preferred);
				expect(off(side)).toBeLessThanOrEqual(off(side === 'start' ? 'end' : 'start'));
				if (off(preferred) === 0) expect(side).toBe(preferred);
			})
		);
	});
});
