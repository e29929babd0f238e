import { describe, it, expect, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ErrorView from '../../src/lib/explore/ErrorView.svelte';

describe('ErrorView', () => {
	it('lists every validation problem with the event id and the field', () => {
		render(ErrorView, {
			lang: 'en',
			error: {
				kind: 'invalid',
				message: 'The timeline has 2 problems.',
				problems: [
					{ path: 'events[0].sources[0].url', itemId: 'ft-report', field: 'url', message: 'only https: and http: links are allowed, not javascript:' },
					{ path: 'events[4].end', itemId: 'lawsuit', field: 'end', message: 'end 2019-01-01 is before start 2019-10-29' }
				]
			}
		});
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('The timeline could not be shown');
		expect(alert).toHaveTextContent('The timeline has 2 problems.');
		const items = screen.getAllByRole('listitem');
		expect(items).toHaveLength(2);
		expect(items[0]).toHaveTextContent('event ft-report');
		expect(items[0]).toHaveTextContent('field url');
		expect(items[0]).toHaveTextContent('only https: and http: links are allowed, not javascript:');
		expect(items[1]).toHaveTextContent('event lawsuit');
		expect(items[1]).toHaveTextContent('events[4].end');
	});

	it('explains a failed fetch and retries on request', async () => {
		const onretry = vi.fn();
		render(ErrorView, { lang: 'en', onretry, error: { kind: 'http', status: 500, message: 'The server answered 500 Internal Server Error.' } });
		expect(screen.getByRole('alert')).toHaveTextContent('The timeline could not be loaded. The server answered 500 Internal Server Error.');
		await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
		expect(onretry).toHaveBeenCalledOnce();
	});

	it('speaks Arabic when the reader does', () => {
		render(ErrorView, { lang: 'ar', error: { kind: 'network', message: 'x' } });
		expect(screen.getByRole('alert')).toHaveTextContent('تعذّر عرض الخط الزمني');
	});
});
