/**
 * A code action on a statement of a meeting text: "Tag statement…", which runs the tagging command.
 * Offered only where the server places a statement (StatementAtRequest): the client never decides
 * by itself what a statement is.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { StatementAtRequest } from '../../server/src/protocol';

export class TagCodeActionProvider implements vscode.CodeActionProvider {
	static readonly kinds = [vscode.CodeActionKind.Empty.append('diplomaticAnnotator').append('tag')];

	constructor(private readonly client: LanguageClient) {}

	async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, _context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
		const statement = await this.client.sendRequest(StatementAtRequest,
			{ textDocument: { uri: document.uri.toString() }, position: { line: range.start.line, character: range.start.character } }, token).catch(() => null);
		if (!statement || token.isCancellationRequested) return [];
		const action = new vscode.CodeAction(`Tag statement of ${statement.speaker}…`, TagCodeActionProvider.kinds[0]);
		const args = range.isEmpty ? [{ uri: document.uri.toString(), range: statement.range }] : [{ uri: document.uri.toString(), range: { start: range.start, end: range.end } }];
		action.command = { command: 'diplomaticAnnotator.tagStatement', title: action.title, arguments: args };
		return [action];
	}
}
