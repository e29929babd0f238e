// `npm start` serves the default timeline: the same Vite dev server, started here on 127.0.0.1.
import { describe, it, expect } from 'vitest';
import { createServer } from 'vite';
import { launch } from './harness';
import { ROOT } from '../helpers';

describe('development server', () => {
	it('serves the app with the default timeline from data/', async () => {
		const server = await createServer({ root: ROOT, configFile: `${ROOT}/vite.config.ts`, configLoader: 'runner', server: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'silent' });
		await server.listen();
		const url = server.resolvedUrls?.local[0];
		const browser = await launch();
		try {
			expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
			const page = await browser.newPage();
			await page.goto(url!);
			await page.locator('[data-event-id]').first().waitFor({ timeout: 30_000 });
			expect(await page.locator('h1').textContent()).toContain('WhatsApp');
			expect(await page.locator('[data-event-id], [data-cluster]').count()).toBeGreaterThan(10);
			// The embed page and the oEmbed response, answered with the dev server's own address.
			const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
			expect(href).toContain(`${url}oembed/whatsapp-nso-2019.json?url=`);
			const oembed = await (await page.request.get(href!)).json();
			expect(oembed.html).toContain(`${url}embed.html?timeline=whatsapp-nso-2019`);
			await page.goto(`${url}embed.html`);
			await page.getByTestId('embed').waitFor({ timeout: 30_000 });
			expect(await page.locator('[data-event-id], [data-cluster]').count()).toBeGreaterThan(10);
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
