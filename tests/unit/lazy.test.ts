// The loader of the parts that load when first opened (the toolbar's menus, the filter panel).
import { describe, it, expect } from 'vitest';
import { lazy, prefetch } from '../../src/lib/explore/lazy';
import { catchingUnhandled } from '../helpers';

describe('lazy', () => {
	it('asks once and gives every caller the same answer', async () => {
		let asked = 0;
		const load = lazy(async () => ({ n: ++asked }));
		const [a, b] = await Promise.all([load(), load()]);
		expect(a).toBe(b);
		expect(await load()).toBe(a);
		expect(asked).toBe(1);
	});

	it('asks again after a failure, and keeps the answer once one comes', async () => {
		let asked = 0;
		const load = lazy(async () => {
			if (++asked === 1) throw new Error('offline');
			return asked;
		});
		await expect(load()).rejects.toThrow('offline');
		expect(await load()).toBe(2);
		expect(await load()).toBe(2);
		expect(asked).toBe(2);
	});

	it('prefetch starts the request and leaves a failure to the real call, without an unhandled rejection', async () => {
		let asked = 0;
		const load = lazy(async () => {
			asked++;
			throw new Error('offline');
		});
		await catchingUnhandled(async (unhandled) => {
			prefetch(load)();
			await new Promise((r) => setTimeout(r, 10));
			expect(asked).toBe(1);
			expect(unhandled).toEqual([]);
			await expect(load()).rejects.toThrow('offline');
			expect(asked).toBe(2);
		});
	});
});
