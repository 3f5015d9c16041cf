/**
 * A code action on a statement of a meeting text: "Tag statement…", which runs the tagging command.
 * Offered only where the server places a statement (StatementAtRequest): the client never decides
 * by itself what a statement is.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { StatementAtRequest } from '../../server/src/protocol';

export class TagCodeActionProvider implements vscode.CodeActionProvider {
	static readonly kinds = [vscode.CodeActionKind.Empty.append('diplomaticAnnotator').append('tag'), vscode.CodeActionKind.QuickFix];

	constructor(private readonly client: LanguageClient) {}

	async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
		const fixes = orphanFixes(document, range, context);
		const statement = await this.client.sendRequest(StatementAtRequest,
			{ textDocument: { uri: document.uri.toString() }, position: { line: range.start.line, character: range.start.character } }, token).catch(() => null);
		if (!statement || token.isCancellationRequested) return fixes;
		const action = new vscode.CodeAction(`Tag statement of ${statement.speaker}…`, TagCodeActionProvider.kinds[0]);
		const args = range.isEmpty ? [{ uri: document.uri.toString(), range: statement.range }] : [{ uri: document.uri.toString(), range: { start: range.start, end: range.end } }];
		action.command = { command: 'diplomaticAnnotator.tagStatement', title: action.title, arguments: args };
		return [...fixes, action];
	}
}

/** Quick fixes on an orphaned annotation's diagnostic: re-attach it to the selection, or drop it. */
function orphanFixes(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
	const fixes: vscode.CodeAction[] = [];
	for (const diagnostic of context.diagnostics) {
		const id = diagnostic.code === 'orphaned-annotation' ? /^Annotation (\S+) /.exec(diagnostic.message)?.[1] : undefined;
		if (!id) continue;
		const uri = document.uri.toString();
		if (!range.isEmpty) {
			const reattach = new vscode.CodeAction(`Re-attach annotation ${id} to the selection`, vscode.CodeActionKind.QuickFix);
			reattach.command = { command: 'diplomaticAnnotator.reattachOrphan', title: reattach.title, arguments: [{ uri, id, range }] };
			reattach.diagnostics = [diagnostic];
			fixes.push(reattach);
		}
		const drop = new vscode.CodeAction(`Drop orphaned annotation ${id}…`, vscode.CodeActionKind.QuickFix);
		drop.command = { command: 'diplomaticAnnotator.dropOrphan', title: drop.title, arguments: [{ uri, id }] };
		drop.diagnostics = [diagnostic];
		fixes.push(drop);
	}
	return fixes;
}
