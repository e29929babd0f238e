import { describe, it, expect } from 'vitest';
import { labelBreaks } from '../../src/lib/layout/breakLabels';

const brk = (x0: number, x1: number) => ({ start: x0, end: x1, x0, x1 });
const width = (s: string) => s.length * 7;

describe('labelBreaks', () => {
	it('centres a label on its break and reserves the wider of the two in the tick row', () => {
		const [b] = labelBreaks([brk(100, 144)], () => '15 months', width, { left: 0, right: 1000 });
		expect(b.label).toEqual({ text: '15 months', x0: 122 - 31.5, x1: 122 + 31.5 });
		expect(b.reserved).toEqual([90.5, 153.5]);
	});

	it('drops a label that would touch the previous one, or leave the plot', () => {
		const r = labelBreaks([brk(100, 144), brk(150, 194), brk(400, 444), brk(990, 1000)], () => '15 months', width, { left: 0, right: 1000 });
		expect(r.map((b) => b.label !== undefined)).toEqual([true, false, true, false]);
		expect(r[1].reserved).toEqual([150, 194]);
	});
});
