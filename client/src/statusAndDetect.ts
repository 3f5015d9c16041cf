/**
 * Recognising meeting texts and the status bar. The client never analyses text: it asks the server
 * for a summary (SummaryRequest); a .txt/.md file whose genre is not `other` switches to the
 * `un-meeting` language (unless diplomaticAnnotator.autoDetect is off), and the status bar shows
 * the genre and counts of the active meeting text.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { DocumentSummary, SummaryRequest } from '../../server/src/protocol';

const GENRE_LABEL: Record<DocumentSummary['genre'], string> = {
	'meeting-coverage': 'Meetings Coverage', 'verbatim-record': 'Verbatim record', other: 'Not a meeting text',
};

export function registerStatusAndDetect(context: vscode.ExtensionContext, client: LanguageClient, onAnalysisChanged: vscode.Event<{ uri: string }>): void {
	const item = vscode.window.createStatusBarItem('diplomaticAnnotator.summary', vscode.StatusBarAlignment.Right, 100);
	item.name = 'Diplomatic Annotator';
	item.command = 'workbench.view.extension.diplomaticAnnotator';

	const summaryOf = async (doc: vscode.TextDocument) => {
		try {
			return await client.sendRequest(SummaryRequest, { textDocument: { uri: doc.uri.toString() } });
		} catch {
			return null;
		}
	};

	// Texts whose summary came back empty because the server did not hold them yet: after a server
	// restart the client's own open listener runs after ours, so the request overtakes the didOpen
	// (and while the server is down there is no answer at all). The server announces every text it
	// analyses, so detection tries again then.
	const unheard = new Set<string>();

	const detect = async (doc: vscode.TextDocument) => {
		if (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown') return;
		if (!vscode.workspace.getConfiguration('diplomaticAnnotator', doc.uri).get<boolean>('autoDetect', true)) return;
		const summary = await summaryOf(doc);
		if (!summary && !doc.isClosed) unheard.add(doc.uri.toString());
		if (summary && summary.genre !== 'other' && !doc.isClosed && (doc.languageId as string) !== 'un-meeting') {
			await vscode.languages.setTextDocumentLanguage(doc, 'un-meeting');
			void update();
		}
	};

	const update = async () => {
		const doc = vscode.window.activeTextEditor?.document;
		if (!doc || doc.languageId !== 'un-meeting') { item.hide(); return; }
		const s = await summaryOf(doc);
		if (!s || vscode.window.activeTextEditor?.document !== doc) { if (!s) item.hide(); return; }
		item.text = `$(organization) ${GENRE_LABEL[s.genre]}: ${s.statements} statements, ${s.speakers} speakers, ${s.institutions} institutions`;
		item.tooltip = new vscode.MarkdownString(`**${GENRE_LABEL[s.genre]}**\n\n- ${s.statements} statements\n- ${s.speakers} speakers\n- ${s.institutions} institutions\n- ${s.states} States`);
		item.show();
	};

	context.subscriptions.push(
		item,
		vscode.workspace.onDidOpenTextDocument(doc => void detect(doc)),
		vscode.window.onDidChangeActiveTextEditor(() => void update()),
		vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('diplomaticAnnotator')) void update(); }),
		onAnalysisChanged(p => {
			if (p.uri === vscode.window.activeTextEditor?.document.uri.toString()) void update();
			const doc = unheard.delete(p.uri) ? vscode.workspace.textDocuments.find(d => d.uri.toString() === p.uri) : undefined;
			if (doc) void detect(doc);
		}),
		vscode.workspace.onDidCloseTextDocument(doc => unheard.delete(doc.uri.toString())),
	);
	for (const doc of vscode.workspace.textDocuments) void detect(doc);
	void update();
}
