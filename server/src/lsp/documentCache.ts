/**
 * One Analysis per open document version, computed lazily on the first request that needs it and
 * shared by every feature. After an edit, re-analysis is debounced; a request arriving before the
 * timer fires analyses at once, so answers are never stale.
 */
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/model';
import { AnalyzedDocument } from './analyzedDocument';

export interface DocumentCacheOptions {
	/** Runs the engine; injected so that tests and benchmarks can swap it. */
	readonly analyze: (text: string) => Analysis;
	/** Delay after the last edit before analysing eagerly. */
	readonly debounceMs: number;
	/** Called after a new version was analysed (eagerly or on demand). */
	readonly onAnalyzed: (doc: AnalyzedDocument) => void;
	/** Called when analysing throws; the document then gets an empty analysis. */
	readonly onError: (uri: string, error: unknown) => void;
	readonly empty: Analysis;
}

export class DocumentAnalysisCache {
	private readonly cache = new Map<string, AnalyzedDocument>();
	private readonly timers = new Map<string, NodeJS.Timeout>();

	constructor(readonly documents: TextDocuments<TextDocument>, private readonly options: DocumentCacheOptions) {
		documents.onDidChangeContent(e => this.schedule(e.document.uri));
		documents.onDidClose(e => this.forget(e.document.uri));
	}

	/** The analysed current version of an open document; undefined when it is not open. */
	get(uri: string): AnalyzedDocument | undefined {
		const document = this.documents.get(uri);
		if (!document) return undefined;
		const cached = this.cache.get(uri);
		if (cached && cached.version === document.version) return cached;
		this.cancelTimer(uri);
		const text = document.getText();
		let analysis: Analysis;
		try {
			analysis = this.options.analyze(text);
		} catch (error) {
			this.options.onError(uri, error);
			analysis = this.options.empty;
		}
		const doc = new AnalyzedDocument(uri, document.version, text, analysis);
		this.cache.set(uri, doc);
		this.options.onAnalyzed(doc);
		return doc;
	}

	/** Every open document, analysed. */
	all(): AnalyzedDocument[] {
		return this.documents.all().map(d => this.get(d.uri)).filter((d): d is AnalyzedDocument => d !== undefined);
	}

	private schedule(uri: string): void {
		this.cancelTimer(uri);
		this.timers.set(uri, setTimeout(() => {
			this.timers.delete(uri);
			this.get(uri);
		}, this.options.debounceMs));
	}

	private cancelTimer(uri: string): void {
		const timer = this.timers.get(uri);
		if (timer) clearTimeout(timer);
		this.timers.delete(uri);
	}

	private forget(uri: string): void {
		this.cancelTimer(uri);
		this.cache.delete(uri);
	}
}
