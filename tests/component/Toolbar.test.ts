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

describe('Toolbar: the controls show the view, and set it', () => {
	const radio = (name: string, value: string) => document.querySelector(`input[name="${name}"][value="${value}"]`) as HTMLInputElement;
	/** Opens the Display panel and waits for its code (DisplayOptions.svelte, loaded when the panel first opens). */
	const openDisplay = async () => {
		expect(screen.queryByTestId('theme')).toBeNull();
		await userEvent.click(screen.getByText('Display'));
		await screen.findByTestId('theme');
	};
	// The controls use `checked` and `selected`, not `bind:` (see Toolbar.svelte): both directions are checked here.
	it('follow a view changed elsewhere (the history, a link)', async () => {
		const view = new ViewState({ lang: 'en' });
		render(Toolbar, props(withLanguages(['en', 'ar']), view));
		await openDisplay();
		const select = (id: string) => screen.getByTestId(id) as HTMLSelectElement;
		expect([select('zone').value, select('theme').value, select('numerals').value, select('calendar').value]).toEqual(['utc', 'auto', '', '']);
		expect(radio('lang', 'en').checked).toBe(true);
		Object.assign(view, { zone: 'source', theme: 'dark', numerals: 'arab', calendar: 'islamic-umalqura', lang: 'ar', laneMode: 'category' });
		await new Promise((r) => setTimeout(r));
		expect([select('zone').value, select('theme').value, select('numerals').value, select('calendar').value]).toEqual(['source', 'dark', 'arab', 'islamic-umalqura']);
		expect(radio('lang', 'ar').checked).toBe(true);
		expect(radio('lanes', 'category').checked).toBe(true);
		expect(radio('lanes', 'actor').checked).toBe(false);
		Object.assign(view, { numerals: undefined, calendar: undefined });
		await new Promise((r) => setTimeout(r));
		expect([select('numerals').value, select('calendar').value]).toEqual(['', '']);
	});

	it('set the view and commit each choice once, the defaults as undefined', async () => {
		const view = new ViewState({ lang: 'en', numerals: 'latn', calendar: 'islamic-umalqura' });
		let commits = 0;
		render(Toolbar, { ...props(withLanguages(['en', 'ar']), view), oncommit: () => commits++ });
		await openDisplay();
		await userEvent.selectOptions(screen.getByTestId('zone'), 'local');
		await userEvent.selectOptions(screen.getByTestId('theme'), 'contrast');
		await userEvent.selectOptions(screen.getByTestId('numerals'), '');
		await userEvent.selectOptions(screen.getByTestId('calendar'), '');
		await userEvent.click(radio('lanes', 'category'));
		await userEvent.click(radio('lang', 'ar'));
		await userEvent.click(screen.getByTestId('fold'));
		await userEvent.click(screen.getByTestId('axis-rtl'));
		expect([view.zone, view.theme, view.numerals, view.calendar, view.lang, view.laneMode, view.fold, view.axis]).toEqual(['local', 'contrast', undefined, undefined, 'ar', 'category', true, 'rtl']);
		expect(commits).toBe(8);
	});
});
