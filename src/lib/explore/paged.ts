// Long lists drawn a page at a time (the narrow view's events, the table's rows, the search's results), so that a
// timeline of 100,000 events never draws 100,000 rows at once: the next page comes when the list's end nears the
// screen, or with the button there.
import { tick } from 'svelte';

/** How many of `total` rows to draw: the `limit` asked for, and always through row `keep` (the selected one; -1: none). */
export const pageCount = (total: number, limit: number, keep = -1): number => Math.min(total, Math.max(limit, keep + 1));

/**
 * The limit for one page more than the `count` rows drawn. After a press of the button (`focus`), the focus goes to the
 * first new row, the `count`-th element of `list` that matches `selector` (the button moves down, out of reach).
 */
export function nextPage(count: number, size: number, focus: boolean, list: Element | undefined, selector: string): number {
	if (focus) void tick().then(() => list?.querySelectorAll<HTMLElement>(selector)[count]?.focus());
	return count + size;
}

/**
 * An attachment for the button: `onnear` when it comes within a screen of the viewport (where IntersectionObserver
 * exists), told whether the button has the focus (a keyboard reader who tabbed to it then lands on the new page, as
 * with a press).
 */
export const near = (onnear: (focused: boolean) => void) => (node: Element) => {
	if (typeof IntersectionObserver === 'undefined') return;
	const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onnear(document.activeElement === node), {
		rootMargin: '100% 0px'
	});
	observer.observe(node);
	return () => observer.disconnect();
};
