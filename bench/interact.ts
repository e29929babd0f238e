// The scripted interactions (60 wheel-zoom steps, a 60-move drag pan) and the frame times recorded during them:
// a requestAnimationFrame loop runs in the page from before the first input to after the last.
import type { Page } from 'playwright-core';
import { deltas } from './stats';
import type { Phase } from './types';
import { Capped, within } from './cap';

export interface Point {
	x: number;
	y: number;
}

export const ZOOM_STEPS = 60;
export const PAN_MOVES = 60;
const WHEEL_DELTA = 100;
const PAN_STEP_PX = 8;
/** How long a busy page gets, after a phase's cap, to hand over the frames it recorded. */
const COLLECT_GRACE_MS = 15_000;

interface Recorder {
	times: number[];
	on: boolean;
}

/** The centre of the part of `selector`'s box that is inside the viewport; undefined when none of it is. */
export function chartCentre(page: Page, selector: string): Promise<Point | undefined> {
	return page.evaluate((sel) => {
		const box = document.querySelector(sel)?.getBoundingClientRect();
		if (!box) return undefined;
		const left = Math.max(0, box.left);
		const right = Math.min(innerWidth, box.right);
		const top = Math.max(0, box.top);
		const bottom = Math.min(innerHeight, box.bottom);
		return right > left && bottom > top ? { x: (left + right) / 2, y: (top + bottom) / 2 } : undefined;
	}, selector);
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

/**
 * Starts the page's frame recorder; resolves once its first frame is in. (The loop is an object method, not a
 * named local function: tsx wraps those in a `__name` helper that does not exist inside the page.)
 */
function startFrames(page: Page): Promise<void> {
	return page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const recorder = {
					times: [] as number[],
					on: true,
					tick(t: number) {
						recorder.times.push(t);
						if (recorder.times.length === 1) resolve();
						if (recorder.on) requestAnimationFrame((next) => recorder.tick(next));
					}
				};
				(window as unknown as { __benchFrames: Recorder }).__benchFrames = recorder;
				requestAnimationFrame((t) => recorder.tick(t));
			})
	);
}

/** Stops the recorder after one more frame (the last input's) and returns the frame timestamps. */
function stopFrames(page: Page): Promise<number[]> {
	return page.evaluate(
		() =>
			new Promise<number[]>((resolve) =>
				requestAnimationFrame(() => {
					const recorder = (window as unknown as { __benchFrames: Recorder }).__benchFrames;
					recorder.on = false;
					resolve(recorder.times);
				})
			)
	);
}

/**
 * Runs up to `planned` steps while recording frames, stopping when `capMs` has passed (a step still in flight
 * then is abandoned). Each step waits for the next frame, so inputs arrive no faster than the page can paint.
 */
async function recordPhase(page: Page, planned: number, capMs: number, step: (i: number) => Promise<void>, how?: string): Promise<Phase> {
	await startFrames(page);
	const deadline = Date.now() + capMs;
	let steps = 0;
	for (let i = 0; i < planned; i++) {
		const left = deadline - Date.now();
		if (left <= 0) break;
		try {
			await within(step(i), left, 'phase cap');
		} catch (e) {
			if (e instanceof Capped) break;
			throw e;
		}
		steps++;
	}
	const times = await within(stopFrames(page), COLLECT_GRACE_MS, `the page was still busy ${COLLECT_GRACE_MS / 1000} s after the ${capMs / 1000} s cap`);
	return { frames: deltas(times).map((t) => Math.round(t * 100) / 100), steps, planned, ...(how ? { how } : {}) };
}

/** 30 wheel steps in, then 30 out, over the chart's centre. */
export async function wheelZoom(page: Page, at: Point, capMs: number): Promise<Phase> {
	await page.mouse.move(at.x, at.y);
	return recordPhase(page, ZOOM_STEPS, capMs, async (i) => {
		await page.mouse.wheel(0, i < ZOOM_STEPS / 2 ? -WHEEL_DELTA : WHEEL_DELTA);
		await nextFrame(page);
	});
}

/** The same 30 in and 30 out through the library's zoomIn()/zoomOut() on `window.timeline`. */
export function apiZoom(page: Page, capMs: number): Promise<Phase> {
	return recordPhase(
		page,
		ZOOM_STEPS,
		capMs,
		(i) =>
			page.evaluate(
				(zoomIn) =>
					new Promise<void>((resolve) => {
						const timeline = (window as unknown as { timeline: { zoomIn(): void; zoomOut(): void } }).timeline;
						if (zoomIn) timeline.zoomIn();
						else timeline.zoomOut();
						requestAnimationFrame(() => resolve());
					}),
				i < ZOOM_STEPS / 2
			),
		'zoomIn()/zoomOut() API calls (its wheel scrolls sideways)'
	);
}

/** Mouse down at the chart's centre, 60 moves of 8 px to the left, mouse up. */
export async function dragPan(page: Page, at: Point, capMs: number): Promise<Phase> {
	await page.mouse.move(at.x, at.y);
	await page.mouse.down();
	try {
		return await recordPhase(page, PAN_MOVES, capMs, async (i) => {
			await page.mouse.move(at.x - PAN_STEP_PX * (i + 1), at.y);
			await nextFrame(page);
		});
	} finally {
		await within(page.mouse.up(), COLLECT_GRACE_MS, 'mouse up').catch(() => undefined);
	}
}
