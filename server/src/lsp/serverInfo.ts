/**
 * Answers ServerInfoRequest with this process's id and how its document versions were analysed.
 * It exists for tests: the fault test of the integration suite kills the server by this id and
 * checks that the client starts a new one; protocol tests check that edits take the incremental path.
 */
import { Connection } from 'vscode-languageserver/node';
import { ServerInfo, ServerInfoRequest } from '../protocol';

/** Registers the ServerInfoRequest handler on `connection` (before it listens). */
export function registerServerInfo(connection: Connection, analyses?: () => ServerInfo['analyses']): void {
	connection.onRequest(ServerInfoRequest, () => ({ pid: process.pid, analyses: analyses?.() }));
}
