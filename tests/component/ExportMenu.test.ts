// The export menu while a file is made (ExportMenu.svelte): it says so, and a frame shows it before the page is held.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import ExportMenu from '../../src/lib/explore/ExportMenu.svelte';
import { toItems } from '../../src/lib/model/items';
import type { Timeline } from '../../src/lib/model/schema';
import { mini } from '../helpers';

/** The files asked of the exporter, in order. */
const made: string[] = [];
vi.mock('../../src/lib/export/exporter', () => ({ exportView: async (kind: string) => (made.push(kind), `file.${kind}`) }));

/** Frames asked for and not yet drawn: this test draws them. */
let frames: FrameRequestCallback[] = [];
const draw = () => frames.splice(0).forEach((frame) => frame(performance.now()));
/** Lets every task and microtask queued so far run (the export code's `import()` among them). */
const settle = () => new Promise((done) => setTimeout(done, 20));

beforeEach(() => {
	made.length = 0;
	frames = [];
	vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
});
afterEach(() => vi.unstubAllGlobals());

function menu(lang = 'en') {
	const timeline = mini() as Timeline;
	render(ExportMenu, { timeline, items: toItems(timeline), lang, zone: 'UTC', range: [0, 1], hasChart: true });
	return {
		status: () => screen.getByTestId('export-status').textContent,
		button: (kind: string) => document.querySelector<HTMLButtonElement>(`[data-export="${kind}"]`)!
	};
}

describe('ExportMenu: making a file', () => {
	it('says it is preparing the file, and makes it only after a frame has shown that', async () => {
		const m = menu();
		await fireEvent.click(m.button('csv'));
		await settle();
		// The export code has arrived, but no frame has been drawn: nothing is made yet.
		expect(made).toEqual([]);
		expect(m.status()).toBe('Preparing the file…');
		expect(m.button('json').disabled).toBe(true);
		draw();
		await settle();
		expect(made).toEqual(['csv']);
		expect(m.status()).toBe('Saved file.csv');
		expect(m.button('json').disabled).toBe(false);
	});

	it('says it in Arabic too', async () => {
		const m = menu('ar');
		await fireEvent.click(m.button('json'));
		await settle();
		expect(m.status()).toBe('جارٍ إعداد الملف…');
		draw();
		await settle();
		expect(made).toEqual(['json']);
		expect(m.status()).toBe('حُفظ file.json');
	});
});
