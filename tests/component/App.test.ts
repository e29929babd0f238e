import { describe, it, expect } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import App from '../../src/App.svelte';
import { parseUrlState } from '../../src/lib/state/url';
import { mini } from '../helpers';

const initial = parseUrlState('');

describe('App', () => {
	it('shows a visible loading state while the timeline is fetched', () => {
		const pending = (() => new Promise<Response>(() => {})) as typeof fetch;
		render(App, { initial, fetcher: pending });
		expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline…');
	});

	it('asks for the default timeline relative to the page, so it works under any sub-path', () => {
		const asked: string[] = [];
		const fetcher = ((url: string) => {
			asked.push(url);
			return new Promise<Response>(() => {});
		}) as typeof fetch;
		render(App, { initial: parseUrlState('?timeline=../../etc/passwd'), fetcher });
		expect(asked).toEqual(['data/whatsapp-nso-2019.json']);
	});

	it('replaces the loading state with the problems of an invalid timeline', async () => {
		const t = mini();
		t.events[1].category = 'nowhere';
		const fetcher = (async () => new Response(JSON.stringify(t))) as typeof fetch;
		render(App, { initial, fetcher });
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent('event early');
		expect(alert).toHaveTextContent('field category');
		expect(screen.queryByRole('status')).toBeNull();
	});

	it('reads the first span to show from the URL, ignoring one that ends before it starts', () => {
		expect(parseUrlState('?start=2019-05-10&end=2019-05-14').range).toEqual([Date.parse('2019-05-10Z'), Date.parse('2019-05-15Z')]);
		expect(parseUrlState('?start=2019-05-14&end=2019-05-10').range).toBeUndefined();
		expect(parseUrlState('?start=2019-02-30&end=2019-05-10').range).toBeUndefined();
	});
});
