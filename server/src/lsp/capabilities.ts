/**
 * What the server offers (InitializeResult.capabilities) and what it learned about the client.
 */
import { ClientCapabilities, ServerCapabilities, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { LEGEND } from './legend';

export interface ClientSupport {
	configuration: boolean;
	workDoneProgress: boolean;
	semanticTokensRefresh: boolean;
	watchedFilesRegistration: boolean;
	configurationRegistration: boolean;
	workspaceFolders: boolean;
}

/** The client features the server adapts to. */
export function clientSupport(caps: ClientCapabilities): ClientSupport {
	return {
		configuration: caps.workspace?.configuration === true,
		workDoneProgress: caps.window?.workDoneProgress === true,
		semanticTokensRefresh: caps.workspace?.semanticTokens?.refreshSupport === true,
		watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
		configurationRegistration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
		workspaceFolders: caps.workspace?.workspaceFolders === true,
	};
}

/** The server's capabilities: every feature of the language server, with the one token legend. */
export function serverCapabilities(client: ClientSupport): ServerCapabilities {
	return {
		textDocumentSync: TextDocumentSyncKind.Incremental,
		hoverProvider: true,
		documentSymbolProvider: { label: 'UN meeting' },
		workspaceSymbolProvider: true,
		definitionProvider: true,
		referencesProvider: true,
		foldingRangeProvider: true,
		semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true },
		workspace: client.workspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
	};
}
