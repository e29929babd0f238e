// A word of en-more.ts asked for before it came is drawn empty, then redrawn when it comes (i18n/messages.ts). Each
// test file has its own modules, so nothing here has loaded en-more.ts before the component draws.
import { describe, it, expect } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import MoreWord from './harness/MoreWord.svelte';

describe('a word that comes later', () => {
	it('is drawn when en-more.ts arrives', async () => {
		render(MoreWord);
		expect(screen.getByTestId('word').textContent).toBe('');
		await waitFor(() => expect(screen.getByTestId('word').textContent).toBe('Embed this view'));
	});
});
