// @vitest-environment node
// The embed's build plugin (scripts/embed-build.ts): the import()s the embed uses become static imports, any other a
// rejected promise, and the build stops if such a promise reaches the script. The built embed is checked in
// tests/e2e/scale.e2e.ts (its bytes) and tests/e2e/embed.e2e.ts (it works).
import { describe, expect, it } from 'vitest';
import { resolve, dirname } from 'node:path';
import { embedStaticImports } from '../../scripts/embed-build';

const live = '/app/src/lib/embed/Embed.svelte';
const plugin = embedStaticImports([live]);
const context = {
	resolve: async (spec: string, importer: string) => ({ id: resolve(dirname(importer), spec) }),
	error: (message: string): never => {
		throw new Error(message);
	}
};
type Hook = (this: typeof context, ...args: unknown[]) => unknown;
const transform = (code: string, id: string) => (plugin.transform as Hook).call(context, code, id) as Promise<{ code: string } | undefined>;
const generateBundle = (code: string) => (plugin.generateBundle as Hook).call(context, {}, { 'assets/embed-x.js': { type: 'chunk', fileName: 'assets/embed-x.js', code } });

describe('the embed build plugin', () => {
	it('makes a listed import() static, after the module’s own imports, and leaves every line where it was', async () => {
		const code = "import { a } from './a';\nconst view = () => import('./lib/embed/Embed.svelte');\nexport { view };";
		const out = (await transform(code, '/app/src/App.svelte'))!.code;
		const lines = out.split('\n');
		expect(lines.slice(0, 3)).toEqual(["import { a } from './a';", 'const view = () => Promise.resolve(__embedStatic0);', 'export { view };']);
		expect(lines[3]).toBe('import * as __embedStatic0 from "./lib/embed/Embed.svelte";');
		expect(out).not.toContain('import(');
	});

	it('turns any other import() into a rejected promise that names it, and adds no import for it', async () => {
		const code = "const a = () => import('./lib/present/Presenter.svelte');\nconst b = () => import(\"../lib/embed/Embed.svelte\");";
		const out = (await transform(code, '/app/src/App.svelte'))!.code;
		expect(out).toContain('Promise.reject(new Error("./lib/present/Presenter.svelte is not part of the embed"))');
		// "../lib/embed/Embed.svelte" from src/ is /app/lib/embed/Embed.svelte: not the listed file.
		expect(out).toContain('Promise.reject(new Error("../lib/embed/Embed.svelte is not part of the embed"))');
		expect(out).not.toMatch(/^import \* as/m);
	});

	it('leaves a module without a relative import() as it is', async () => {
		expect(await transform("import x from './x';\nexport const y = x;", '/app/src/a.ts')).toBeUndefined();
		expect(await transform("const m = import(name);", '/app/src/a.ts')).toBeUndefined();
	});

	it('stops the build when a rejected import() survives into the script, naming it', () => {
		expect(() => generateBundle('var a=1;')).not.toThrow();
		expect(() => generateBundle('x(()=>Promise.reject(new Error("./lib/explore/HowTo.svelte is not part of the embed")))')).toThrow(
			/assets\/embed-x\.js calls an import\(\) the embed's build did not expect \(\.\/lib\/explore\/HowTo\.svelte is not part of the embed\)/
		);
	});
});
