/**
 * What d3-zoom (and the one module of d3-drag it uses) take from d3-selection, given in its place: vite.config.ts and
 * vitest.config.ts alias `d3-selection` to this module (scripts/aliases.mjs). d3-zoom asks a selection of the chart's
 * `<svg>` (or of the window, during a mouse drag) for a handful of things: `on` for its listeners, `property` for the
 * transform it keeps on the element, `style`, `filter`, `each`, `call`, `datum`, `selection`, `interrupt`, and it
 * reads pointer positions with `pointer`. d3-selection's `selection.prototype` carries its whole API (data joins,
 * `append`, `attr`, sorting, …) and cannot be tree-shaken, which cost the first load about 4.5 KB gzip for
 * methods nothing here calls; Svelte owns the DOM. The behaviour follows d3-selection 3's documentation:
 * listeners get `(event, datum)` with `this` the element, `type.name` typenames, `.name` removes every type of that
 * name, and a listener added again under the same typename replaces the old one.
 * tests/component/selection.test.ts checks each of these; the e2e tests zoom, pan, pinch and drag through d3-zoom.
 */

type Node = EventTarget & { __data__?: unknown; __on?: Bound[] } & Record<string, unknown>;
type Each = (this: Node, d: unknown, i: number, nodes: Node[]) => unknown;
type Listener = (this: Node, event: Event, d: unknown) => void;

interface Bound {
	type: string;
	name: string;
	value: Listener;
	listener: EventListener;
	options?: boolean | AddEventListenerOptions;
}

/** `"wheel.zoom mousedown.zoom"` as `[{ type: 'wheel', name: 'zoom' }, …]`; `".zoom"` has the empty type. */
function typenames(spec: string): { type: string; name: string }[] {
	return spec
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.map((t) => {
			const dot = t.indexOf('.');
			return dot < 0 ? { type: t, name: '' } : { type: t.slice(0, dot), name: t.slice(dot + 1) };
		});
}

function unbind(node: Node, match: (b: Bound) => boolean): void {
	const bound = node.__on;
	if (!bound) return;
	node.__on = bound.filter((b) => {
		if (!match(b)) return true;
		node.removeEventListener(b.type, b.listener, b.options);
		return false;
	});
}

export class Selection {
	readonly #nodes: Node[];

	constructor(nodes: Node[]) {
		this.#nodes = nodes;
	}

	node(): Node | null {
		return this.#nodes[0] ?? null;
	}

	selection(): this {
		return this;
	}

	/** d3-zoom interrupts a d3 transition before it moves; the app starts none (see interrupt.ts). */
	interrupt(): this {
		return this;
	}

	each(callback: Each): this {
		this.#nodes.forEach((node, i, nodes) => callback.call(node, node.__data__, i, nodes));
		return this;
	}

	call<A extends unknown[]>(callback: (selection: this, ...args: A) => unknown, ...args: A): this {
		callback(this, ...args);
		return this;
	}

	/** The first element's bound datum (d3-zoom passes it to its listeners; the app binds none). */
	datum(): unknown {
		return this.node()?.__data__;
	}

	filter(test: Each): Selection {
		return new Selection(this.#nodes.filter((node, i, nodes) => test.call(node, node.__data__, i, nodes)));
	}

	property(name: string, value: unknown): this {
		return this.each(function (d, i, nodes) {
			this[name] = typeof value === 'function' ? (value as Each).call(this, d, i, nodes) : value;
		});
	}

	style(name: string, value: string): this {
		return this.each(function () {
			(this as unknown as ElementCSSInlineStyle).style?.setProperty(name, value);
		});
	}

	/** With a listener (or null) sets each element's listeners for `spec`; without, returns the first one's. */
	on(spec: string): Listener | undefined;
	on(spec: string, value: Listener | null, options?: boolean | AddEventListenerOptions): this;
	on(spec: string, ...rest: [Listener | null, (boolean | AddEventListenerOptions)?] | []): this | Listener | undefined {
		const names = typenames(spec);
		if (rest.length === 0) {
			const bound = this.node()?.__on ?? [];
			for (const { type, name } of names) {
				const found = bound.find((b) => b.type === type && b.name === name);
				if (found) return found.value;
			}
			return undefined;
		}
		const [value, options] = rest;
		return this.each(function () {
			for (const { type, name } of names) {
				unbind(this, (b) => b.name === name && (type === '' || b.type === type));
				if (!value || type === '') continue;
				const node = this;
				const listener: EventListener = (event) => value.call(node, event, node.__data__);
				node.addEventListener(type, listener, options);
				(node.__on ??= []).push({ type, name, value, listener, options });
			}
		});
	}
}

export function select(node: EventTarget): Selection {
	return new Selection([node as Node]);
}

/** The event's position in `target`'s coordinates (its user units for SVG), as `[x, y]`; page coordinates without one. */
export function pointer(event: Event & { sourceEvent?: Event }, target?: EventTarget | null): [number, number] {
	let source: Event & { sourceEvent?: Event } = event;
	while (source.sourceEvent) source = source.sourceEvent;
	const { clientX, clientY, pageX, pageY } = source as MouseEvent;
	const node = target === undefined ? source.currentTarget : target;
	if (node instanceof Element) {
		const matrix = 'getScreenCTM' in node ? (node as SVGGraphicsElement).getScreenCTM() : null;
		if (matrix) {
			const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
			return [point.x, point.y];
		}
		const rect = node.getBoundingClientRect();
		return [clientX - rect.left - node.clientLeft, clientY - rect.top - node.clientTop];
	}
	return [pageX, pageY];
}
