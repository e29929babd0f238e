// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ROOT } from '../helpers';

const SOURCE = readFileSync(join(ROOT, 'public/embed.js'), 'utf8');
/** Where embed.js and the embed are served from; the test page itself is on location.origin. */
const EMBED = 'https://embed.example';
const EMBED_SRC = `${EMBED}/timeline/embed.html?timeline=whatsapp-nso-2019`;

type Api = { version: number; send: (iframe: HTMLIFrameElement, command: object) => boolean };
const host = window as Window & { IncidentTimeline?: Api };

let addListener: MockInstance<typeof window.addEventListener>;

/** Runs public/embed.js as if from `<script src={scriptSrc}>`; null means document.currentScript is null. */
function load(scriptSrc: string | null = `${EMBED}/timeline/embed.js`) {
	const script = scriptSrc === null ? null : Object.assign(document.createElement('script'), { src: scriptSrc });
	const currentScript = vi.spyOn(document, 'currentScript', 'get').mockReturnValue(script);
	new Function(SOURCE)();
	currentScript.mockRestore();
}

/** Adds the published snippet (wrapper + iframe reserving 612 px) and returns its iframe. */
function embed({ src = EMBED_SRC, sandbox }: { src?: string; sandbox?: string } = {}) {
	const wrapper = document.createElement('div');
	wrapper.className = 'incident-timeline-embed';
	wrapper.style.minHeight = '612px';
	const iframe = document.createElement('iframe');
	iframe.src = src;
	iframe.setAttribute('height', '612');
	iframe.style.height = '612px';
	if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
	wrapper.append(iframe);
	document.body.append(wrapper);
	return iframe;
}

function post(data: unknown, source: MessageEventSource | null, origin = EMBED) {
	window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

const resizeMessage = (height: unknown) => ({ type: 'incident-timeline:resize', v: 1, height });

/** The three heights the loader may write: iframe style, iframe attribute, wrapper min-height. */
const heights = (iframe: HTMLIFrameElement) => [iframe.style.height, iframe.getAttribute('height'), iframe.parentElement?.style.minHeight];
const UNCHANGED = ['612px', '612', '612px'];

beforeEach(() => {
	addListener = vi.spyOn(window, 'addEventListener');
});

afterEach(() => {
	for (const [type, listener] of addListener.mock.calls) if (listener) window.removeEventListener(type, listener);
	vi.restoreAllMocks();
	delete host.IncidentTimeline;
	document.body.replaceChildren();
});

describe('embed.js resize messages', () => {
	it('resizes only the iframe whose window sent the message, with its wrapper', () => {
		load();
		const first = embed();
		const second = embed();
		post(resizeMessage(900), second.contentWindow);
		expect(heights(second)).toEqual(['900px', '900', '900px']);
		expect(heights(first)).toEqual(UNCHANGED);
	});

	it('finds iframes added after the script ran', () => {
		load();
		const late = embed();
		post(resizeMessage(700), late.contentWindow);
		expect(heights(late)).toEqual(['700px', '700', '700px']);
	});

	it.each([
		[40, '120'],
		[0, '120'],
		[500.2, '501'],
		[10000, '10000']
	])('sets a reported height of %s px as %s px (at least 120, rounded up)', (height, expected) => {
		load();
		const iframe = embed();
		post(resizeMessage(height), iframe.contentWindow);
		expect(heights(iframe)).toEqual([`${expected}px`, expected, `${expected}px`]);
	});

	it('resizes nothing when its own origin is opaque, as when opened from a file', () => {
		load('file:///home/reporter/embed.js');
		const iframe = embed({ src: 'file:///home/reporter/embed.html' });
		post(resizeMessage(900), iframe.contentWindow, 'null');
		expect(heights(iframe)).toEqual(UNCHANGED);
	});

	it('leaves a parent that is not the snippet wrapper alone', () => {
		load();
		const iframe = embed();
		const parent = iframe.parentElement!;
		parent.className = 'article-body';
		post(resizeMessage(800), iframe.contentWindow);
		expect(heights(iframe)).toEqual(['800px', '800', '612px']);
	});

	it('writes nothing to the DOM when the height is unchanged', () => {
		load();
		const iframe = embed();
		post(resizeMessage(800), iframe.contentWindow);
		const observer = new MutationObserver(() => {});
		observer.observe(document.body, { attributes: true, subtree: true });
		post(resizeMessage(800), iframe.contentWindow);
		post(resizeMessage(799.5), iframe.contentWindow);
		expect(observer.takeRecords()).toEqual([]);
		observer.disconnect();
	});

	it.each<[string, unknown]>([
		['a numeric string height', resizeMessage('500')],
		['a NaN height', resizeMessage(NaN)],
		['an infinite height', resizeMessage(Infinity)],
		['a negative height', resizeMessage(-5)],
		['a height above 10000', resizeMessage(10001)],
		['a missing height', { type: 'incident-timeline:resize', v: 1 }],
		['a missing type', { v: 1, height: 500 }],
		['another type', { type: 'incident-timeline:resized', v: 1, height: 500 }],
		['another version', { type: 'incident-timeline:resize', v: 2, height: 500 }],
		['a version as a string', { type: 'incident-timeline:resize', v: '1', height: 500 }],
		['a Pym height string', 'pymxPYMxg1xPYMxheightxPYMx500'],
		['a JSON string', JSON.stringify(resizeMessage(500))],
		['null', null],
		['an array carrying the resize fields', Object.assign([500], resizeMessage(500))],
		['the AMP resize object', { sentinel: 'amp', type: 'embed-size', height: 500 }],
		['the Datawrapper resize object', { 'datawrapper-height': { x: 500 } }]
	])('ignores %s', (_, data) => {
		load();
		const iframe = embed();
		post(data, iframe.contentWindow);
		expect(heights(iframe)).toEqual(UNCHANGED);
	});

	it.each<[string, () => MessageEventSource | null]>([
		['the host window', () => window],
		['no window', () => null],
		['an iframe that is not an embed', () => embed({ src: 'https://ads.example/slot.html' }).contentWindow]
	])('ignores a message sent from %s', (_, source) => {
		load();
		const iframe = embed();
		post(resizeMessage(900), source());
		expect(heights(iframe)).toEqual(UNCHANGED);
	});

	it.each([['http://localhost:3000'], ['https://embed.example.evil.test'], ['http://embed.example'], ['null']])(
		'ignores a message from origin %s',
		(origin) => {
			load();
			const iframe = embed();
			post(resizeMessage(900), iframe.contentWindow, origin);
			expect(heights(iframe)).toEqual(UNCHANGED);
		}
	);

	it.each([[EMBED], ['https://other.example']])('ignores an iframe on another origin, whatever origin (%s) the message claims', (origin) => {
		load();
		const iframe = embed({ src: 'https://other.example/timeline/embed.html' });
		post(resizeMessage(900), iframe.contentWindow, origin);
		expect(heights(iframe)).toEqual(UNCHANGED);
	});

	it.each<[string, string, boolean]>([
		['allow-scripts', 'null', true],
		['allow-scripts', EMBED, false],
		['allow-scripts allow-popups', 'null', true],
		['allow-scripts allow-same-origin', EMBED, true],
		['allow-scripts allow-same-origin', 'null', false],
		['ALLOW-SCRIPTS  Allow-Same-Origin', EMBED, true]
	])('for an iframe sandboxed with "%s", a message from origin %s resizes: %s', (sandbox, origin, resized) => {
		load();
		const iframe = embed({ sandbox });
		post(resizeMessage(900), iframe.contentWindow, origin);
		expect(heights(iframe)).toEqual(resized ? ['900px', '900', '900px'] : UNCHANGED);
	});

	it('never navigates on a message', () => {
		load();
		const iframe = embed();
		const open = vi.spyOn(window, 'open').mockReturnValue(null);
		const href = location.href;
		post({ type: 'incident-timeline:navigate', v: 1, url: 'javascript:alert(1)' }, iframe.contentWindow);
		post({ ...resizeMessage(900), url: 'https://evil.test/' }, iframe.contentWindow);
		expect(location.href).toBe(href);
		expect(open).not.toHaveBeenCalled();
		expect(heights(iframe)).toEqual(['900px', '900', '900px']);
	});
});

describe('embed.js installation', () => {
	it('takes the embed origin from its own script URL', () => {
		load('https://cdn.example/v1/embed.js');
		const iframe = embed({ src: 'https://cdn.example/v1/embed.html' });
		post(resizeMessage(900), iframe.contentWindow, 'https://cdn.example');
		expect(heights(iframe)).toEqual(['900px', '900', '900px']);
	});

	it('falls back to the page origin when document.currentScript is unavailable', () => {
		load(null);
		const onPage = embed({ src: `${location.origin}/embed.html` });
		const elsewhere = embed();
		post(resizeMessage(900), onPage.contentWindow, location.origin);
		post(resizeMessage(900), elsewhere.contentWindow, EMBED);
		expect(heights(onPage)).toEqual(['900px', '900', '900px']);
		expect(heights(elsewhere)).toEqual(UNCHANGED);
	});

	it('installs one listener and one API when the snippet is loaded twice', () => {
		load();
		const api = host.IncidentTimeline;
		load();
		expect(addListener.mock.calls.filter(([type]) => type === 'message')).toHaveLength(1);
		expect(host.IncidentTimeline).toBe(api);
		expect(api?.version).toBe(1);
	});
});

describe('IncidentTimeline.send', () => {
	const GOTO = { type: 'incident-timeline:goto', event: 'ft-report' };

	it('posts a command to the embed window, targeted at the embed origin', () => {
		load();
		const iframe = embed();
		const postMessage = vi.spyOn(iframe.contentWindow!, 'postMessage').mockImplementation(() => {});
		expect(host.IncidentTimeline?.send(iframe, GOTO)).toBe(true);
		expect(postMessage).toHaveBeenCalledExactlyOnceWith(GOTO, EMBED);
	});

	it.each<[string, string]>([
		['allow-scripts', '*'],
		['allow-scripts allow-same-origin', EMBED]
	])('targets an iframe sandboxed with "%s" at %s', (sandbox, targetOrigin) => {
		load();
		const iframe = embed({ sandbox });
		const postMessage = vi.spyOn(iframe.contentWindow!, 'postMessage').mockImplementation(() => {});
		const range = { type: 'incident-timeline:range', start: '2019-05-10', end: '2019-05-15' };
		expect(host.IncidentTimeline?.send(iframe, range)).toBe(true);
		expect(postMessage).toHaveBeenCalledExactlyOnceWith(range, targetOrigin);
	});

	it('refuses an iframe on another origin', () => {
		load();
		const iframe = embed({ src: 'https://other.example/timeline/embed.html' });
		const postMessage = vi.spyOn(iframe.contentWindow!, 'postMessage');
		expect(host.IncidentTimeline?.send(iframe, GOTO)).toBe(false);
		expect(postMessage).not.toHaveBeenCalled();
	});

	it('refuses commands that are not plain objects, and iframes without a window', () => {
		load();
		const iframe = embed();
		const postMessage = vi.spyOn(iframe.contentWindow!, 'postMessage');
		const send = host.IncidentTimeline!.send;
		expect(send(iframe, ['incident-timeline:lang', 'ar'])).toBe(false);
		expect(send(iframe, 'incident-timeline:lang' as unknown as object)).toBe(false);
		expect(send(document.createElement('iframe'), GOTO)).toBe(false);
		expect(postMessage).not.toHaveBeenCalled();
	});
});
