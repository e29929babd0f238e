// Keeps the presenter and speaker windows on the same step, both ways, across reloads: a BroadcastChannel
// between same-origin windows (nothing leaves the browser, no target origin to get wrong).

export type Role = 'presenter' | 'speaker';

export type SyncMessage = { kind: 'step'; index: number; from: string } | { kind: 'hello'; from: string; role: Role };

/** A message from the channel, checked: anything else (another version, another app) is dropped. */
export function readSyncMessage(data: unknown): SyncMessage | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const m = data as Record<string, unknown>;
	if (typeof m.from !== 'string') return undefined;
	if (m.kind === 'step' && Number.isInteger(m.index) && (m.index as number) >= 0) return { kind: 'step', index: m.index as number, from: m.from };
	if (m.kind === 'hello' && (m.role === 'presenter' || m.role === 'speaker')) return { kind: 'hello', from: m.from, role: m.role };
	return undefined;
}

export interface ChannelLike {
	postMessage(message: unknown): void;
	onmessage: ((event: MessageEvent) => void) | null;
	close(): void;
}

/**
 * One window's end of the channel. On start it says hello; whoever hears a hello answers with its step, so a
 * reloaded window catches up; a step from the other window is applied without being sent back.
 */
export class StorySync {
	readonly #id = Math.random().toString(36).slice(2);
	readonly #channel: ChannelLike | null;

	constructor(
		name: string,
		private readonly role: Role,
		private readonly current: () => number,
		private readonly apply: (index: number) => void,
		open: (name: string) => ChannelLike | null = openChannel
	) {
		this.#channel = open(name);
		if (!this.#channel) return;
		this.#channel.onmessage = (event) => this.#receive(readSyncMessage(event.data));
		this.#channel.postMessage({ kind: 'hello', from: this.#id, role: this.role });
	}

	/** Whether the other window can be reached at all (no BroadcastChannel in this context: no sync). */
	get connected(): boolean {
		return this.#channel !== null;
	}

	/** Tells the other window this window moved to `index`. */
	send(index: number): void {
		this.#channel?.postMessage({ kind: 'step', index, from: this.#id });
	}

	close(): void {
		this.#channel?.close();
	}

	#receive(message: SyncMessage | undefined): void {
		if (!message || message.from === this.#id) return;
		if (message.kind === 'hello') {
			// The presenter's step wins when the speaker window (re)opens; a reloaded presenter follows its own URL.
			if (message.role !== this.role && this.role === 'presenter') this.send(this.current());
			else if (message.role !== this.role) this.#channel?.postMessage({ kind: 'hello', from: this.#id, role: this.role });
		} else if (message.index !== this.current()) {
			this.apply(message.index);
		}
	}
}

function openChannel(name: string): ChannelLike | null {
	try {
		return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
	} catch {
		return null;
	}
}
