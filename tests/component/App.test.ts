import { describe, it, expect } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import App from '../../src/App.svelte';
import { readConfig } from '../../src/lib/config';
import { mini } from '../helpers';

const config = readConfig('');

describe('App', () => {
	it('shows a visible loading state while the timeline is fetched', () => {
		const pending = (() => new Promise<Response>(() => {})) as typeof fetch;
		render(App, { config, fetcher: pending });
		expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline…');
	});

	it('asks for the default timeline relative to the page, so it works under any sub-path', () => {
		expect(config.timelineUrl).toBe('data/whatsapp-nso-2019.json');
		expect(readConfig('?timeline=../../etc/passwd').timelineUrl).toBe('data/whatsapp-nso-2019.json');
		expect(readConfig('?timeline=other-case').timelineUrl).toBe('data/other-case.json');
	});

	it('replaces the loading state with the problems of an invalid timeline', async () => {
		const t = mini();
		t.events[1].category = 'nowhere';
		const fetcher = (async () => new Response(JSON.stringify(t))) as typeof fetch;
		render(App, { config, fetcher });
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent('event early');
		expect(alert).toHaveTextContent('field category');
		expect(screen.queryByRole('status')).toBeNull();
	});

	it('reads the first span to show from the URL, ignoring one that ends before it starts', () => {
		expect(readConfig('?start=2019-05-10&end=2019-05-14').range).toEqual([Date.parse('2019-05-10Z'), Date.parse('2019-05-15Z')]);
		expect(readConfig('?start=2019-05-14&end=2019-05-10').range).toBeUndefined();
		expect(readConfig('?start=2019-02-30&end=2019-05-10').range).toBeUndefined();
	});
});
