/**
 * Wires every feature onto a connection: each handler fetches the analysed document, calls one
 * feature module and returns its result; `guard` keeps exceptions from escaping.
 */
import {
	Connection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType,
	InitializeParams, InitializeResult, SemanticTokensRefreshRequest, TextDocuments, WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../core/analyze';
import { reanalyze } from '../core/incremental';
import { builtinVocabulary } from '../core/vocabulary';
import { Analysis, EMPTY_ANALYSIS } from '../core/model';
import { AnalysisChangedNotification, AnnotationsNotification, MatrixRequest, PositionsRequest, StatementAtRequest, SummaryRequest } from '../protocol';
import { AnnotationStore } from './annotations';
import { ClientSupport, clientSupport, serverCapabilities } from './capabilities';
import { documentView, guard, ServerContext } from './context';
import { DocumentAnalysisCache } from './documentCache';
import { documentSymbols } from './documentSymbols';
import { foldingRanges } from './folding';
import { hover } from './hover';
import { matrix } from './matrix';
import { definition, references } from './navigation';
import { positions } from './positions';
import { deltaTokens, fullTokens, rangeTokens } from './semanticTokens';
import { TokenResults } from './tokenDelta';
import { SettingsStore } from './settings';
import { statementAt, summary } from './summary';
import { openDocumentSymbols } from './openSymbols';
import { warmUpVocabulary } from './vocabulary';
import { WorkspaceIndex } from './workspaceIndex';
import { releasingWhenIdle } from './idleRelease';
import { querySymbols } from './workspaceSymbols';
import { registerServerInfo } from './serverInfo';

export interface LanguageServerOptions {
	/** Replaces the engine (tests); incremental re-analysis is then off. */
	readonly analyze?: (text: string) => Analysis;
	/** Delay after the last edit before analysing eagerly (ms). */
	readonly debounceMs?: number;
}

/** Registers all handlers on `connection` and starts listening. */
export function startLanguageServer(connection: Connection, options: LanguageServerOptions = {}): void {
	const analyzeText = options.analyze ?? releasingWhenIdle(text => analyze(text));
	const textDocuments = new TextDocuments(TextDocument);
	let client: ClientSupport | undefined;
	let folders: WorkspaceFolder[] = [];
	const ctx: ServerContext = {
		connection,
		documents: new DocumentAnalysisCache(textDocuments, {
			analyze: analyzeText,
			reanalyze: options.analyze ? undefined : (previous, text, edit) => reanalyze(previous, text, edit, builtinVocabulary()),
			debounceMs: options.debounceMs ?? 200,
			empty: EMPTY_ANALYSIS,
			onAnalyzed: doc => quietly('analysisChanged', connection.sendNotification(AnalysisChangedNotification, { uri: doc.uri, version: doc.version })),
			onError: (uri, error) => connection.console.error(`Analysis of ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`),
		}),
		annotations: new AnnotationStore(),
		settings: new SettingsStore(connection),
		workspace: new WorkspaceIndex(connection, {
			analyze: analyzeText,
			progress: () => client?.workDoneProgress === true,
			progressThreshold: 20,
			isOpen: uri => textDocuments.get(uri) !== undefined,
		}),
		tokenResults: new TokenResults(),
	};
	// Fire-and-forget work must never become an unhandled rejection, which would end the process.
	const quietly = (what: string, work: Promise<unknown>) => void work.catch(error => connection.console.error(`${what} failed: ${String(error)}`));
	const refreshTokens = () => { if (client?.semanticTokensRefresh) quietly('semantic tokens refresh', connection.sendRequest(SemanticTokensRefreshRequest.type)); };
	const reindex = () => quietly('workspace index', ctx.workspace.reindex(folders.map(f => f.uri), ctx.settings.get().then(s => s.workspaceIndex)));

	connection.onInitialize((params: InitializeParams): InitializeResult => {
		client = clientSupport(params.capabilities);
		ctx.settings.supportsConfiguration = client.configuration;
		folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
		return { capabilities: serverCapabilities(client), serverInfo: { name: 'diplomatic-annotator' } };
	});

	connection.onInitialized(() => {
		if (client?.configurationRegistration) quietly('registration', connection.client.register(DidChangeConfigurationNotification.type, { section: 'diplomaticAnnotator' }));
		if (client?.watchedFilesRegistration) {
			quietly('registration', connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,md}' }] }));
		}
		if (client?.workspaceFolders) {
			connection.workspace.onDidChangeWorkspaceFolders(e => {
				folders = [...folders.filter(f => !e.removed.some(r => r.uri === f.uri)), ...e.added];
				reindex();
			});
		}
		reindex();
		// After the handshake, between messages: a document opened meanwhile is simply analysed first.
		setImmediate(warmUpVocabulary);
	});

	connection.onDidChangeConfiguration(params => {
		ctx.settings.clear(params.settings);
		refreshTokens();
		reindex();
	});

	connection.onDidChangeWatchedFiles(e => {
		// Deletions apply at once, so that a request that follows never sees a deleted file.
		for (const change of e.changes) if (change.type === FileChangeType.Deleted) ctx.workspace.remove(change.uri);
		const changed = e.changes.filter(c => c.type !== FileChangeType.Deleted);
		if (changed.length > 0) quietly('watched files', ctx.settings.get().then(async ({ workspaceIndex }) => {
			if (!workspaceIndex.enabled) return;
			for (const change of changed) await ctx.workspace.update(change.uri, workspaceIndex.maxFileSizeMB);
		}));
	});

	textDocuments.onDidClose(e => {
		ctx.tokenResults.forget(e.document.uri);
		ctx.settings.forget(e.document.uri);
		// The index skipped the file while it was open; read it from disk now.
		quietly('workspace index', ctx.settings.get().then(({ workspaceIndex }) => workspaceIndex.enabled ? ctx.workspace.update(e.document.uri, workspaceIndex.maxFileSizeMB) : undefined));
	});

	connection.onNotification(AnnotationsNotification, data => {
		ctx.annotations.set(data);
		refreshTokens();
	});

	const view = (uri: string) => documentView(ctx, uri);
	connection.onHover(guard(ctx, 'hover', p => hover(ctx, p)));
	connection.onDocumentSymbol(guard(ctx, 'documentSymbol', async p => {
		const v = view(p.textDocument.uri);
		return v && (await ctx.settings.get(p.textDocument.uri)).outline.enabled ? documentSymbols(v.doc) : null;
	}));
	connection.onWorkspaceSymbol(guard(ctx, 'workspaceSymbol', async (p, token) => {
		await Promise.race([ctx.workspace.ready, new Promise<void>(resolve => token.onCancellationRequested(() => resolve()))]);
		return querySymbols(p.query, openDocumentSymbols(ctx.workspace, ctx.documents.all()));
	}));
	connection.onDefinition(guard(ctx, 'definition', p => { const v = view(p.textDocument.uri); return v ? definition(v, p.position) : null; }));
	connection.onReferences(guard(ctx, 'references', p => { const v = view(p.textDocument.uri); return v ? references(v, p.position) : null; }));
	connection.onFoldingRanges(guard(ctx, 'foldingRange', p => { const v = view(p.textDocument.uri); return v ? foldingRanges(v.doc) : null; }));
	connection.languages.semanticTokens.on(guard(ctx, 'semanticTokens', p => fullTokens(ctx, p)));
	connection.languages.semanticTokens.onDelta(guard(ctx, 'semanticTokensDelta', p => deltaTokens(ctx, p)));
	connection.languages.semanticTokens.onRange(guard(ctx, 'semanticTokensRange', p => rangeTokens(ctx, p)));
	connection.onRequest(PositionsRequest, guard(ctx, 'positions', p => { const v = view(p.textDocument.uri); return v ? positions(v, p) : null; }));
	connection.onRequest(SummaryRequest, guard(ctx, 'summary', p => { const v = view(p.textDocument.uri); return v ? summary(v) : null; }));
	connection.onRequest(StatementAtRequest, guard(ctx, 'statementAt', p => { const v = view(p.textDocument.uri); return v ? statementAt(v, p) : null; }));
	connection.onRequest(MatrixRequest, guard(ctx, 'matrix', (p, token) => matrix(ctx, p, token)));
	registerServerInfo(connection, () => ctx.documents.counts());

	// The cache hears of each change before the document applies it, to know where the text changed.
	textDocuments.listen({
		onDidOpenTextDocument: handler => connection.onDidOpenTextDocument(handler),
		onDidChangeTextDocument: handler => connection.onDidChangeTextDocument(params => {
			ctx.documents.noteChange(textDocuments.get(params.textDocument.uri), params.contentChanges);
			return handler(params);
		}),
		onDidCloseTextDocument: handler => connection.onDidCloseTextDocument(handler),
		onWillSaveTextDocument: handler => connection.onWillSaveTextDocument(handler),
		onWillSaveTextDocumentWaitUntil: handler => connection.onWillSaveTextDocumentWaitUntil(handler),
		onDidSaveTextDocument: handler => connection.onDidSaveTextDocument(handler),
	});
	connection.listen();
}
