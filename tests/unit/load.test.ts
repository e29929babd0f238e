// @vitest-environment jsdom
import { describe, it, expect, vi } from 'vitest';
import { loadTimeline, inlineTimeline, parseTimeline } from '../../src/lib/model/load';
import { isVerified } from '../../src/lib/model/verified';
import { createHash } from 'node:crypto';
import { mini } from '../helpers';

const respond = (body: string, status = 200): typeof fetch =>
	(async () => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' })) as typeof fetch;

describe('loadTimeline', () => {
	it('returns the validated timeline', async () => {
		const r = await loadTimeline('t.json', { fetcher: respond(JSON.stringify(mini())) });
		expect(r.ok && r.timeline.events.length).toBe(4);
	});

	it('accepts a file that starts with a byte order mark', async () => {
		const r = await loadTimeline('t.json', { fetcher: respond('\uFEFF' + JSON.stringify(mini())) });
		expect(r.ok).toBe(true);
	});

	it('reports a network failure', async () => {
		const failing = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		const r = await loadTimeline('t.json', { fetcher: failing });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatchObject({ kind: 'network', message: expect.stringMatching(/request failed.*Failed to fetch/) });
	});

	it('reports an HTTP error with its status', async () => {
		const r = await loadTimeline('t.json', { fetcher: respond('nope', 404) });
		if (r.ok) throw new Error('expected an error');
		expect(r.error).toMatchObject({ kind: 'http', status: 404, message: 'The server answered 404 Not Found.' });
	});

	it('reports a file that is not JSON', async () => {
		const r = await loadTimeline('t.json', { fetcher: respond('<html>') });
		if (r.ok) throw new Error('expected an error');
		expect(r.error.kind).toBe('json');
		expect(r.error.message).toMatch(/not valid JSON/);
	});

	it('gives up after the time limit, with the seconds waited, and aborts the request', async () => {
		let aborted = false;
		const hanging = ((_url: string, init?: RequestInit) =>
			new Promise<Response>((_, reject) => {
				init?.signal?.addEventListener('abort', () => {
					aborted = true;
					reject(new DOMException('aborted', 'AbortError'));
				});
			})) as typeof fetch;
		const r = await loadTimeline('t.json', { fetcher: hanging, timeout: 0.05 });
		if (r.ok) throw new Error('expected an error');
		expect(r.error).toEqual({ kind: 'timeout', seconds: 0.05, message: 'No complete answer came within 0.05 seconds.' });
		expect(aborted).toBe(true);
	});

	it("names a web page answered instead of a timeline (a server's fallback route)", async () => {
		const page = (async () => new Response('<!doctype html><title>Home</title>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } })) as typeof fetch;
		const r = await loadTimeline('t.json', { fetcher: page });
		if (r.ok) throw new Error('expected an error');
		expect(r.error).toEqual({ kind: 'json', message: 'The address returned a web page, not a timeline file (JSON).' });
	});

	it('refuses a file larger than it can show, before reading it', async () => {
		let read = false;
		const huge = (async () => {
			const body = new ReadableStream({ pull: () => void (read = true) }, { highWaterMark: 0 });
			return new Response(body, { headers: { 'Content-Length': String(200 * 1024 * 1024) } });
		}) as typeof fetch;
		const r = await loadTimeline('t.json', { fetcher: huge });
		if (r.ok) throw new Error('expected an error');
		expect(r.error).toEqual({ kind: 'too-large', message: 'The file is 200 MB; at most 64 MB can be shown.' });
		expect(read).toBe(false);
	});

	it('refuses a larger file whose size the server did not state, by its bytes, before decoding it', async () => {
		// 22 million three-byte characters: 66 MB over the limit, though 22 million characters would be under it.
		const body = new TextEncoder().encode('€'.repeat(22 * 1024 * 1024));
		const unstated = (async () =>
			new Response(new ReadableStream({ start: (c) => (c.enqueue(body), c.close()) }))) as typeof fetch;
		expect((await unstated('t.json')).headers.get('Content-Length')).toBeNull();
		const r = await loadTimeline('t.json', { fetcher: unstated });
		if (r.ok) throw new Error('expected an error');
		expect(r.error).toEqual({ kind: 'too-large', message: 'The file is 66 MB; at most 64 MB can be shown.' });
	});

	it('says an empty file is empty', async () => {
		const r = await loadTimeline('t.json', { fetcher: respond('  \n') });
		if (r.ok) throw new Error('expected an error');
		expect(r.error).toEqual({ kind: 'json', message: 'The file is empty.' });
	});

	it('reports every validation problem with the event id and field', async () => {
		const t = mini();
		t.events[0].sources[0].url = 'javascript:alert(1)';
		t.events[3].start = '2019-02-30';
		const r = await loadTimeline('t.json', { fetcher: respond(JSON.stringify(t)) });
		if (r.ok || r.error.kind !== 'invalid') throw new Error('expected validation problems');
		expect(r.error.message).toBe('The timeline has 2 problems.');
		expect(r.error.problems.map((p) => [p.itemId, p.field])).toEqual([
			['window', 'url'],
			['cve', 'start']
		]);
	});

	it('tells onParsed how many events the text holds, whether or not they then pass validation; nothing for other texts', async () => {
		const seen: number[] = [];
		const onParsed = (n: number) => seen.push(n);
		const t = mini();
		t.events[0].sources[0].url = 'javascript:alert(1)';
		const r = await loadTimeline('t.json', { fetcher: respond(JSON.stringify(t)), onParsed });
		expect(r.ok).toBe(false);
		expect(seen).toEqual([4]);
		await loadTimeline('t.json', { fetcher: respond('{"format":'), onParsed });
		await loadTimeline('t.json', { fetcher: respond('{"events":{}}'), onParsed });
		await loadTimeline('t.json', { fetcher: respond('null'), onParsed });
		expect(seen).toEqual([4]);
	});
});

describe('inlineTimeline', () => {
	const block = (id: string, text: string, type = 'application/json') => {
		document.body.innerHTML = '';
		const script = document.createElement('script');
		script.type = type;
		script.id = 'timeline-data';
		script.dataset.timeline = id;
		script.textContent = text;
		document.body.append(script);
	};

	it('reads the timeline the page carries for that id, validated', async () => {
		block('mini', JSON.stringify(mini()));
		const r = await inlineTimeline('mini');
		expect(r?.ok && r.timeline.events.length).toBe(4);
	});

	it('is undefined for another id, another type, or no block (the app then fetches)', () => {
		block('mini', JSON.stringify(mini()));
		expect(inlineTimeline('other')).toBeUndefined();
		block('mini', JSON.stringify(mini()), 'text/plain');
		expect(inlineTimeline('mini')).toBeUndefined();
		document.body.innerHTML = '';
		expect(inlineTimeline('mini')).toBeUndefined();
	});

	it('reports a broken block like a broken file', async () => {
		block('mini', '{"format":');
		const r = await inlineTimeline('mini');
		expect(r?.ok === false && r.error.kind).toBe('json');
	});
});

describe('texts the build validated', () => {
	const sha = (text: string) => `${text.length}:${createHash('sha256').update(text, 'utf8').digest('base64')}`;

	it('are trusted byte for byte, without the validator; one changed byte and the text is validated again', async () => {
		// An invalid text proves which path ran: trusted, it passes; changed by one space, it is validated and fails.
		const text = JSON.stringify({ ...mini(), events: [] });
		const trusted = await parseTimeline(text, [sha(text)]);
		expect(trusted.ok).toBe(true);
		const edited = await parseTimeline(text + ' ', [sha(text)]);
		expect(edited.ok === false && edited.error.kind).toBe('invalid');
	});

	it('are told apart by length first, then by hash', async () => {
		expect(await isVerified('{}', [])).toBe(false);
		expect(await isVerified('{}', [sha('{}')])).toBe(true);
		// Same length, other bytes: hashed, and refused.
		expect(await isVerified('[]', [sha('{}')])).toBe(false);
	});

	// Bytes as fetch gives them (jsdom's own Blob cannot be read as an ArrayBuffer).
	const bytes = (text: string) => new Response(text).blob();

	it('hash the bytes a text came from as they are, without encoding the text again', async () => {
		const text = JSON.stringify({ ...mini(), title: { en: 'Spyware', ar: 'برنامج تجسس' }, events: [] });
		// Bytes that are not this text's (one changed, or a byte-order mark before it) are refused.
		const [same, changed, marked] = await Promise.all([text, text.replace('Spyware', 'Spyware!').slice(0, -1), '\uFEFF' + text].map(bytes));
		const encode = vi.spyOn(TextEncoder.prototype, 'encode');
		try {
			expect(await isVerified(text, [sha(text)], same)).toBe(true);
			expect(await isVerified(text, [sha(text)], changed)).toBe(false);
			expect(await isVerified(text, [sha(text)], marked)).toBe(false);
			expect(encode).not.toHaveBeenCalled();
			// Without them, the text is encoded and hashed as before.
			expect(await isVerified(text, [sha(text)])).toBe(true);
			expect(encode).toHaveBeenCalledTimes(1);
		} finally {
			encode.mockRestore();
		}
	});

	it('are trusted by the bytes a text came in when parseTimeline is given them (loadTimeline gives them)', async () => {
		const text = JSON.stringify({ ...mini(), events: [] });
		expect((await parseTimeline(text, [sha(text)], await bytes(text))).ok).toBe(true);
		// Bytes that are not the text's: not trusted, so validated (and this text is invalid).
		const other = await parseTimeline(text, [sha(text)], await bytes(text + ' '));
		expect(other.ok === false && other.error.kind).toBe('invalid');
	});
});
