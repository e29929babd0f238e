// The benchmark's static server, on 127.0.0.1 only: our built app, the peers' pages and packages, and the
// synthetic timelines, generated once per size and kept in memory so that every run gets the same bytes.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { syntheticEvents, syntheticTimeline, type SyntheticEvent } from './synthetic';
import { toItems } from '../src/lib/model/items';
import { localize } from '../src/lib/model/localize';
import { validateTimeline } from '../src/lib/model/validate';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.eot': 'application/vnd.ms-fontobject'
};

/** Only these packages are served from bench/node_modules: the peers, nothing else. */
const PACKAGES = ['vis-timeline', '@knight-lab/timelinejs'];

export interface BenchServer {
	origin: string;
	close(): Promise<void>;
}

export interface ServerOptions {
	/** bench/ itself: holds .app/, peers/ and node_modules/. */
	benchDir: string;
	/** The breach timeline's data file, for the peers' version of it. */
	breachFile: string;
}

/** The breach timeline as the peers' neutral events: English titles, ranges from the start of `start` to the end of `end`. */
export function breachEvents(file: string): SyntheticEvent[] {
	const result = validateTimeline(JSON.parse(readFileSync(file, 'utf8')));
	if (!result.ok) throw new Error(`${file} is invalid`);
	return toItems(result.timeline).map((item) => ({
		id: item.id,
		start: item.range ? item.range[0] : item.at,
		...(item.range ? { end: item.range[1] } : {}),
		title: localize(item.event.title, 'en', 'en'),
		lane: 0
	}));
}

/** A path under `root`, or undefined when the request tries to leave it. */
function within(root: string, path: string): string | undefined {
	const full = normalize(join(root, decodeURIComponent(path)));
	return full.startsWith(root + sep) || full === root ? full : undefined;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
	res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
	res.end(body);
}

export function startServer({ benchDir, breachFile }: ServerOptions): Promise<BenchServer> {
	const generated = new Map<string, string>();
	/** Memoised: the 100,000-event timeline takes a while to build and stringify. */
	const once = (key: string, make: () => unknown) => {
		if (!generated.has(key)) generated.set(key, JSON.stringify(make()));
		return generated.get(key) as string;
	};
	const dynamic = (path: string): string | undefined => {
		const timeline = /^\/app\/data\/bench-(\d+)\.json$/.exec(path)?.[1];
		if (timeline) return once(`timeline-${timeline}`, () => syntheticTimeline(Number(timeline)));
		const events = /^\/events\/(\d+|breach)\.json$/.exec(path)?.[1];
		if (events) return once(`events-${events}`, () => (events === 'breach' ? breachEvents(breachFile) : syntheticEvents(Number(events))));
		return undefined;
	};
	const staticFile = (path: string): string | undefined => {
		if (path.startsWith('/app/')) return within(join(benchDir, '.app'), (path.endsWith('/') ? path + 'index.html' : path).slice(5));
		if (path.startsWith('/peers/')) return within(join(benchDir, 'peers'), path.slice(7));
		const pkg = PACKAGES.find((p) => path.startsWith(`/node_modules/${p}/`));
		return pkg ? within(join(benchDir, 'node_modules', pkg), path.slice(`/node_modules/${pkg}/`.length)) : undefined;
	};

	const server: Server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
		const json = dynamic(path);
		if (json !== undefined) return send(res, 200, TYPES['.json'], json);
		const file = staticFile(path);
		if (!file) return send(res, 404, 'text/plain', 'not found');
		try {
			send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
		} catch {
			send(res, 404, 'text/plain', 'not found');
		}
	});

	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				origin: `http://127.0.0.1:${port}`,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}

/** Builds the timelines of these sizes now, so that generating them is not counted in anyone's load time. */
export async function warm(origin: string, sizes: number[]): Promise<void> {
	for (const n of sizes) {
		for (const path of [`/app/data/bench-${n}.json`, `/events/${n}.json`]) {
			const response = await fetch(origin + path);
			if (!response.ok) throw new Error(`${path}: ${response.status}`);
			await response.arrayBuffer();
		}
	}
	const breach = await fetch(`${origin}/events/breach.json`);
	if (!breach.ok) throw new Error(`/events/breach.json: ${breach.status}`);
}

/**
 * A port on 127.0.0.1 that takes each connection and closes it at once: the proxy the browser is given for every
 * other host (measure.ts, blockingArgs), so that no request to another host leaves the machine, whatever listens on
 * the machine's other ports.
 */
export function startRefuser(): Promise<{ port: number; connections(): number; close(): Promise<void> }> {
	let connections = 0;
	const server = createTcpServer((socket) => {
		connections++;
		socket.destroy();
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({ port, connections: () => connections, close: () => new Promise((done) => server.close(() => done())) });
		});
	});
}
