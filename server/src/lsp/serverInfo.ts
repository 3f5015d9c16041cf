/**
 * Answers ServerInfoRequest with this process's id. It exists for the fault test of the
 * integration suite: the test kills the server by this id and checks that the client starts a new
 * one and that the views come back.
 */
import { Connection } from 'vscode-languageserver/node';
import { ServerInfoRequest } from '../protocol';

/** Registers the ServerInfoRequest handler on `connection` (before it listens). */
export function registerServerInfo(connection: Connection): void {
	connection.onRequest(ServerInfoRequest, () => ({ pid: process.pid }));
}
