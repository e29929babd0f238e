// A toolbar menu whose panel's code loads when it first opens (Disclosure.svelte, LazyPart.svelte, lazy.ts).
import { describe, it, expect } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet, type Snippet } from 'svelte';
import Disclosure from '../../src/lib/explore/Disclosure.svelte';
import { lazy } from '../../src/lib/explore/lazy';
import { en } from '../../src/lib/i18n/en';
import { ar } from '../../src/lib/i18n/ar';

type Part = { words: string };
const panel = createRawSnippet((part: () => Part) => ({ render: () => `<p data-testid="words">${part().words}</p>` }));

/** A menu whose panel code answers from `answers`, one per request (an Error fails the request). */
function menu(answers: (Part | Error)[], lang = 'en') {
	let asked = 0;
	const load = lazy(async () => {
		const answer = answers[asked++];
		if (answer instanceof Error) throw answer;
		return answer;
	});
	// A generic component's type parameter is not inferred from render()'s props.
	render(Disclosure, { summary: 'Display', testid: 'display', lang, load, panel: panel as Snippet<[unknown]> });
	const summary = screen.getByText('Display');
	// A click alone (a tap, or a script), without the pointer first coming over the button.
	// The details element reports the change with a `toggle` event in a task of its own.
	const toggle = async () => {
		await fireEvent.click(summary);
		await new Promise((r) => setTimeout(r));
	};
	return { asked: () => asked, summary, toggle };
}

describe('Disclosure: a panel whose code loads when it first opens', () => {
	it('loads nothing while closed and untouched, and shows the panel once it opens', async () => {
		const m = menu([{ words: 'the options' }]);
		expect(m.asked()).toBe(0);
		expect(screen.queryByTestId('words')).toBeNull();
		await m.toggle();
		expect((await screen.findByTestId('words')).textContent).toBe('the options');
		expect(m.asked()).toBe(1);
	});

	it('asks for the code when the pointer or the focus comes to its button, and once only', async () => {
		const m = menu([{ words: 'the options' }]);
		await fireEvent.pointerEnter(screen.getByTestId('display'));
		expect(m.asked()).toBe(1);
		m.summary.focus();
		await userEvent.click(m.summary);
		await screen.findByTestId('words');
		await m.toggle();
		expect(screen.queryByTestId('words')).toBeNull();
		await m.toggle();
		await screen.findByTestId('words');
		expect(m.asked()).toBe(1);
	});

	it('says so when the code cannot be loaded, in the page’s language, and tries again when reopened', async () => {
		const m = menu([new Error('offline'), { words: 'the options' }], 'ar');
		await m.toggle();
		expect((await screen.findByRole('alert')).textContent).toBe(ar.partFailed);
		expect(ar.partFailed).not.toBe(en.partFailed);
		await m.toggle();
		await m.toggle();
		expect((await screen.findByTestId('words')).textContent).toBe('the options');
		expect(screen.queryByRole('alert')).toBeNull();
		expect(m.asked()).toBe(2);
	});
});

describe('Disclosure: a failed early request', () => {
	it('is asked again when the panel opens', async () => {
		const m = menu([new Error('offline'), { words: 'the options' }]);
		await fireEvent.pointerEnter(screen.getByTestId('display'));
		await new Promise((r) => setTimeout(r));
		expect(m.asked()).toBe(1);
		await m.toggle();
		expect((await screen.findByTestId('words')).textContent).toBe('the options');
		expect(m.asked()).toBe(2);
	});
});

describe('Disclosure: while the code is on its way', () => {
	it('says "Loading…" in the page’s language, then shows the panel', async () => {
		let arrive!: (part: Part) => void;
		const load = lazy(() => new Promise<Part>((r) => (arrive = r)));
		render(Disclosure, { summary: 'Display', testid: 'display', lang: 'ar', load, panel: panel as Snippet<[unknown]> });
		await fireEvent.click(screen.getByText('Display'));
		expect((await screen.findByTestId('part-loading')).textContent).toBe(ar.partLoading);
		expect(ar.partLoading).not.toBe(en.partLoading);
		arrive({ words: 'the options' });
		expect((await screen.findByTestId('words')).textContent).toBe('the options');
		expect(screen.queryByTestId('part-loading')).toBeNull();
	});
});
