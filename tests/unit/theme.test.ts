// The themes' colour guarantees, read from src/styles/themes.css itself: which tokens each data-theme gets, WCAG contrast
// for every theme (translucent overlays composited over the lanes), and the forced-colours mapping. @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { color, lab, rgb, type RGBColor } from 'd3-color';
import { THEMES, applyTheme, parseTheme } from '../../src/lib/state/theme';
import { ROOT } from '../helpers';

const CSS = readFileSync(join(ROOT, 'src/styles/themes.css'), 'utf8');

// --- The stylesheet as rules -------------------------------------------------------------------------------

interface Rule {
	/** The prelude of the enclosing @media, if any. */
	media?: string;
	selector: string;
	decls: Map<string, string>;
}

/** Flat CSS (rules, possibly inside @media) → its style rules in source order. */
function parseRules(css: string): Rule[] {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const rules: Rule[] = [];
	const open: string[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '{') {
			open.push(text.slice(start, i).split(';').pop()!.trim());
			start = i + 1;
		} else if (text[i] === '}') {
			const prelude = open.pop()!;
			if (!prelude.startsWith('@')) {
				const decls = new Map<string, string>();
				for (const decl of text.slice(start, i).split(';')) {
					const colon = decl.indexOf(':');
					if (colon > 0) decls.set(decl.slice(0, colon).trim(), decl.slice(colon + 1).trim());
				}
				const media = [...open].reverse().find((p) => p.startsWith('@media'));
				rules.push({ media: media?.slice('@media'.length).trim(), selector: prelude, decls });
			}
			start = i + 1;
		}
	}
	return rules;
}

const RULES = parseRules(CSS);
/** The theme blocks: the rules that set --text. */
const TOKEN_RULES = RULES.filter((r) => r.decls.has('--text'));

function only(what: string, found: Rule[]): Map<string, string> {
	if (found.length !== 1) throw new Error(`expected one ${what} block in themes.css, found ${found.length}`);
	return found[0].decls;
}

const LIGHT_BLOCK = only(':root', TOKEN_RULES.filter((r) => !r.media && r.selector === ':root'));
const AUTO_DARK_BLOCK = only('prefers-color-scheme: dark', TOKEN_RULES.filter((r) => r.media?.includes('prefers-color-scheme: dark')));
const DARK_BLOCK = only("[data-theme='dark']", TOKEN_RULES.filter((r) => !r.media && r.selector.includes("[data-theme='dark']")));
const CONTRAST_BLOCK = only("[data-theme='contrast']", TOKEN_RULES.filter((r) => !r.media && r.selector.includes("[data-theme='contrast']")));
const FORCED_BLOCK = only('forced-colors', TOKEN_RULES.filter((r) => r.media?.includes('forced-colors: active')));

/** The tokens <html> ends up with for a data-theme value on a light or dark system (forced colours off). */
function tokensFor(attribute: string | null, system: 'light' | 'dark'): Map<string, string> {
	const root = document.documentElement;
	if (attribute === null) root.removeAttribute('data-theme');
	else root.setAttribute('data-theme', attribute);
	const tokens = new Map<string, string>();
	for (const rule of TOKEN_RULES) {
		const applies = !rule.media || rule.media.includes(`prefers-color-scheme: ${system}`);
		if (applies && root.matches(rule.selector)) for (const [k, v] of rule.decls) tokens.set(k, v);
	}
	root.removeAttribute('data-theme');
	return tokens;
}

// --- Colour maths (WCAG 2 relative luminance and contrast ratio) -------------------------------------------------

/** A CSS colour; d3-color reads hex and rgb(r, g, b[, a]), so the CSS 4 form rgb(r g b / a) is rewritten first. */
function parse(value: string): RGBColor {
	const modern = /^rgba?\(\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*(?:\/\s*([\d.]+)(%?))?\s*\)$/.exec(value);
	const css = modern ? `rgba(${modern[1]}, ${modern[2]}, ${modern[3]}, ${modern[4] === undefined ? 1 : Number(modern[4]) / (modern[5] ? 100 : 1)})` : value;
	const c = color(css);
	if (!c) throw new Error(`not a colour: ${value}`);
	return rgb(c);
}

/** `top` alpha-blended over the opaque `base`. */
function over(top: RGBColor, base: RGBColor): RGBColor {
	const a = top.opacity;
	return rgb(top.r * a + base.r * (1 - a), top.g * a + base.g * (1 - a), top.b * a + base.b * (1 - a));
}

function luminance(c: RGBColor): number {
	const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

function contrast(a: RGBColor, b: RGBColor): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

// --- What is drawn on what ---------------------------------------------------------------------------------------

const CATEGORIES = ['--cat-0', '--cat-1', '--cat-2', '--cat-3', '--cat-4', '--cat-5', '--cat-6', '--cat-7'];
/** Text colours, also the search-hit ring (held to the text ratio). */
const TEXT = ['--text', '--text-muted', '--link', '--accent-text', '--error', '--warning-text', '--hit'];
/** Colours drawn on --highlight-bg: search results, hit rows, the presenter's annotation. */
const HIGHLIGHTED = ['--text', '--text-muted', '--link', '--accent-text'];
/** Marks, axis lines, the focus ring and the selected ring. */
const NON_TEXT = [...CATEGORIES, '--axis', '--focus', '--selected'];
const LANES = ['--lane', '--lane-alt'];
/** Lanes with an era band over them: marks and era names sit there. */
const ERAS = LANES.flatMap((lane) => ['--era', '--era-alt'].map((era) => `${lane} + ${era}`));
/** Lanes shaded as a break: only its dashed --axis edges are drawn there. */
const BREAKS = LANES.map((lane) => `${lane} + --break-bg`);

interface Pair {
	fg: string;
	bg: string;
	min: number;
	/** Opacity of the foreground (a faded mark), 1 unless said. */
	alpha?: number;
}

/** The background a pair names: a token, or "lane + overlay" composited. */
function background(tokens: Map<string, string>, name: string): RGBColor {
	const [lane, overlay] = name.split(' + ');
	const base = parse(tokens.get(lane)!);
	return overlay ? over(parse(tokens.get(overlay)!), base) : base;
}

const BACKGROUNDS = ['--surface', '--bg', ...LANES, '--callout-bg', ...ERAS];

/** The pairs WCAG 1.4.3 (text 4.5:1) and 1.4.11 (non-text 3:1) require, with a higher bar for the contrast theme. */
function pairs(theme: 'light' | 'dark' | 'contrast'): Pair[] {
	const high = theme === 'contrast';
	const textMin = high ? 7 : 4.5;
	const markMin = high ? 4.5 : 3;
	return [
		...TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => ({ fg, bg, min: textMin }))),
		...HIGHLIGHTED.map((fg) => ({ fg, bg: '--highlight-bg', min: textMin })),
		// Cluster counts: --on-mark on a category, or on --text-muted for a mixed cluster.
		...[...CATEGORIES, '--text-muted'].map((bg) => ({ fg: '--on-mark', bg, min: 4.5 })),
		...NON_TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => ({ fg, bg, min: markMin }))),
		...BREAKS.map((bg) => ({ fg: '--axis', bg, min: 3 })),
		// The presenter's finished steps, the vertical list's spine and break edges. Across the lanes --grid-strong
		// only draws day/month gridlines, labelled in the axis, so it is not held to 3:1 there.
		...['--surface', '--bg'].map((bg) => ({ fg: '--grid-strong', bg, min: 3 }))
	];
}

function failures(tokens: Map<string, string>, theme: string, list: Pair[]): string[] {
	return list.flatMap(({ fg, bg, min, alpha = 1 }) => {
		const back = background(tokens, bg);
		const front = parse(tokens.get(fg)!);
		const ratio = contrast(alpha < 1 ? over(rgb(front.r, front.g, front.b, alpha), back) : front, back);
		const what = alpha < 1 ? `${fg} at opacity ${alpha}` : fg;
		return ratio >= min ? [] : [`${theme}: ${what} on ${bg} is ${ratio.toFixed(2)}:1, needs ${min}:1`];
	});
}

const THEME_TOKENS = {
	light: tokensFor(null, 'light'),
	dark: tokensFor('dark', 'light'),
	contrast: tokensFor('contrast', 'light')
};

// --- Tests ---------------------------------------------------------------------------------------------------------

describe('theme blocks in themes.css', () => {
	const diff = (a: Map<string, string>, b: Map<string, string>) =>
		[...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).map((k) => `${k}: ${a.get(k)} ≠ ${b.get(k)}`);

	it('keep the automatic dark block equal to data-theme="dark"', () => {
		expect(diff(AUTO_DARK_BLOCK, DARK_BLOCK)).toEqual([]);
	});

	it.each([
		['dark', DARK_BLOCK],
		['contrast', CONTRAST_BLOCK]
	])('define every token the light theme does, and no other, in the %s block', (_, block) => {
		expect([...block.keys()].sort()).toEqual([...LIGHT_BLOCK.keys()].sort());
	});

	it('all have the specificity of :root, so the later block wins', () => {
		for (const rule of TOKEN_RULES) expect(rule.selector, rule.selector).toMatch(/^:root(:where\(.*\))?$/);
	});

	it.each([
		['light', 'light', 'light'],
		['dark', 'light', 'dark'],
		['contrast', 'dark', 'dark'],
		['contrast', 'light', 'dark']
	])('set color-scheme for data-theme="%s" on a %s system to %s', (theme, system, scheme) => {
		expect(tokensFor(theme, system as 'light' | 'dark').get('color-scheme')).toBe(scheme);
	});
});

describe('the tokens <html> gets', () => {
	it.each<[string | null, 'light' | 'dark', keyof typeof THEME_TOKENS]>([
		[null, 'light', 'light'],
		[null, 'dark', 'dark'],
		['auto', 'dark', 'dark'],
		['light', 'light', 'light'],
		['light', 'dark', 'light'],
		['dark', 'light', 'dark'],
		['dark', 'dark', 'dark'],
		['contrast', 'light', 'contrast'],
		['contrast', 'dark', 'contrast']
	])('with data-theme=%s on a %s system are the %s theme', (attribute, system, theme) => {
		expect(Object.fromEntries(tokensFor(attribute, system))).toEqual(Object.fromEntries(THEME_TOKENS[theme]));
	});

	it('differ between the three themes', () => {
		const { light, dark, contrast } = THEME_TOKENS;
		expect(light.get('--surface')).not.toBe(dark.get('--surface'));
		expect(dark.get('--surface')).not.toBe(contrast.get('--surface'));
		expect(light.get('--cat-0')).not.toBe(contrast.get('--cat-0'));
	});
});

describe.each(Object.keys(THEME_TOKENS) as (keyof typeof THEME_TOKENS)[])('the %s theme', (theme) => {
	const tokens = THEME_TOKENS[theme];

	it('meets WCAG contrast for text, marks, axis, focus and selection on every background, eras composited', () => {
		expect(failures(tokens, theme, pairs(theme))).toEqual([]);
	});

	it('keeps the category colours apart (CIE76 ΔE ≥ 15 between any two)', () => {
		const close = CATEGORIES.flatMap((a, i) =>
			CATEGORIES.slice(i + 1).flatMap((b) => {
				const [x, y] = [lab(parse(tokens.get(a)!)), lab(parse(tokens.get(b)!))];
				const d = Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
				return d >= 15 ? [] : [`${theme}: ${a} and ${b} are ΔE ${d.toFixed(1)} apart`];
			})
		);
		expect(close).toEqual([]);
	});
});

describe('the high-contrast theme', () => {
	const tokens = THEME_TOKENS.contrast;

	it('is white on black', () => {
		expect([tokens.get('--text'), tokens.get('--surface'), tokens.get('--bg')]).toEqual(['#ffffff', '#000000', '#000000']);
	});

	it('shows faded marks and text at ≥ 3:1 and ≥ 4.5:1', () => {
		const opacity = Number(only('contrast .faded', RULES.filter((r) => r.selector === "html[data-theme='contrast'] .faded")).get('opacity'));
		expect(opacity).toBeGreaterThan(0);
		const faded: Pair[] = LANES.flatMap((bg) => [
			...CATEGORIES.map((fg) => ({ fg, bg, min: 3, alpha: opacity })),
			{ fg: '--text', bg, min: 4.5, alpha: opacity }
		]);
		expect(failures(tokens, 'contrast', faded)).toEqual([]);
	});

	it('draws era edges, break edges and borders at ≥ 3:1', () => {
		const lines: Pair[] = [
			...LANES.map((bg) => ({ fg: '--era-edge', bg, min: 3 })),
			...['--surface', '--bg'].map((bg) => ({ fg: '--border', bg, min: 3 }))
		];
		expect(failures(tokens, 'contrast', lines)).toEqual([]);
	});

	it('tints eras and breaks visibly (≥ 1.2:1 against the bare lane)', () => {
		const faint = [...ERAS, ...BREAKS].flatMap((overlaid) => {
			const lane = overlaid.split(' + ')[0];
			const ratio = contrast(background(tokens, overlaid), background(tokens, lane));
			return ratio >= 1.2 ? [] : [`contrast: ${overlaid} is ${ratio.toFixed(2)}:1 against ${lane}`];
		});
		expect(faint).toEqual([]);
	});

	it('thickens the focus outline to 3px', () => {
		expect(only('contrast :focus-visible', RULES.filter((r) => r.selector === "html[data-theme='contrast'] :focus-visible")).get('outline-width')).toBe('3px');
	});
});

describe('forced colours (Windows High Contrast)', () => {
	const SYSTEM = new Set(['Canvas', 'CanvasText', 'LinkText', 'GrayText', 'Highlight', 'HighlightText', 'transparent']);

	it('maps every colour token to a system colour', () => {
		const unmapped = [...LIGHT_BLOCK.keys()].filter((k) => k.startsWith('--') && !SYSTEM.has(FORCED_BLOCK.get(k) ?? ''));
		expect(unmapped).toEqual([]);
	});

	it('never draws a foreground in its own background colour, or in transparent', () => {
		// Overlays are transparent in forced colours, so a pair on "lane + overlay" is a pair on the lane.
		const clashes = pairs('light').flatMap(({ fg, bg }) => {
			const [f, b] = [FORCED_BLOCK.get(fg), FORCED_BLOCK.get(bg.split(' + ')[0])];
			return f === b || f === 'transparent' ? [`${fg} (${f}) on ${bg} (${b})`] : [];
		});
		expect(clashes).toEqual([]);
	});

	it('outlines the focused element in Highlight', () => {
		const focus = only('forced :focus-visible', RULES.filter((r) => r.media?.includes('forced-colors: active') && r.selector.endsWith(':focus-visible')));
		expect(focus.get('outline')).toMatch(/^\d+px solid Highlight$/);
	});
});

describe('parseTheme', () => {
	it.each<[string | null, string | undefined]>([
		['auto', 'auto'],
		['light', 'light'],
		['dark', 'dark'],
		['contrast', 'contrast'],
		[' Dark ', 'dark'],
		['high-contrast', undefined],
		['', undefined],
		[null, undefined]
	])('reads %j as %j', (value, theme) => {
		expect(parseTheme(value)).toBe(theme);
	});

	it('reads back every theme in THEMES', () => {
		expect(THEMES.map((t) => parseTheme(t))).toEqual(['auto', 'light', 'dark', 'contrast']);
	});
});

describe('applyTheme', () => {
	afterEach(() => document.documentElement.removeAttribute('data-theme'));

	it('sets data-theme on <html> for a fixed theme', () => {
		applyTheme('contrast');
		expect(document.documentElement).toHaveAttribute('data-theme', 'contrast');
	});

	it('removes data-theme for auto', () => {
		applyTheme('dark');
		applyTheme('auto');
		expect(document.documentElement).not.toHaveAttribute('data-theme');
	});

	it('works on the element it is given', () => {
		const root = document.createElement('div');
		applyTheme('light', root);
		expect(root.dataset.theme).toBe('light');
		expect(document.documentElement).not.toHaveAttribute('data-theme');
	});
});
