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
		expect(alert).toHaveTextContent('Problems found: 2.');
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
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('The timeline could not be loaded. The server answered 500: the address is wrong, or the file is not there (anymore).');
		expect(screen.getByTestId('error-detail')).toHaveTextContent('The server answered 500 Internal Server Error.');
		await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
		expect(onretry).toHaveBeenCalledOnce();
	});

	it.each([
		[{ kind: 'timeout', seconds: 15, message: 'x' }, 'No answer came within 15 seconds.'],
		[{ kind: 'network', message: 'x' }, 'The request failed: check the connection.'],
		[{ kind: 'too-large', message: 'x' }, 'The file is too large to show.'],
		[{ kind: 'json', message: 'x' }, 'The file is not a timeline in JSON.'],
		[{ kind: 'format', message: 'x' }, 'The file is in no format this app reads.']
	] as const)('names the kind of failure: %o', (error, text) => {
		render(ErrorView, { lang: 'en', error });
		expect(screen.getByRole('alert')).toHaveTextContent(text);
	});

	it('lists the first 200 of many problems and counts the rest', () => {
		const problems = Array.from({ length: 1234 }, (_, i) => ({ path: `events[${i}].start`, message: 'bad date' }));
		render(ErrorView, { lang: 'en', error: { kind: 'invalid', message: 'The timeline has 1234 problems.', problems } });
		expect(screen.getAllByRole('listitem')).toHaveLength(200);
		expect(screen.getByTestId('more-problems')).toHaveTextContent('and 1,034 more problems');
	});

	it('speaks Arabic when the reader does, counting in Arabic digits', () => {
		render(ErrorView, { lang: 'ar', error: { kind: 'invalid', message: 'The timeline has 3 problems.', problems: [1, 2, 3].map((i) => ({ path: `events[${i}]`, message: 'x' })) } });
		expect(screen.getByRole('alert')).toHaveTextContent('تعذّر عرض الخط الزمني');
		expect(screen.getByRole('alert')).toHaveTextContent('عدد المشكلات: ٣.');
		expect(screen.getByRole('alert')).not.toHaveTextContent('The timeline has');
	});
});
