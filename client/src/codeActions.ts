/** A code action on a statement of a meeting text: "Tag statement…" (runs the tagging command). */
import * as vscode from 'vscode';

export class TagCodeActionProvider implements vscode.CodeActionProvider {
	static readonly kinds = [vscode.CodeActionKind.Empty.append('diplomaticAnnotator').append('tag')];

	provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
		const action = new vscode.CodeAction('Tag statement…', TagCodeActionProvider.kinds[0]);
		action.command = {
			command: 'diplomaticAnnotator.tagStatement', title: 'Tag statement…',
			arguments: range.isEmpty ? [] : [{ uri: document.uri.toString(), range: { start: range.start, end: range.end } }],
		};
		return [action];
	}
}
