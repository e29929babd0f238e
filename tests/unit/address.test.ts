// @vitest-environment jsdom
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { addressedFile, timelineFile, sourceAddress, timelineParam, needsValidator } from '../../src/lib/model/address';
import { parseUrlState } from '../../src/lib/state/url';
import { DEFAULT_TIMELINE } from '../../src/lib/config';

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

describe('the early request', () => {
	/** A fetch that records what it was asked and answers when told. */
	function recorder() {
		const asked: { url: string; init: RequestInit }[] = [];
		let answer!: (r: Response) => void;
		const fetcher = ((url: string, init: RequestInit) => {
			asked.push({ url, init });
			return new Promise<Response>((resolve, reject) => {
				answer = resolve;
				init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
			});
		}) as unknown as typeof fetch;
		return { asked, fetcher, answer: (body: string) => answer(new Response(body)) };
	}

	/**
	 * address.ts and load.ts afresh, sharing one instance as the page's two scripts do: the early request is state of
	 * that module, and once the app has asked, the early script keeps quiet for the rest of the page's life.
	 */
	async function page() {
		vi.resetModules();
		const address = await import('../../src/lib/model/address');
		const { loadTimeline } = await import('../../src/lib/model/load');
		return { ...address, loadTimeline };
	}

	it('asks for the addressed file as the app would, and hands it over once', async () => {
		const { requestAddressed, takeEarlyRequest } = await page();
		const { asked, fetcher, answer } = recorder();
		expect(requestAddressed('?timeline=other', document, fetcher)).toBe('data/other.json');
		expect(asked.map((a) => a.url)).toEqual(['data/other.json']);
		expect(asked[0].init).toMatchObject({ credentials: 'same-origin', headers: { Accept: 'application/json' } });
		const taken = takeEarlyRequest('data/other.json');
		expect(taken).toBeDefined();
		answer('{"a":1}');
		expect(await (await taken!.response).text()).toBe('{"a":1}');
		// A retry asks the server again.
		expect(takeEarlyRequest('data/other.json')).toBeUndefined();
	});

	it('asks once', async () => {
		const { requestAddressed } = await page();
		const { asked, fetcher } = recorder();
		requestAddressed('?src=data/x.json', document, fetcher);
		requestAddressed('?src=data/x.json', document, fetcher);
		expect(asked).toHaveLength(1);
	});

	it('does not ask when the page carries the timeline', async () => {
		const { requestAddressed, takeEarlyRequest } = await page();
		const { asked, fetcher } = recorder();
		document.body.innerHTML = `<script type="application/json" id="timeline-data" data-timeline="${DEFAULT_TIMELINE}">{}</script>`;
		expect(requestAddressed('', document, fetcher)).toBeUndefined();
		expect(asked).toHaveLength(0);
		expect(takeEarlyRequest(`data/${DEFAULT_TIMELINE}.json`)).toBeUndefined();
	});

	it("does not ask once the app has asked itself (the app's script ran first)", async () => {
		const { requestAddressed, loadTimeline } = await page();
		const early = recorder();
		const app = recorder();
		const loading = loadTimeline('data/x.json', { fetcher: app.fetcher });
		expect(requestAddressed('?src=data/x.json', document, early.fetcher)).toBeUndefined();
		expect(requestAddressed('?timeline=other', document, early.fetcher)).toBeUndefined();
		expect(early.asked).toHaveLength(0);
		expect(app.asked.map((a) => a.url)).toEqual(['data/x.json']);
		app.answer('not json');
		const r = await loading;
		expect(r.ok || r.error.kind).toBe('json');
	});

	it('is cancelled by the taker (its time limit)', async () => {
		const { requestAddressed, takeEarlyRequest } = await page();
		const { fetcher } = recorder();
		requestAddressed('?timeline=one', document, fetcher);
		const taken = takeEarlyRequest('data/one.json')!;
		taken.abort();
		await expect(taken.response).rejects.toThrow('aborted');
	});

	it('is cancelled when the app wants another file', async () => {
		const { requestAddressed, takeEarlyRequest } = await page();
		const { asked, fetcher } = recorder();
		requestAddressed('?timeline=two', document, fetcher);
		expect(takeEarlyRequest('data/three.json')).toBeUndefined();
		expect(asked[0].init.signal?.aborted).toBe(true);
	});

	it('is what loadTimeline reads', async () => {
		const { requestAddressed, loadTimeline } = await page();
		const { fetcher, answer } = recorder();
		requestAddressed('?src=data/early.json', document, fetcher);
		const other = vi.fn(fetcher);
		const loading = loadTimeline('data/early.json', { fetcher: other });
		answer('not json');
		const r = await loading;
		expect(other).not.toHaveBeenCalled();
		expect(r.ok || r.error.kind).toBe('json');
	});

	it("is cancelled by loadTimeline's time limit", async () => {
		const { requestAddressed, loadTimeline } = await page();
		const { asked, fetcher } = recorder();
		const other = vi.fn(fetcher);
		requestAddressed('?src=data/slow.json', document, fetcher);
		const slow = await loadTimeline('data/slow.json', { fetcher: other, timeout: 0.05 });
		expect(slow.ok || slow.error.kind).toBe('timeout');
		expect(other).not.toHaveBeenCalled();
		expect(asked[0].init.signal?.aborted).toBe(true);
	});
});

describe('needsValidator', () => {
	it('is false only for the data file of a timeline the build validated', () => {
		const verified = [DEFAULT_TIMELINE, 'other'];
		expect(needsValidator(`data/${DEFAULT_TIMELINE}.json`, verified)).toBe(false);
		expect(needsValidator('data/other.json', verified)).toBe(false);
		expect(needsValidator('data/bench-1000.json', verified)).toBe(true);
		// The same name elsewhere is another file.
		expect(needsValidator(`https://example.org/data/${DEFAULT_TIMELINE}.json`, verified)).toBe(true);
		expect(needsValidator(`./data/${DEFAULT_TIMELINE}.json`, verified)).toBe(true);
		expect(needsValidator(`data/${DEFAULT_TIMELINE}.json`, [])).toBe(true);
	});
});
