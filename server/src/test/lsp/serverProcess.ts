/**
 * Test harness: builds `server/out/server.js` when it is older than its sources, starts it over
 * stdio (see ../stdioServer.ts) and plays the editor: it answers the server's own requests
 * (workspace/configuration, progress creation, registrations) the way an editor would and records
 * what the server notifies.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InitializeParams, InitializeResult, MessageConnection, WorkDoneProgress } from 'vscode-languageserver-protocol/node';
import { spawnStdioServer, StdioServer } from '../stdioServer';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const SERVER_JS = path.join(ROOT, 'server', 'out', 'server.js');

let building: Promise<void> | undefined;

/**
 * Builds the server bundle with the same esbuild options as scripts/build.mjs when it is missing or
 * older than any file under server/src or server/data. Only the server entry is built, so another
 * helper's half-written client does not stop these tests; the bundle is written beside and renamed
 * into place so that concurrent test runs never start a half-written file.
 */
export function ensureServerBuilt(): Promise<void> {
	return building ??= (async () => {
		const built = mtime(SERVER_JS);
		const newest = Math.max(newestMtime(path.join(ROOT, 'server', 'src')), newestMtime(path.join(ROOT, 'server', 'data')));
		if (built >= newest) return;
		const esbuild = await import('esbuild');
		// Inside server/out (ignored by git, same file system, so the renames below are atomic).
		fs.mkdirSync(path.dirname(SERVER_JS), { recursive: true });
		const tmp = fs.mkdtempSync(path.join(path.dirname(SERVER_JS), '.test-build-'));
		try {
			await esbuild.build({
				bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning',
				entryPoints: { server: path.join(ROOT, 'server', 'src', 'server.ts') }, outdir: tmp,
			});
			fs.renameSync(path.join(tmp, 'server.js.map'), SERVER_JS + '.map');
			fs.renameSync(path.join(tmp, 'server.js'), SERVER_JS);
		} finally {
			fs.rmSync(tmp, { recursive: true, force: true });
		}
	})();
}

function mtime(file: string): number {
	try { return fs.statSync(file).mtimeMs; } catch { return 0; }
}

function newestMtime(dir: string): number {
	let newest = 0;
	let entries: fs.Dirent[];
	try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return 0; }
	for (const e of entries) {
		const full = path.join(dir, e.name);
		newest = Math.max(newest, e.isDirectory() ? (e.name === 'test' ? 0 : newestMtime(full)) : mtime(full));
	}
	return newest;
}

export interface TestServerOptions {
	/** Settings returned for workspace/configuration (the `diplomaticAnnotator` section). */
	settings?: Record<string, unknown>;
	workspaceFolders?: { uri: string; name: string }[];
	/** Whether the fake client supports workspace/configuration and work-done progress. */
	capabilities?: { configuration?: boolean; workDoneProgress?: boolean };
}

/** A running server and the fake editor talking to it. */
export class TestServer {
	readonly notifications: { method: string; params: unknown }[] = [];
	readonly serverRequests: string[] = [];
	initializeResult!: InitializeResult;
	private readonly waiters: { method: string; test: (p: unknown) => boolean; resolve: (p: unknown) => void }[] = [];
	readonly connection: MessageConnection;

	private constructor(private readonly process: StdioServer, public settings: Record<string, unknown>) {
		this.connection = process.connection;
	}

	/** The server's child process. */
	get child(): StdioServer['child'] {
		return this.process.child;
	}

	/** Starts the built server and completes the initialize handshake. */
	static async start(options: TestServerOptions = {}): Promise<TestServer> {
		await ensureServerBuilt();
		const server = new TestServer(spawnStdioServer(SERVER_JS), options.settings ?? {});
		const connection = server.connection;
		connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
			server.serverRequests.push('workspace/configuration');
			return params.items.map(() => server.settings);
		});
		connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
			server.serverRequests.push('window/workDoneProgress/create');
			// $/progress goes to per-token handlers, not to the catch-all notification handler.
			connection.onProgress(WorkDoneProgress.type, params.token, value => server.record('$/progress', { token: params.token, value }));
			return null;
		});
		connection.onRequest('client/registerCapability', () => { server.serverRequests.push('client/registerCapability'); return null; });
		connection.onRequest('workspace/semanticTokens/refresh', () => { server.serverRequests.push('workspace/semanticTokens/refresh'); return null; });
		connection.onNotification((method: string, params: unknown) => server.record(method, params));
		const caps = options.capabilities ?? {};
		const init: InitializeParams = {
			processId: process.pid,
			rootUri: null,
			workspaceFolders: options.workspaceFolders ?? null,
			capabilities: {
				workspace: { configuration: caps.configuration ?? true, workspaceFolders: true, semanticTokens: { refreshSupport: true } },
				window: { workDoneProgress: caps.workDoneProgress ?? true },
				textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } },
			},
		};
		server.initializeResult = await connection.sendRequest('initialize', init);
		await connection.sendNotification('initialized', {});
		return server;
	}

	/** Opens a document with the given text (version 1). */
	open(uri: string, text: string, languageId = 'plaintext'): Promise<void> {
		return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
	}

	close(uri: string): Promise<void> {
		return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	}

	request<R>(method: string, params: unknown): Promise<R> {
		return this.connection.sendRequest(method, params) as Promise<R>;
	}

	/** Resolves with the params of the first notification (past or future) that passes `test`. */
	waitForNotification<P>(method: string, test: (params: P) => boolean = () => true): Promise<P> {
		const seen = this.notifications.find(n => n.method === method && test(n.params as P));
		if (seen) return Promise.resolve(seen.params as P);
		return new Promise(resolve => this.waiters.push({ method, test: p => test(p as P), resolve: p => resolve(p as P) }));
	}

	/** What the server wrote on stderr (for failure messages). */
	get errors(): string {
		return this.process.stderr();
	}

	/** Shuts the server down politely and waits for the process to exit. */
	stop(): Promise<number | null> {
		return this.process.stop();
	}

	private record(method: string, params: unknown): void {
		this.notifications.push({ method, params });
		for (let i = this.waiters.length - 1; i >= 0; i--) {
			const w = this.waiters[i];
			if (w.method === method && w.test(params)) {
				this.waiters.splice(i, 1);
				w.resolve(params);
			}
		}
	}
}
