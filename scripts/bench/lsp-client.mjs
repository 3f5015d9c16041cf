// A minimal language client over stdio for the benchmarks: spawns the built server, answers the
// requests a server may send (configuration, progress, registration) and exposes the connection.
import { spawn } from 'node:child_process';
import { SERVER_NODE_FLAGS } from './nodeFlags.mjs';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

/** Client capabilities of a VS Code-like editor, so the server enables what it would enable there. */
const capabilities = {
	general: { positionEncodings: ['utf-16'] },
	window: { workDoneProgress: true },
	workspace: { workspaceFolders: true, configuration: true, symbol: {} },
	textDocument: {
		synchronization: { didSave: true },
		hover: { contentFormat: ['markdown', 'plaintext'] },
		documentSymbol: { hierarchicalDocumentSymbolSupport: true },
		semanticTokens: {
			requests: { full: { delta: true }, range: true },
			tokenTypes: ['namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter',
				'variable', 'property', 'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier',
				'comment', 'string', 'number', 'regexp', 'operator', 'decorator'],
			tokenModifiers: ['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async',
				'modification', 'documentation', 'defaultLibrary'],
			formats: ['relative'],
		},
	},
};

/** The path of the built server, or null when `npm run build` has not produced it. */
export function serverPath(repoRoot) {
	const p = path.join(repoRoot, 'server/out/server.js');
	return fs.existsSync(p) ? p : null;
}

/**
 * Spawns `node server/out/server.js --stdio` and initializes it.
 * @param {{ workspaceFolder?: string }} options
 */
export async function startServer(repoRoot, { workspaceFolder } = {}) {
	// BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server under the benchmark.
	const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs, serverPath(repoRoot), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', chunk => { stderr = (stderr + chunk).slice(-4000); });
	const connection = rpc.createProtocolConnection(
		new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
	const progress = new Map();
	const progressListeners = new Set();
	const notifications = new Set();
	connection.onRequest('workspace/configuration', params => params.items.map(() => null));
	connection.onRequest('window/workDoneProgress/create', () => null);
	connection.onRequest('client/registerCapability', () => null);
	connection.onRequest('workspace/semanticTokens/refresh', () => null);
	connection.onRequest('workspace/workspaceFolders', () => (workspaceFolder ? [folderOf(workspaceFolder)] : null));
	connection.onNotification('$/progress', ({ token, value }) => {
		progress.set(token, value);
		for (const listener of progressListeners) listener(token, value);
	});
	connection.onNotification((method, params) => { for (const listener of notifications) listener(method, params); });
	connection.listen();
	const exited = new Promise(resolve => child.once('exit', code => resolve(code)));
	const initialize = await connection.sendRequest('initialize', {
		processId: process.pid,
		rootUri: workspaceFolder ? pathToFileURL(workspaceFolder).href : null,
		workspaceFolders: workspaceFolder ? [folderOf(workspaceFolder)] : null,
		capabilities,
	});
	await connection.sendNotification('initialized', {});
	return {
		child, connection, capabilities: initialize.capabilities, progress,
		get stderr() { return stderr; },
		onProgress(listener) { progressListeners.add(listener); return () => progressListeners.delete(listener); },
		onNotification(listener) { notifications.add(listener); return () => notifications.delete(listener); },
		open(uri, text, version = 1) {
			return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
		},
		close(uri) { return connection.sendNotification('textDocument/didClose', { textDocument: { uri } }); },
		request(method, params) { return connection.sendRequest(method, params); },
		/** Resident set size of the server process in MB, from /proc (Linux only), or null. */
		rssMb() {
			try {
				const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
				const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
				return Number.isFinite(kb) ? kb / 1024 : null;
			} catch { return null; }
		},
		async stop() {
			const timer = setTimeout(() => child.kill(), 3000);
			try {
				await Promise.race([connection.sendRequest('shutdown'), exited]);
				await connection.sendNotification('exit');
			} catch { child.kill(); }
			await exited;
			clearTimeout(timer);
			connection.dispose();
		},
	};
}

function folderOf(dir) {
	return { uri: pathToFileURL(dir).href, name: path.basename(dir) };
}
