// What the benchmark opens for each target and size, and how it drives the target's zoom and pan.
import type { Size, TargetId } from './types';

export interface Target {
	id: TargetId;
	/** The name in the report. */
	label: string;
	/** The page for a size, relative to the server's origin. */
	path(size: Size): string;
	/** The element to wheel over and drag; its visible part's centre is where the mouse goes. */
	chart: string;
	/**
	 * `wheel`: 60 wheel steps over the chart; `api`: the library's own zoomIn()/zoomOut() on `window.timeline`, for
	 * a library whose wheel scrolls sideways instead of zooming; `none`: no interactions (load figures only).
	 */
	zoom: 'wheel' | 'api' | 'none';
	pan: boolean;
}

const peerEvents = (size: Size) => `events=${size}`;

export const TARGETS: Target[] = [
	{
		id: 'ours',
		label: 'ours (reader)',
		path: (size) => (size === 'breach' ? '/app/' : `/app/?timeline=bench-${size}`),
		chart: '[data-testid=chart] svg',
		zoom: 'wheel',
		pan: true
	},
	{
		// The embed's wheel is cooperative (it zooms with Ctrl only), so only its load is measured.
		id: 'embed',
		label: 'ours (embed)',
		path: (size) => (size === 'breach' ? '/app/embed.html' : `/app/embed.html?timeline=bench-${size}`),
		chart: '[data-testid=chart] svg',
		zoom: 'none',
		pan: false
	},
	{
		id: 'vis',
		label: 'vis-timeline',
		path: (size) => `/peers/vis.html?${peerEvents(size)}`,
		chart: '.vis-timeline',
		zoom: 'wheel',
		pan: true
	},
	{
		id: 'timelinejs',
		label: 'TimelineJS',
		path: (size) => `/peers/timelinejs.html?${peerEvents(size)}`,
		chart: '.tl-timenav',
		zoom: 'api',
		pan: true
	}
];

export const targetById = (id: TargetId): Target => {
	const found = TARGETS.find((t) => t.id === id);
	if (!found) throw new Error(`unknown target ${id}`);
	return found;
};

/** A page with nothing to draw (bench/peers/floor.html): its time to the mark is the harness's own, in no table of its own. */
export const FLOOR: Target = { id: 'floor', label: 'nothing to draw', path: () => '/peers/floor.html', chart: 'body', zoom: 'none', pan: false };
