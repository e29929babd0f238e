import { describe, it, expect } from 'vitest';
import { Memo } from '../../src/lib/chart/memo';

describe('Memo', () => {
	it('computes a key once, and starts afresh when full', () => {
		const memo = new Memo<number>(2);
		let calls = 0;
		const compute = () => ++calls;
		expect(memo.get('a', compute)).toBe(1);
		expect(memo.get('a', compute)).toBe(1);
		expect(memo.get('b', compute)).toBe(2);
		expect(calls).toBe(2);
		// Full: a third key clears the cache, so 'a' is computed again.
		expect(memo.get('c', compute)).toBe(3);
		expect(memo.get('a', compute)).toBe(4);
	});
});
