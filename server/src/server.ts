/**
 * Entry point of the language server. `createConnection(ProposedFeatures.all)` picks the transport
 * from the command line: `--stdio` for any editor, `--node-ipc` when VS Code's client starts it
 * with TransportKind.ipc.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/languageServer';

const connection = createConnection(ProposedFeatures.all);
startLanguageServer(connection);
