// A Vite plugin for the embed's build (vite.config.ts): its one classic script without lazy module wrappers.
import type { Plugin } from 'vite';

/**
 * The embed is one classic script, so Rolldown inlines every `import()` it finds, and keeps each such module lazy: it
 * wraps that module, and every module it imports (the Svelte runtime too), in an init function called where first
 * needed. It does so for an `import()` that only a branch dead in the embed holds (`import.meta.env.MODE`), though the
 * module itself is then left out. In the embed's build the `import()`s it uses (`live`, absolute paths) become static
 * imports, and any other becomes a rejected promise, which only dead code can hold: the build stops if one reaches the
 * script. No module is then wrapped (3.8 KB gzip less).
 */
export function embedStaticImports(live: string[]): Plugin {
	const targets = new Set(live);
	const DEAD = 'is not part of the embed';
	return {
		name: 'embed-static-imports',
		enforce: 'post',
		async transform(code, id) {
			if (!code.includes('import(')) return;
			const found: { at: number; text: string; spec: string; name?: string }[] = [];
			for (const m of code.matchAll(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g)) {
				const resolved = await this.resolve(m[2], id);
				found.push({ at: m.index, text: m[0], spec: m[2], name: resolved && targets.has(resolved.id) ? `__embedStatic${found.length}` : undefined });
			}
			let out = code;
			for (const f of [...found].reverse())
				out = out.slice(0, f.at) + (f.name ? `Promise.resolve(${f.name})` : `Promise.reject(new Error(${JSON.stringify(`${f.spec} ${DEAD}`)}))`) + out.slice(f.at + f.text.length);
			// Last, so that they run after the module's own imports, and every line keeps its place in the source map.
			const tail = found.flatMap((f) => (f.name ? [`import * as ${f.name} from ${JSON.stringify(f.spec)};`] : [])).join('');
			return found.length ? { code: `${out}\n${tail}`, map: null } : undefined;
		},
		generateBundle(_, bundle) {
			for (const file of Object.values(bundle))
				if (file.type === 'chunk' && file.code.includes(DEAD)) this.error(`${file.fileName} calls an import() the embed's build did not expect (${file.code.match(new RegExp(`[\\w./-]+ ${DEAD}`))?.[0]}): list it in embedStaticImports`);
		}
	};
}
