/**
 * The matrix commands: `diplomaticAnnotator.showMatrix` (the active meeting text) and
 * `diplomaticAnnotator.showMatrixForFiles` (files or a folder, picked in an open dialog or passed
 * as arguments), plus two internal commands for the integration suite (names starting with "_"
 * stay out of the palette): the panel's state, and a message as if the page had sent it.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { AnnotationManager } from '../annotationManager';
import { ThemeRegistry } from '../themeRegistry';
import { MatrixPanel, PanelMessage } from './matrixPanel';
import { textsIn } from './matrixSources';

/** Registers the matrix panel and its commands; everything goes into `context.subscriptions`. */
export function registerMatrixCommands(context: vscode.ExtensionContext, client: LanguageClient, store: AnnotationManager, themes: ThemeRegistry,
	onAnalysisChanged: vscode.Event<{ uri: string }>, current: () => vscode.TextDocument | undefined): MatrixPanel {
	const panel = new MatrixPanel(context, client, store, themes, onAnalysisChanged);

	const showMatrix = async (uri?: vscode.Uri) => {
		const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri ?? current()?.uri;
		if (!target) { void vscode.window.showInformationMessage('Open a meeting text to see its positions matrix.'); return; }
		await panel.show([target], true);
	};

	const showMatrixForFiles = async (arg?: vscode.Uri | (vscode.Uri | string)[]) => {
		let picked: vscode.Uri[] | undefined = Array.isArray(arg) ? arg.map(u => typeof u === 'string' ? vscode.Uri.parse(u) : u) : arg instanceof vscode.Uri ? [arg] : undefined;
		if (!picked) {
			// Linux and Windows dialogs cannot offer files and folders at once: ask which first.
			const kind = await vscode.window.showQuickPick([
				{ label: '$(folder) A folder', description: 'every .txt and .md meeting text in it', folders: true },
				{ label: '$(files) Files', description: 'one or more meeting texts', folders: false },
			], { title: 'Compare positions across texts: choose' });
			if (!kind) return;
			picked = await vscode.window.showOpenDialog({
				canSelectFiles: !kind.folders, canSelectFolders: kind.folders, canSelectMany: true,
				filters: kind.folders ? undefined : { 'Meeting texts': ['txt', 'md'] },
				defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri, openLabel: 'Compare',
			});
		}
		if (!picked?.length) return;
		const texts = await textsIn(picked);
		if (!texts.length) { void vscode.window.showInformationMessage('No .txt or .md texts there.'); return; }
		await panel.show(texts);
	};

	context.subscriptions.push(panel,
		vscode.commands.registerCommand('diplomaticAnnotator.showMatrix', showMatrix),
		vscode.commands.registerCommand('diplomaticAnnotator.showMatrixForFiles', showMatrixForFiles),
		vscode.commands.registerCommand('_diplomaticAnnotator.matrix.state', () => panel.state),
		vscode.commands.registerCommand('_diplomaticAnnotator.matrix.message', (m: PanelMessage) => panel.handle(m)),
	);
	return panel;
}
