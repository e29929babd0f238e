// The colour theme: a data-theme attribute on <html> that picks a token block in src/styles/themes.css.

/** 'auto' follows the system's light or dark preference; the others fix the theme. */
export type Theme = 'auto' | 'light' | 'dark' | 'contrast';

/** Every theme, in the order a switch lists them. */
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'contrast'];

/** The theme named by `value`, ignoring case and surrounding space; undefined for anything else. */
export function parseTheme(value: string | null): Theme | undefined {
	const name = value?.trim().toLowerCase();
	return THEMES.find((theme) => theme === name);
}

/** Shows `theme`: sets `data-theme` on `root`, or removes it for 'auto' so the stylesheet follows the system. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
	if (theme === 'auto') root.removeAttribute('data-theme');
	else root.setAttribute('data-theme', theme);
}
