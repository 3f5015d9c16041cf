/**
 * Shows the user's annotations: pushes them to the server (AnnotationsNotification, so that tokens,
 * hovers, the Outline and the positions view include them) and decorates tagged ranges with a
 * gutter mark in visible editors.
 */
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { AnnotationsForDocument, AnnotationsNotification } from '../../server/src/protocol';
import { AnnotationManager } from './annotationManager';
import { ThemeRegistry } from './themeRegistry';

export function registerAnnotationSync(context: vscode.ExtensionContext, client: LanguageClient, manager: AnnotationManager, themes: ThemeRegistry): void {
	const decoration = vscode.window.createTextEditorDecorationType({
		gutterIconPath: context.asAbsolutePath('client/media/tag.svg'),
		gutterIconSize: 'contain',
		overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.infoForeground'),
		overviewRulerLane: vscode.OverviewRulerLane.Left,
		borderWidth: '0 0 1px 0',
		borderStyle: 'dotted',
		borderColor: new vscode.ThemeColor('editorInfo.foreground'),
	});

	const decorate = (editor: vscode.TextEditor) => {
		const state = manager.get(editor.document.uri);
		const options: vscode.DecorationOptions[] = [];
		for (const a of state?.attached ?? []) {
			const range = manager.rangeOf(editor.document, a);
			if (!range) continue;
			const tags = a.annotation.themes.map(t => themes.label(t)).join(', ');
			const hover = new vscode.MarkdownString(`**Tagged:** ${tags}${a.annotation.stance ? ` — *${a.annotation.stance}*` : ''}${a.annotation.note ? `\n\n${a.annotation.note}` : ''}`);
			options.push({ range, hoverMessage: hover });
		}
		editor.setDecorations(decoration, options);
	};

	const push = (uri: vscode.Uri) => {
		const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
		const state = manager.get(uri);
		if (!doc || !state) return;
		const params: AnnotationsForDocument = {
			uri: uri.toString(),
			annotations: state.attached.map(a => {
				const range = manager.rangeOf(doc, a);
				return {
					id: a.annotation.id, themes: a.annotation.themes, stance: a.annotation.stance, note: a.annotation.note,
					range: range ? { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } } : null,
				};
			}),
			userThemes: themes.userThemes.map(t => ({ id: t.id, label: t.label })),
		};
		void client.sendNotification(AnnotationsNotification, params).catch(() => undefined);
		for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) decorate(editor);
	};

	context.subscriptions.push(
		decoration,
		manager.onDidChange(push),
		themes.onDidChange(() => { for (const doc of vscode.workspace.textDocuments) push(doc.uri); }),
		vscode.window.onDidChangeVisibleTextEditors(editors => editors.forEach(decorate)),
		// After a server restart, it has forgotten what the client told it.
		client.onDidChangeState(e => { if (e.newState === State.Running) for (const doc of vscode.workspace.textDocuments) push(doc.uri); }),
	);
	// Texts loaded before this registration have already announced themselves.
	for (const doc of vscode.workspace.textDocuments) push(doc.uri);
}
