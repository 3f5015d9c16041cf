/**
 * The built language server as a child process over stdio, driven by a bare JSON-RPC connection,
 * for fault tests: what a real editor would send, including what a broken one might.
 */
import { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, MessageConnection, ResponseError } from 'vscode-languageserver-protocol/node';
import { spawnStdioServer } from '../stdioServer';
import { REPO_ROOT } from './inputs';
import { nodeFlags } from '../../nodeFlags.json';

export const SERVER = path.join(REPO_ROOT, 'server/out/server.js');

/** Either the result of a request or the error it was answered with. */
export type Outcome = { result: unknown } | { error: ResponseError<unknown> };

export interface ServerProcess {
	readonly child: ChildProcess;
	readonly connection: MessageConnection;
	/** Everything the server wrote on stderr so far (the tail). */
	stderr(): string;
	/** Sends a request and resolves with its outcome; rejects only when no answer comes in time. */
	request(method: string, params: unknown, cancel?: CancellationTokenSource): Promise<Outcome>;
	notify(method: string, params: unknown): Promise<void>;
	open(uri: string, text: string, version?: number): Promise<void>;
	/** Whether the process is still running. */
	alive(): boolean;
	stop(): Promise<void>;
}

const ANSWER_TIMEOUT_MS = 30_000;

/**
 * Spawns `node server/out/server.js --stdio` under the Node options the client starts it with
 * (server/src/nodeFlags.json) and completes the initialize handshake. `nodeArgs` go before the
 * script too (e.g. `--require` of a probe).
 */
export async function startServer(nodeArgs: readonly string[] = []): Promise<ServerProcess> {
	if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build`);
	const server = spawnStdioServer(SERVER, [...nodeFlags, ...nodeArgs]);
	const { child, connection } = server;
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
	connection.onRequest('window/workDoneProgress/create', () => null);
	connection.onRequest('client/registerCapability', () => null);

	const request = async (method: string, params: unknown, cancel?: CancellationTokenSource): Promise<Outcome> => {
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${ANSWER_TIMEOUT_MS} ms`)), ANSWER_TIMEOUT_MS);
		});
		// Passing an undefined token would send the parameters by position: add it only when given.
		const sent = cancel ? connection.sendRequest(method, params, cancel.token) : connection.sendRequest(method, params);
		const answer = sent.then(
			result => ({ result }),
			error => {
				if (error instanceof ResponseError) return { error };
				throw error;
			});
		try {
			return await Promise.race([answer, timeout]);
		} finally {
			clearTimeout(timer);
		}
	};

	const init = await request('initialize', {
		processId: process.pid, rootUri: null, workspaceFolders: null,
		capabilities: {
			window: { workDoneProgress: true },
			workspace: { configuration: true },
			textDocument: { semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } },
		},
	});
	if ('error' in init) throw new Error(`initialize failed: ${init.error.message}`);
	await connection.sendNotification('initialized', {});

	return {
		child, connection, request,
		stderr: server.stderr,
		alive: server.alive,
		notify: (method, params) => connection.sendNotification(method, params),
		open: (uri, text, version = 1) => connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } }),
		async stop() {
			await server.stop();
		},
	};
}
