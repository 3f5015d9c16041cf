/**
 * The language client: starts server/out/server.js over IPC (with inspector options when
 * debugging) for UN meeting texts and for plain text and Markdown files, which the server checks.
 */
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { nodeFlags } from '../../server/src/nodeFlags.json';

/** Commands the server's hover links may run (hover markdown is trusted for these only). */
const HOVER_COMMANDS = ['diplomaticAnnotator.revealStatement'];

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
	const module = context.asAbsolutePath('server/out/server.js');
	const serverOptions: ServerOptions = {
		// The server's Node options (see server/src/nodeFlags.json: a young generation sized for long texts).
		run: { module, transport: TransportKind.ipc, options: { execArgv: nodeFlags } },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: [...nodeFlags, '--nolazy', '--inspect=6010'] } },
	};
	const documentSelector = ['un-meeting', 'plaintext', 'markdown'].flatMap(language => [
		{ scheme: 'file', language }, { scheme: 'untitled', language },
	]);
	const clientOptions: LanguageClientOptions = {
		documentSelector,
		synchronize: { configurationSection: 'diplomaticAnnotator' },
		middleware: {
			async provideHover(document, position, token, next) {
				const hover = await next(document, position, token);
				for (const content of hover?.contents ?? []) {
					if (content instanceof vscode.MarkdownString) content.isTrusted = { enabledCommands: HOVER_COMMANDS };
				}
				return hover;
			},
		},
	};
	return new LanguageClient('diplomaticAnnotator', 'Diplomatic Annotator', serverOptions, clientOptions);
}
