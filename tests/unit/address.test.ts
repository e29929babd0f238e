import { describe, it, expect, beforeEach } from 'vitest';
import { addressedFile, preloadAddressed, timelineFile, sourceAddress, timelineParam } from '../../src/lib/model/address';
import { parseUrlState } from '../../src/lib/state/url';
import { DEFAULT_TIMELINE } from '../../src/lib/config';

const links = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];

beforeEach(() => {
	document.head.replaceChildren();
	document.body.replaceChildren();
});

describe('the file an address names', () => {
	it.each([
		['', `data/${DEFAULT_TIMELINE}.json`],
		['?timeline=other-one', 'data/other-one.json'],
		['?timeline=Bad_Id', `data/${DEFAULT_TIMELINE}.json`],
		['?timeline=../secret', `data/${DEFAULT_TIMELINE}.json`],
		['?src=data/x.json', 'data/x.json'],
		['?src=https://example.org/t.json&timeline=other', 'https://example.org/t.json'],
		['?src=javascript:alert(1)&timeline=other', 'data/other.json'],
		['?src=data:application/json,{}', `data/${DEFAULT_TIMELINE}.json`],
		['?src=%20', `data/${DEFAULT_TIMELINE}.json`]
	])('%s → %s, the same file as the app asks for', (search, file) => {
		expect(addressedFile(search, document)).toBe(file);
		// The app reads the address with parseUrlState and asks for timelineFile of it: the two must agree.
		expect(timelineFile(parseUrlState(search))).toBe(file);
	});

	it('reads ids and sources as the URL state does', () => {
		expect(timelineParam('a'.repeat(80))).toBe('a'.repeat(80));
		expect(timelineParam('a'.repeat(81))).toBeUndefined();
		expect(timelineParam(null)).toBeUndefined();
		expect(sourceAddress('x'.repeat(2001))).toBeUndefined();
		expect(sourceAddress('http://example.org/t.json')).toBe('http://example.org/t.json');
	});

	it('is none when the page carries the addressed timeline, and the file for any other', () => {
		document.body.innerHTML = `<script type="application/json" id="timeline-data" data-timeline="${DEFAULT_TIMELINE}">{}</script>`;
		expect(addressedFile('', document)).toBeUndefined();
		expect(addressedFile(`?timeline=${DEFAULT_TIMELINE}`, document)).toBeUndefined();
		expect(addressedFile('?timeline=other', document)).toBe('data/other.json');
		// `?src=` names a file by its address: the inline copy stands only for the named timeline.
		expect(addressedFile('?src=data/x.json', document)).toBe('data/x.json');
		document.body.innerHTML = `<script type="text/plain" id="timeline-data" data-timeline="${DEFAULT_TIMELINE}">{}</script>`;
		expect(addressedFile('', document)).toBe(`data/${DEFAULT_TIMELINE}.json`);
	});
});

describe('preloadAddressed', () => {
	it('asks for the file as a fetch the app can take over: CORS mode, same-origin credentials', () => {
		const link = preloadAddressed('?timeline=other', document);
		expect(links()).toEqual([link]);
		expect(link?.getAttribute('href')).toBe('data/other.json');
		expect(link?.as).toBe('fetch');
		expect(link?.getAttribute('crossorigin')).toBe('anonymous');
	});

	it('asks once: not again for a file a link already asks for', () => {
		preloadAddressed('?src=data/x.json', document);
		expect(preloadAddressed('?src=data/x.json', document)).toBeUndefined();
		expect(preloadAddressed('?src=./data/x.json', document)).toBeUndefined();
		expect(links()).toHaveLength(1);
		expect(preloadAddressed('', document)).toBeDefined();
		expect(links().map((l) => l.getAttribute('href'))).toEqual(['data/x.json', `data/${DEFAULT_TIMELINE}.json`]);
	});

	it('asks for nothing when the page carries the timeline', () => {
		document.body.innerHTML = `<script type="application/json" id="timeline-data" data-timeline="${DEFAULT_TIMELINE}">{}</script>`;
		expect(preloadAddressed('', document)).toBeUndefined();
		expect(links()).toHaveLength(0);
	});
});
