import { describe, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import { heightMessages, postHeight, readDialects, RESIZE } from '../../src/lib/embed/protocol';
import { readIncoming, Command } from '../../src/lib/embed/commands';
import { HeightReporter } from '../../src/lib/embed/height';

describe('readDialects', () => {
	it('reads the Pym child id from the query and the WordPress secret from the hash', () => {
		expect(readDialects('?timeline=x&childId=g1&initialWidth=600', '#?secret=abcDEF1234')).toEqual({ childId: 'g1', secret: 'abcDEF1234' });
		expect(readDialects('', '')).toEqual({});
		expect(readDialects('?timeline=x', '#step-3')).toEqual({});
	});

	it('ignores malformed values', () => {
		expect(readDialects('?childId=a%20b%3Cscript', '#?secret=abc-DEF')).toEqual({});
		expect(readDialects('?childId=', '#?secret=')).toEqual({});
	});
});

describe('heightMessages', () => {
	it('speaks our format, AMP and Datawrapper always; Pym and WordPress only when the URL asked for them', () => {
		expect(heightMessages(612.2, {})).toEqual([
			{ type: RESIZE, v: 1, height: 613 },
			{ sentinel: 'amp', type: 'embed-size', height: 613 },
			{ 'datawrapper-height': { 'incident-timeline': 613 } }
		]);
		const all = heightMessages(500, { childId: 'g1', secret: 'abcDEF1234' });
		expect(all).toHaveLength(5);
		expect(all[3]).toBe('pymxPYMxg1xPYMxheightxPYMx500');
		expect(all[4]).toEqual({ message: 'height', value: 500, secret: 'abcDEF1234' });
	});

	it('never carries anything but the height (and the secret the host gave)', () => {
		const allowed = new Set(['type', 'v', 'height', 'sentinel', 'datawrapper-height', 'incident-timeline', 'message', 'value', 'secret']);
		const keys = (v: unknown): string[] => (typeof v === 'object' && v !== null ? Object.entries(v).flatMap(([k, x]) => [k, ...keys(x)]) : []);
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e5, noNaN: true }), (h) => {
				for (const m of heightMessages(h, { childId: 'c', secret: 's1' })) {
					if (typeof m === 'string') expect(m).toMatch(/^pymxPYMxcxPYMxheightxPYMx\d+$/);
					else for (const k of keys(m)) expect(allowed).toContain(k);
				}
			})
		);
	});

	it('postHeight posts every message to any origin', () => {
		const target = { postMessage: vi.fn() };
		postHeight(target, 300, { childId: 'g' });
		expect(target.postMessage).toHaveBeenCalledTimes(4);
		for (const call of target.postMessage.mock.calls) expect(call[1]).toBe('*');
	});
});

describe('HeightReporter', () => {
	it('posts only when the height changed', () => {
		const target = { postMessage: vi.fn() };
		let height = 400;
		const reporter = new HeightReporter(target, {}, () => height);
		expect(reporter.report()).toBe(true);
		expect(reporter.report()).toBe(false);
		height = 400.4; // rounds up to 401: a change
		expect(reporter.report()).toBe(true);
		height = 400.9;
		expect(reporter.report()).toBe(false);
		expect(target.postMessage.mock.calls.filter(([m]) => (m as { type?: string }).type === RESIZE).map(([m]) => (m as { height: number }).height)).toEqual([400, 401]);
	});

	it('answers WordPress’s `ready` in its dialect only, and not without a secret', () => {
		const target = { postMessage: vi.fn() };
		new HeightReporter(target, {}, () => 300).answerReady();
		expect(target.postMessage).not.toHaveBeenCalled();
		new HeightReporter(target, { secret: 'abc' }, () => 300).answerReady();
		expect(target.postMessage).toHaveBeenCalledExactlyOnceWith({ message: 'height', value: 300, secret: 'abc' }, '*');
	});
});

describe('readIncoming', () => {
	const parent = { name: 'parent' };
	const self = { name: 'self' };
	const goto = { type: 'incident-timeline:goto', event: 'ft-report' };

	it('accepts a well-formed command from the parent', () => {
		expect(readIncoming({ data: goto, source: parent as never }, parent, self, {})).toEqual({ kind: 'command', command: goto });
		const range = { type: 'incident-timeline:range', start: '2019-05-10', end: '2019-05-16T12:00Z' };
		expect(readIncoming({ data: range, source: parent as never }, parent, self, {}).kind).toBe('command');
		expect(readIncoming({ data: { type: 'incident-timeline:lang', lang: 'ar' }, source: parent as never }, parent, self, {}).kind).toBe('command');
	});

	it('ignores commands from anyone but the parent, and everything when the page is not framed', () => {
		expect(readIncoming({ data: goto, source: { name: 'sibling' } as never }, parent, self, {}).kind).toBe('ignored');
		expect(readIncoming({ data: goto, source: null }, parent, self, {}).kind).toBe('ignored');
		expect(readIncoming({ data: goto, source: self as never }, self, self, {}).kind).toBe('ignored');
	});

	it.each([
		['unknown type', { type: 'incident-timeline:navigate', url: 'javascript:alert(1)' }],
		['extra field', { ...goto, url: 'https://example.org' }],
		['bad id', { type: 'incident-timeline:goto', event: '<img src=x>' }],
		['bad date', { type: 'incident-timeline:range', start: '2019-13-45x', end: '2019-05-16' }],
		['bad language', { type: 'incident-timeline:lang', lang: 'javascript:' }],
		['a string', JSON.stringify(goto)],
		['null', null],
		['an array', [goto]]
	])('ignores a malformed command: %s', (_, data) => {
		expect(readIncoming({ data, source: parent as never }, parent, self, {}).kind).toBe('ignored');
	});

	it('counts WordPress’s `ready` only with our secret', () => {
		const ready = { message: 'ready', secret: 'abcDEF1234' };
		expect(readIncoming({ data: ready, source: parent as never }, parent, self, { secret: 'abcDEF1234' }).kind).toBe('ready');
		expect(readIncoming({ data: ready, source: parent as never }, parent, self, { secret: 'other' }).kind).toBe('ignored');
		expect(readIncoming({ data: ready, source: parent as never }, parent, self, {}).kind).toBe('ignored');
	});

	it('never throws, whatever arrives', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (data) => {
				expect(['ignored', 'command']).toContain(readIncoming({ data, source: parent as never }, parent, self, {}).kind);
			})
		);
		expect(Command.safeParse(undefined).success).toBe(false);
	});
});
