// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { presenterAction, allowedDuringBlackout, PRESENTER_KEYS, isTyping } from '../../src/lib/present/keys';
import { stepFromHash, hashFor, stepSpan, clampStep, type Step } from '../../src/lib/present/steps';
import { StorySync, readSyncMessage, type ChannelLike } from '../../src/lib/present/sync';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
	presenterAction({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, target: document.body, ...mods } as KeyboardEvent)?.kind;

describe('presenterAction', () => {
	it.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		[' ', 'next'],
		['PageDown', 'next'],
		['n', 'next'],
		['N', 'next'],
		['ArrowLeft', 'previous'],
		['ArrowUp', 'previous'],
		['PageUp', 'previous'],
		['p', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		['f', 'fullscreen'],
		['b', 'blackout'],
		['.', 'blackout'],
		['s', 'speaker'],
		['g', 'goto'],
		['?', 'help'],
		['Escape', 'escape']
	])('%s → %s', (k, action) => {
		expect(key(k)).toBe(action);
	});

	it('Shift+Space goes back; other keys and chords do nothing', () => {
		expect(key(' ', { shiftKey: true })).toBe('previous');
		expect(key('?', { shiftKey: true })).toBe('help');
		expect(key('x')).toBeUndefined();
		expect(key('Tab')).toBeUndefined();
		expect(key('n', { ctrlKey: true })).toBeUndefined();
		expect(key('ArrowRight', { altKey: true })).toBeUndefined();
		expect(key('f', { metaKey: true })).toBeUndefined();
	});

	it('on a mirrored axis ← goes forward and → back; clicker keys are unchanged', () => {
		const mirrored = (k: string) => presenterAction({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, target: document.body as EventTarget }, true)?.kind;
		expect(mirrored('ArrowLeft')).toBe('next');
		expect(mirrored('ArrowRight')).toBe('previous');
		expect(mirrored('PageDown')).toBe('next');
		expect(mirrored('ArrowDown')).toBe('next');
	});

	it('never takes keys typed into a field', () => {
		const input = document.createElement('input');
		const editable = document.createElement('div');
		editable.setAttribute('contenteditable', 'true');
		document.body.append(input, editable);
		expect(key('n', { target: input })).toBeUndefined();
		expect(key(' ', { target: input })).toBeUndefined();
		expect(isTyping(editable)).toBe(true);
		expect(isTyping(document.body)).toBe(false);
		input.remove();
		editable.remove();
	});

	it('lists every action once for the help dialog, and only blackout and escape act during a blackout', () => {
		const actions = PRESENTER_KEYS.map((k) => k.action);
		expect(new Set(actions).size).toBe(actions.length);
		expect(actions).toHaveLength(10);
		expect(allowedDuringBlackout({ kind: 'blackout' })).toBe(true);
		expect(allowedDuringBlackout({ kind: 'escape' })).toBe(true);
		expect(allowedDuringBlackout({ kind: 'next' })).toBe(false);
	});
});

describe('steps', () => {
	const step = (id: string, start = '2019-05-13', end = '2019-05-14'): Step => ({ id, title: 'T', range: { start, end }, events: [] });
	const steps = [step('a'), step('b'), step('c')];

	it('reads #step-<id> and the 1-based alias #step=N', () => {
		expect(stepFromHash('#step-b', steps)).toBe(1);
		expect(stepFromHash('#step=3', steps)).toBe(2);
		expect(stepFromHash('#step=1', steps)).toBe(0);
	});

	it('ignores unknown ids, out-of-range numbers and other hashes', () => {
		for (const h of ['', '#', '#step-z', '#step=0', '#step=4', '#step=-1', '#step=1x', '#/b', '#?secret=abc']) expect(stepFromHash(h, steps), h).toBeUndefined();
	});

	it('writes #step-<id>, and a step shows its whole days', () => {
		expect(hashFor(steps[1])).toBe('#step-b');
		expect(stepSpan(step('x', '2019-05-13', '2019-05-14'))).toEqual([Date.UTC(2019, 4, 13), Date.UTC(2019, 4, 15)]);
		expect(stepSpan(step('x', '2019-05', '2019-06'))).toEqual([Date.UTC(2019, 4, 1), Date.UTC(2019, 6, 1)]);
		expect(stepSpan(step('x', '2019-05-13T06:00Z', '2019-05-13T18:30Z'))).toEqual([Date.UTC(2019, 4, 13, 6), Date.UTC(2019, 4, 13, 18, 30)]);
	});

	it('never wraps', () => {
		expect(clampStep(-1, 3)).toBe(0);
		expect(clampStep(3, 3)).toBe(2);
		expect(clampStep(1, 3)).toBe(1);
	});
});

/** Channels of one name that deliver to each other (not to themselves), like BroadcastChannel. */
function bus() {
	const members = new Set<ChannelLike>();
	return (): ChannelLike => {
		const channel: ChannelLike = {
			onmessage: null,
			postMessage(message) {
				for (const m of members) if (m !== channel) m.onmessage?.({ data: structuredClone(message) } as MessageEvent);
			},
			close() {
				members.delete(channel);
			}
		};
		members.add(channel);
		return channel;
	};
}

describe('StorySync', () => {
	function window(open: () => ChannelLike, role: 'presenter' | 'speaker', start: number) {
		const w = { index: start, sync: undefined as unknown as StorySync };
		w.sync = new StorySync('x', role, () => w.index, (i) => (w.index = i), open);
		return w;
	}

	it('a speaker window that opens takes the presenter’s step', () => {
		const open = bus();
		const presenter = window(open, 'presenter', 4);
		const speaker = window(open, 'speaker', 0);
		expect(speaker.index).toBe(4);
		expect(presenter.index).toBe(4);
	});

	it('either window steps the other (an echo would loop forever here)', () => {
		const open = bus();
		const presenter = window(open, 'presenter', 1);
		const speaker = window(open, 'speaker', 0);
		presenter.index = 2;
		presenter.sync.send(2);
		expect(speaker.index).toBe(2);
		speaker.index = 3;
		speaker.sync.send(3);
		expect(presenter.index).toBe(3);
	});

	it('a reloaded presenter keeps its own step and brings the speaker to it', () => {
		const open = bus();
		const presenter = window(open, 'presenter', 2);
		const speaker = window(open, 'speaker', 0);
		presenter.sync.close();
		const reloaded = window(open, 'presenter', 5);
		expect(reloaded.index).toBe(5);
		expect(speaker.index).toBe(5);
	});

	it('works alone when there is no channel, and drops foreign messages', () => {
		const lone = new StorySync('x', 'presenter', () => 0, () => {}, () => null);
		expect(lone.connected).toBe(false);
		expect(() => lone.send(1)).not.toThrow();
		expect(readSyncMessage({ kind: 'step', index: -1, from: 'a' })).toBeUndefined();
		expect(readSyncMessage({ kind: 'step', index: 1.5, from: 'a' })).toBeUndefined();
		expect(readSyncMessage({ kind: 'hello', from: 'a', role: 'admin' })).toBeUndefined();
		expect(readSyncMessage('step')).toBeUndefined();
		expect(readSyncMessage({ kind: 'step', index: 2, from: 'a' })).toEqual({ kind: 'step', index: 2, from: 'a' });
	});
});
