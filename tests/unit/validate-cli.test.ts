// `npm run validate`: exit codes, one line per problem and warning, and plain messages for files that are not timelines.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeTimelineBytes, parseJsonText, lineColumn } from '../../src/lib/model/validate';
import { mini, ROOT } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'validate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file into the scratch folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

function validate(...files: string[]) {
	const r = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...files], { cwd: ROOT, encoding: 'utf8' });
	return { status: r.status, stdout: r.stdout.trimEnd().split('\n'), stderr: r.stderr };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const withUnsourced = () => {
	const t = mini();
	t.events[3].sources = [];
	t.events[3].unsourced = true;
	return JSON.stringify(t);
};

describe('npm run validate', () => {
	it('exits 2 with the usage when given no file', () => {
		const r = validate();
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/^usage: npm run validate -- <timeline\.json>/);
	});

	it('exits 2 on a path it cannot read, naming why, and still checks the other files', () => {
		const folder = join(dir, 'a-folder');
		mkdirSync(folder, { recursive: true });
		const missing = join(dir, 'missing.json');
		const r = validate(missing, folder, 'data/whatsapp-nso-2019.json');
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(`${missing}: cannot read it: there is no such file`);
		expect(r.stderr).toContain(`${folder}: cannot read it: it is a directory`);
		expect(r.stderr).toContain('usage:');
		expect(r.stdout).toContain('data/whatsapp-nso-2019.json: valid (41 events)');
	});

	describe('on valid timelines', () => {
		let r: ReturnType<typeof validate>;
		const [plain, bom, warned] = ['plain.json', 'bom.json', 'warned.json'];
		beforeAll(() => {
			r = validate(file(plain, JSON.stringify(mini())), file(bom, `\uFEFF${JSON.stringify(mini())}`), file(warned, withUnsourced()));
		}, 30_000);

		it('exits 0, even with warnings', () => expect(r.status).toBe(0));

		it('says each is valid with its number of events, a byte-order mark allowed', () => {
			expect(r.stdout).toContain(`${join(dir, plain)}: valid (4 events)`);
			expect(r.stdout).toContain(`${join(dir, bom)}: valid (4 events)`);
		});

		it('prints each warning on a "warning:" line with its path and event', () => {
			const at = r.stdout.indexOf(`${join(dir, warned)}: valid (4 events, 1 warning)`);
			expect(at).toBeGreaterThanOrEqual(0);
			expect(r.stdout[at + 1]).toBe('  warning: events[3].sources (event "cve"): no source given: readers see "no source given" until one is added');
		});
	});

	describe('on files with problems', () => {
		let r: ReturnType<typeof validate>;
		const head = (name: string) => r.stdout.find((line) => line.startsWith(`${join(dir, name)}: `));
		beforeAll(() => {
			const t = mini();
			t.events[0].sources[0].url = 'javascript:alert(1)';
			t.events[2].id = 'early';
			r = validate(
				file('invalid.json', JSON.stringify(t, null, '\t')),
				file('empty.json', ''),
				file('syntax.json', '{\n\t"format": 1,\n\t"id": "x",\n}\n'),
				file('latin1.json', Uint8Array.from([0x7b, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d])),
				file('utf16.json', Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])),
				file('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
			);
		}, 30_000);

		it('exits 1', () => expect(r.status).toBe(1));

		it('prints every problem with its JSON path, its item and a plain message', () => {
			const at = r.stdout.indexOf(`${join(dir, 'invalid.json')}: 2 problems`);
			expect(r.stdout.slice(at + 1, at + 3)).toEqual([
				'  events[0].sources[0].url (event "window"): only https: and http: links are allowed, not javascript:',
				'  events[2].id (event "early"): duplicate id "early" (also events[1])'
			]);
		});

		it.each([
			['empty.json', 'The file is empty.'],
			['syntax.json', 'The file is not valid JSON: line 3, column 11: a comma before "}": JSON allows none after the last item.'],
			['latin1.json', 'The file is not UTF-8 text: byte 6 (0xE9) is not part of any character; save it as UTF-8.'],
			['utf16.json', 'The file is UTF-16 text; save it as UTF-8.'],
			['image.png', 'The file is not UTF-8 text: byte 1 (0x89) is not part of any character; save it as UTF-8.']
		])('names what is wrong with %s in one line', (name, message) => {
			expect(head(name)).toBe(`${join(dir, name)}: ${message}`);
		});
	});
});

describe('reading a timeline file (shared by the validator and the browser)', () => {
	it.each<[string, number[], string | undefined]>([
		['plain ASCII', [0x7b, 0x7d], undefined],
		['two-, three- and four-byte characters', [...utf8('"é ع 😀"')], undefined],
		['a byte-order mark', [0xef, 0xbb, 0xbf, 0x7b, 0x7d], undefined],
		['a lone continuation byte', [0x7b, 0x80, 0x7d], 'byte 2 (0x80)'],
		['an overlong "/"', [0xc0, 0xaf], 'byte 1 (0xC0)'],
		['an overlong three-byte form', [0xe0, 0x80, 0xaf], 'byte 1 (0xE0)'],
		['an encoded surrogate', [0xed, 0xa0, 0x80], 'byte 1 (0xED)'],
		['a code point beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'byte 1 (0xF4)'],
		['a character cut off at the end', [0x22, 0xe2, 0x82], 'byte 2 (0xE2)']
	])('decodes UTF-8 or names the first bad byte: %s', (_, bytes, bad) => {
		const r = decodeTimelineBytes(Uint8Array.from(bytes));
		if (bad === undefined) expect(r).toEqual({ ok: true, value: new TextDecoder().decode(Uint8Array.from(bytes)) });
		else expect(r.ok ? '' : r.message).toContain(`${bad} is not part of any character`);
	});

	it('counts lines and columns from 1, a CRLF line end as one', () => {
		const text = 'ab\r\ncd\nef';
		expect([0, 1, 4, 5, 7, 8].map((at) => lineColumn(text, at))).toEqual([
			{ line: 1, column: 1 },
			{ line: 1, column: 2 },
			{ line: 2, column: 1 },
			{ line: 2, column: 2 },
			{ line: 3, column: 1 },
			{ line: 3, column: 2 }
		]);
	});

	it('parses JSON after a byte-order mark and explains JSON it cannot parse', () => {
		expect(parseJsonText('\uFEFF{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
		expect(parseJsonText('{"a": [1}')).toEqual({ ok: false, message: 'The file is not valid JSON: line 1, column 9: expected "," or "]" after a value, found "}".' });
	});
});
