// A lazily loaded dialog does not open after the reader gave up on it while its code was loading.
import { describe, it, expect } from 'vitest';
import { watchGivingUp } from '../../src/lib/explore/pending';

function setup() {
	document.body.innerHTML = '<button id="trigger"><span id="inner">Embed</span></button><button id="other">Other</button>';
	return { trigger: document.getElementById('trigger')!, inner: document.getElementById('inner')!, other: document.getElementById('other')! };
}
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
const press = (el: Element) => el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));

describe('watchGivingUp', () => {
	it('is not giving up when nothing happens, other keys are pressed, or the button itself is pressed again', () => {
		const { trigger, inner } = setup();
		const stop = watchGivingUp(trigger);
		key(trigger, 'Enter');
		key(document.body, 'a');
		press(trigger);
		press(inner);
		expect(stop()).toBe(false);
	});

	it('is giving up on Escape anywhere, or a press anywhere else on the page', () => {
		const { trigger, other } = setup();
		const escaped = watchGivingUp(trigger);
		key(document.body, 'Escape');
		expect(escaped()).toBe(true);
		const elsewhere = watchGivingUp(trigger);
		press(other);
		expect(elsewhere()).toBe(true);
		const onBody = watchGivingUp(trigger);
		press(document.body);
		expect(onBody()).toBe(true);
	});

	it('stops listening when stopped: what comes after is not counted, and nothing is left on the window', () => {
		const { trigger, other } = setup();
		const added: string[] = [];
		const removed: string[] = [];
		const target = {
			addEventListener: (type: string, fn: EventListener, capture: boolean) => (added.push(`${type}:${capture}`), window.addEventListener(type, fn, capture)),
			removeEventListener: (type: string, fn: EventListener, capture: boolean) => (removed.push(`${type}:${capture}`), window.removeEventListener(type, fn, capture))
		} as unknown as Window;
		const stop = watchGivingUp(trigger, target);
		expect(stop()).toBe(false);
		key(document.body, 'Escape');
		press(other);
		expect(stop()).toBe(false);
		expect(removed.slice(0, 2).sort()).toEqual([...added].sort());
	});
});
