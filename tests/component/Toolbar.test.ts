import { describe, it, expect } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Toolbar from '../../src/lib/explore/Toolbar.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { ZoomController } from '../../src/lib/chart/zoom.svelte';
import { mini } from '../helpers';
import type { Timeline } from '../../src/lib/model/schema';

const withLanguages = (languages: string[]) => ({ ...mini(), languages }) as Timeline;
const props = (timeline: Timeline, view = new ViewState({ lang: timeline.languages[0] })) => ({ timeline, view, zoom: new ZoomController(), fold: false, narrow: false });

describe('Toolbar: the language choice', () => {
	it('offers two or three languages as radio buttons', () => {
		render(Toolbar, props(withLanguages(['en', 'ar'])));
		expect(screen.getAllByRole('radio', { name: /English|العربية/ })).toHaveLength(2);
		expect(screen.queryByTestId('language')).toBeNull();
	});

	it('offers many languages as one list, and choosing one switches the view', async () => {
		const languages = ['en', 'ar', 'fr', 'de', ...Array.from({ length: 996 }, (_, i) => `x${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`)];
		const view = new ViewState({ lang: 'en' });
		render(Toolbar, props(withLanguages(languages), view));
		const list = screen.getByRole('combobox', { name: 'Language' });
		expect(list.querySelectorAll('option')).toHaveLength(1000);
		expect(screen.queryAllByRole('radio', { name: /English|العربية|^fr$/ })).toHaveLength(0);
		await userEvent.selectOptions(list, 'fr');
		expect(view.lang).toBe('fr');
	});
});
