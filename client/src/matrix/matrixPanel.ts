/**
 * The positions matrix panel: one webview showing the matrix of the active text or of a chosen set
 * of texts. The extension asks the server for the model (MatrixRequest), renders the table
 * (matrixHtml.ts), and answers the page's messages: reveal a statement in the editor, export SVG or
 * CSV. It refreshes when a shown text is analysed again or its tags change.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import type { MatrixModel } from '../../../server/src/core/matrix';
import { matrixToCsv, matrixToSvg } from '../../../server/src/core/matrixExport';
import { MatrixRequest, MatrixResult } from '../../../server/src/protocol';
import { AnnotationManager } from '../annotationManager';
import { ThemeRegistry } from '../themeRegistry';
import { cellPayload, uriBaseName, withFileNames } from './matrixCells';
import { annotationsForClosedTexts } from './matrixSources';
import { matrixPage } from './matrixHtml';

/** Messages the page sends (see client/media/matrix/matrix.js). */
export type PanelMessage =
	| { type: 'ready' }
	| { type: 'reveal'; uri: string; start: number; end: number; startLine: number }
	| { type: 'export'; format: 'svg' | 'csv'; target?: string };

export class MatrixPanel implements vscode.Disposable {
	static readonly viewType = 'diplomaticAnnotator.matrix';
	private panel: vscode.WebviewPanel | undefined;
	private uris: vscode.Uri[] = [];
	/** Whether the panel follows the active meeting text (it does when opened on one). */
	private follow = false;
	private result: MatrixResult | undefined;
	private loading: Promise<void> = Promise.resolve();
	private readonly disposables: vscode.Disposable[] = [];
	private readonly loaded = new vscode.EventEmitter<void>();
	/** Fires after the panel shows a new model (tests wait on it). */
	readonly onDidLoad = this.loaded.event;

	constructor(
		private readonly context: vscode.ExtensionContext,
		private readonly client: LanguageClient,
		private readonly store: AnnotationManager,
		private readonly themes: ThemeRegistry,
		onAnalysisChanged: vscode.Event<{ uri: string }>,
	) {
		const shown = (uri: string) => this.panel !== undefined && this.uris.some(u => u.toString() === uri);
		this.disposables.push(this.loaded,
			onAnalysisChanged(e => { if (shown(e.uri)) this.refresh(); }),
			store.onDidChange(uri => { if (shown(uri.toString())) this.refresh(); }),
			// A text opened as plain text is reopened in the meeting language: follow that too.
			vscode.window.onDidChangeActiveTextEditor(editor => followed(editor?.document)),
			vscode.workspace.onDidOpenTextDocument(doc => { if (doc.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) followed(doc); }));
		const followed = (doc: vscode.TextDocument | undefined) => {
			if (!this.panel || !this.follow || doc?.languageId !== 'un-meeting' || shown(doc.uri.toString())) return;
			this.uris = [doc.uri];
			this.refresh();
		};
	}

	/** The model on screen, the texts asked for and the ones left out (for tests and exports). */
	get state(): { model: MatrixModel | undefined; uris: string[]; skipped: MatrixResult['skipped']; visible: boolean } {
		return { model: this.result?.model, uris: this.uris.map(u => u.toString()), skipped: this.result?.skipped ?? [], visible: this.panel?.visible ?? false };
	}

	/**
	 * Shows the matrix of `uris` in the panel (created beside the editor on first use); resolves
	 * once it is shown. With `follow`, the panel then follows the active meeting text.
	 */
	async show(uris: vscode.Uri[], follow = false): Promise<void> {
		this.uris = uris;
		this.follow = follow;
		if (!this.panel) {
			this.panel = vscode.window.createWebviewPanel(MatrixPanel.viewType, 'Positions matrix', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
				enableScripts: true,
				localResourceRoots: [this.mediaRoot()],
			});
			this.panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'client', 'media', 'positions.svg');
			this.panel.onDidDispose(() => { this.panel = undefined; this.result = undefined; }, null, this.disposables);
			this.panel.webview.onDidReceiveMessage((m: PanelMessage) => void this.handle(m), null, this.disposables);
		} else {
			this.panel.reveal(undefined, false);
		}
		await this.reload();
	}

	/** Answers one message of the page (also used by the test command). */
	async handle(message: PanelMessage): Promise<void> {
		try {
			if (message.type === 'ready') await this.postCells();
			else if (message.type === 'reveal') await this.reveal(message);
			else if (message.type === 'export') await this.export(message.format, message.target);
		} catch (error) {
			void vscode.window.showErrorMessage(`Diplomatic Annotator: ${(error as Error).message}`);
		}
	}

	/** Reloads in the background; a failure keeps the table on screen and is logged. */
	private refresh(): void {
		this.reload().catch(error => this.client.outputChannel.appendLine(`Positions matrix not refreshed: ${(error as Error).message}`));
	}

	private reload(): Promise<void> {
		// One load at a time, in order: a burst of edits ends with the newest model on screen.
		this.loading = this.loading.then(() => this.load(), () => this.load());
		return this.loading;
	}

	private async load(): Promise<void> {
		const panel = this.panel;
		if (!panel) return;
		const uris = this.uris.map(u => u.toString());
		const result = await this.client.sendRequest(MatrixRequest, {
			uris,
			annotations: await annotationsForClosedTexts(this.uris, this.store),
			userThemes: this.themes.userThemes.map(t => ({ id: t.id, label: t.label })),
		});
		if (panel !== this.panel) return;
		this.result = result;
		const several = uris.length > 1;
		const title = several ? `Positions across ${result.model.files.length} texts` : `Positions — ${uriBaseName(uris[0] ?? '')}`;
		panel.title = title;
		const webview = panel.webview;
		webview.html = matrixPage(result.model, {
			cspSource: webview.cspSource,
			nonce: randomBytes(16).toString('base64'),
			scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot(), 'matrix.js')).toString(),
			styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot(), 'matrix.css')).toString(),
			title,
			fileLabels: result.model.files.map(f => f.date ? `${uriBaseName(f.file)} (${f.date})` : uriBaseName(f.file)),
			skipped: result.skipped.map(s => ({ name: uriBaseName(s.uri), reason: s.reason })),
		});
		this.loaded.fire();
	}

	private async postCells(): Promise<void> {
		if (this.panel && this.result) await this.panel.webview.postMessage({ type: 'cells', cells: cellPayload(this.result.model, uriBaseName) });
	}

	private async reveal(m: { uri: string; start: number; end: number }): Promise<void> {
		const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(m.uri));
		const range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
		const visible = vscode.window.visibleTextEditors.find(e => e.document === doc);
		const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}

	private async export(format: 'svg' | 'csv', target?: string): Promise<void> {
		if (!this.result) return;
		const model = withFileNames(this.result.model, uri => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false));
		const first = this.uris[0];
		const base = first?.scheme === 'file' ? vscode.Uri.joinPath(first, '..', `${uriBaseName(first.toString()).replace(/\.[^.]+$/, '')}.matrix.${format}`) : undefined;
		const uri = target ? vscode.Uri.parse(target) : await vscode.window.showSaveDialog({
			defaultUri: base, filters: format === 'svg' ? { SVG: ['svg'] } : { CSV: ['csv'] }, title: `Export the positions matrix as ${format.toUpperCase()}`,
		});
		if (!uri) return;
		const content = format === 'svg' ? matrixToSvg(model, this.panel?.title ?? 'Positions matrix') : matrixToCsv(model);
		await fsp.writeFile(uri.fsPath, content, 'utf8');
		if (!target) void vscode.window.showInformationMessage(`Exported the positions matrix to ${uri.fsPath}.`);
	}

	private mediaRoot(): vscode.Uri {
		return vscode.Uri.joinPath(this.context.extensionUri, 'client', 'media', 'matrix');
	}

	dispose(): void {
		this.panel?.dispose();
		for (const d of this.disposables) d.dispose();
	}
}
