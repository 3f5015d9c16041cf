/**
 * The built language server as a child process over stdio, with a JSON-RPC connection to it: the
 * one way every test that talks to a real server process starts and stops it (the LSP feature
 * tests' fake editor in lsp/serverProcess.ts and the fault tests' bare client in
 * robustness/lspProcess.ts build on it).
 */
import { ChildProcess, spawn } from 'node:child_process';
import {
	createMessageConnection, ExitNotification, MessageConnection, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

/** How long `stop` waits for a polite shutdown before it kills the process. */
const STOP_GRACE_MS = 3000;
/** How much of the server's stderr is kept (the tail, for failure messages). */
const STDERR_TAIL = 8000;

export interface StdioServer {
	readonly child: ChildProcess;
	/** Listening already; the caller adds handlers for the server's own requests. */
	readonly connection: MessageConnection;
	/** The tail of what the server wrote on stderr so far. */
	stderr(): string;
	/** Whether the process is still running. */
	alive(): boolean;
	/** Resolves with the exit code (null after a signal) once the process has exited. */
	readonly exited: Promise<number | null>;
	/** Sends shutdown and exit, kills the process if it does not exit in time, and disposes the connection. */
	stop(): Promise<number | null>;
}

/**
 * Spawns `node [nodeArgs] script --stdio` and connects to it. Handlers registered by the caller
 * before its first request are in place in time: the connection only reads once the event loop runs.
 */
export function spawnStdioServer(script: string, nodeArgs: readonly string[] = []): StdioServer {
	const child = spawn(process.execPath, [...nodeArgs, script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
	let stderr = '';
	child.stderr!.on('data', chunk => { stderr = (stderr + String(chunk)).slice(-STDERR_TAIL); });
	const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	// Errors of the connection itself (a closed pipe after a crash) surface through alive() and exited.
	connection.onError(() => undefined);
	connection.listen();
	const exited = new Promise<number | null>(resolve => {
		if (child.exitCode !== null) resolve(child.exitCode);
		else child.once('exit', code => resolve(code));
	});
	const alive = () => child.exitCode === null && child.signalCode === null;
	return {
		child, connection, exited, alive,
		stderr: () => stderr,
		async stop() {
			if (alive()) {
				const kill = setTimeout(() => child.kill(), STOP_GRACE_MS);
				try {
					await Promise.race([connection.sendRequest(ShutdownRequest.type), exited]);
					await connection.sendNotification(ExitNotification.type);
				} catch {
					child.kill();
				}
				await exited;
				clearTimeout(kill);
			}
			connection.dispose();
			return exited;
		},
	};
}
