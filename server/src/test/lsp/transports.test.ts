/**
 * The built server speaks over node IPC as well as stdio: VS Code's client starts it with
 * TransportKind.ipc, which forks it with `--node-ipc` and an IPC channel.
 */
import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import {
	createMessageConnection, ExitNotification, InitializeResult, IPCMessageReader, IPCMessageWriter, ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, SERVER_JS } from './serverProcess';

describe('LSP over node IPC', function () {
	this.timeout(60_000);

	it('initializes, answers a request and exits cleanly', async () => {
		await ensureServerBuilt();
		const child = fork(SERVER_JS, ['--node-ipc', `--clientProcessId=${process.pid}`], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
		const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
		const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
		connection.listen();
		try {
			const result = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
			assert.ok(result.capabilities.semanticTokensProvider?.legend.tokenTypes.includes('speaker'));
			await connection.sendNotification('initialized', {});
			const uri = 'file:///tmp/ipc.txt';
			await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'Not a meeting text.' } });
			const summary = await connection.sendRequest<{ genre: string; statements: number }>('diplomaticAnnotator/summary', { textDocument: { uri } });
			assert.deepEqual([summary.genre, summary.statements], ['other', 0]);
			await connection.sendRequest(ShutdownRequest.type);
			await connection.sendNotification(ExitNotification.type);
			assert.equal(await exited, 0);
		} finally {
			connection.dispose();
			if (child.exitCode === null) child.kill();
		}
	});
});
