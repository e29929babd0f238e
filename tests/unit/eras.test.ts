import { describe, it, expect } from 'vitest';
import { placeEraLabels } from '../../src/lib/layout/eras';
import { overlaps } from '../../src/lib/layout/labels';

const o = { left: 10, right: 1000, top: 40, rowHeight: 22, rows: 2 };

describe('placeEraLabels', () => {
	it('puts overlapping eras\' names in separate rows, each at the visible start of its band', () => {
		const labels = placeEraLabels(
			[
				{ id: 'court', x0: 100, x1: 300, width: 90 },
				{ id: 'lawsuit', x0: 150, x1: 900, width: 80 }
			],
			o
		);
		expect(labels.map((l) => l.id).sort()).toEqual(['court', 'lawsuit']);
		expect(overlaps(labels[0].box, labels[1].box)).toBe(false);
		expect(labels.find((l) => l.id === 'lawsuit')?.box.x).toBe(154);
	});

	it('hides a name wider than its band, and one with no free row', () => {
		const labels = placeEraLabels(
			[
				{ id: 'week', x0: 100, x1: 120, width: 60 },
				{ id: 'a', x0: 100, x1: 400, width: 60 },
				{ id: 'b', x0: 110, x1: 500, width: 60 },
				{ id: 'c', x0: 120, x1: 600, width: 60 }
			],
			o
		);
		expect(labels.map((l) => l.id)).toEqual(['a', 'b']);
	});

	it('keeps the name of a band that starts off screen at the left edge', () => {
		const [label] = placeEraLabels([{ id: 'long', x0: -5000, x1: 400, width: 60 }], o);
		expect(label.box.x).toBe(14);
	});
});
