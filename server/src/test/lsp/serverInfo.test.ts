/**
 * The server names its own process id (ServerInfoRequest), which the integration suite's fault test
 * uses to kill it; started the way VS Code's client starts it (forked, `--node-ipc`).
 */
import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { createMessageConnection, InitializeResult, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import { ServerInfoRequest } from '../../protocol';
import { ensureServerBuilt, SERVER_JS } from './serverProcess';

describe('LSP: server info', function () {
	this.timeout(60_000);

	it('answers with the id of its own process, and a killed server closes the connection', async () => {
		await ensureServerBuilt();
		const child = fork(SERVER_JS, ['--node-ipc', `--clientProcessId=${process.pid}`], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
		const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
		const closed = new Promise<void>(resolve => connection.onClose(() => resolve()));
		connection.listen();
		try {
			await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
			await connection.sendNotification('initialized', {});
			const info = await connection.sendRequest(ServerInfoRequest);
			assert.equal(info.pid, child.pid);
			// What the language client sees when the server dies: the connection closes, which is its cue to restart.
			process.kill(info.pid, 'SIGKILL');
			await closed;
		} finally {
			connection.dispose();
			if (child.exitCode === null && child.signalCode === null) child.kill();
		}
	});
});
