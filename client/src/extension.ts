/**
 * Activation: starts the language client, then the annotation store, the theme vocabulary, the
 * positions view, commands, status bar and auto-detection. Returns an API whose `ready` resolves
 * once the client runs and the views are registered, so that tests await it instead of sleeping.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { AnalysisChangedNotification } from '../../server/src/protocol';
import { AnnotationManager } from './annotationManager';
import { registerAnnotationSync } from './annotationSync';
import { TagCodeActionProvider } from './codeActions';
import { registerExportCommands } from './commands/exportCommands';
import { registerMatrixCommands } from './matrix/matrixCommands';
import { registerTaggingCommands } from './commands/tagging';
import { registerViewCommands } from './commands/viewCommands';
import { createLanguageClient } from './languageClient';
import { registerStatusAndDetect } from './statusAndDetect';
import { ThemeRegistry } from './themeRegistry';
import { isMeetingCandidate, PositionsProvider } from './views/positionsProvider';

/** What activate() returns to tests and other extensions. */
export interface DiplomaticAnnotatorApi {
	/** Resolves when the language client is running and the views and commands are registered. */
	ready: Promise<void>;
	client: LanguageClient;
	/** The annotation store of open texts. */
	store: AnnotationManager;
	themes: ThemeRegistry;
	positions: PositionsProvider;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): DiplomaticAnnotatorApi {
	client = createLanguageClient(context);
	const diagnostics = vscode.languages.createDiagnosticCollection('diplomaticAnnotator');
	const themes = new ThemeRegistry(context.extensionPath, vscode.languages.createDiagnosticCollection('diplomaticAnnotator.themes'));
	const store = new AnnotationManager(diagnostics);
	// The client keeps one handler per notification method, so one emitter fans it out.
	const analysisChanged = new vscode.EventEmitter<{ uri: string; version: number }>();
	context.subscriptions.push(analysisChanged, client.onNotification(AnalysisChangedNotification, p => analysisChanged.fire(p)));
	const positions = new PositionsProvider(client, store, themes, analysisChanged.event);
	const tree = vscode.window.createTreeView('diplomaticAnnotator.positions', { treeDataProvider: positions, showCollapseAll: true });
	context.subscriptions.push(client, diagnostics, themes, store, positions, tree);
	// The view's title says how it is grouped and filtered.
	context.subscriptions.push(positions.onDidChangeTreeData(() => {
		tree.description = `by ${positions.groupBy}`;
		const { themes: t = [], stances = [] } = positions.filter;
		tree.message = t.length || stances.length ? `Filtered: ${[...t.map(id => themes.label(id)), ...stances].join(', ')}` : undefined;
	}));

	registerTaggingCommands(context, client, store, themes, positions);
	registerViewCommands(context, store, themes, positions);
	registerExportCommands(context, store);
	registerMatrixCommands(context, client, store, themes, analysisChanged.event, () => positions.current);
	context.subscriptions.push(vscode.languages.registerCodeActionsProvider(
		[{ language: 'un-meeting', scheme: 'file' }, { language: 'un-meeting', scheme: 'untitled' }],
		new TagCodeActionProvider(client), { providedCodeActionKinds: TagCodeActionProvider.kinds }));

	const openAnnotations = (doc: vscode.TextDocument) => { if (isMeetingCandidate(doc) && doc.uri.scheme === 'file') void store.open(doc); };
	context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(openAnnotations));

	const started = client;
	const ready = (async () => {
		await Promise.all([started.start(), themes.load()]);
		registerAnnotationSync(context, started, store, themes);
		registerStatusAndDetect(context, started, analysisChanged.event);
		await Promise.all(vscode.workspace.textDocuments.filter(d => isMeetingCandidate(d) && d.uri.scheme === 'file').map(d => store.open(d)));
		await positions.refresh();
	})();
	ready.catch(error => void vscode.window.showErrorMessage(`Diplomatic Annotator could not start its language server: ${(error as Error).message}`));
	return { ready, client, store, themes, positions };
}

export async function deactivate(): Promise<void> {
	await client?.stop().catch(() => undefined);
	client = undefined;
}
