/**
 * One Analysis per open document version, computed lazily on the first request that needs it and
 * shared by every feature. A new version is derived from the last one analysed when the edit
 * between them stays inside one statement (see core/incremental.ts), and analysed whole otherwise. After an edit, re-analysis is debounced; a request arriving before the
 * timer fires analyses at once, so answers are never stale.
 */
import { TextDocumentContentChangeEvent, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalyzedText, Reanalysis } from '../core/incremental';
import { mergeEdits, TextEdit, textDifference } from '../core/textEdit';
import { Analysis } from '../core/model';
import { AnalyzedDocument } from './analyzedDocument';

export interface DocumentCacheOptions {
	/** Runs the engine; injected so that tests and benchmarks can swap it. */
	readonly analyze: (text: string) => Analysis;
	/**
	 * Derives a version's analysis from the previous one's after an edit (core/incremental.ts);
	 * null when the edit is not local. Without it every version is analysed whole.
	 */
	readonly reanalyze?: (previous: AnalyzedText, text: string, edit: TextEdit) => Reanalysis | null;
	/** Delay after the last edit before analysing eagerly. */
	readonly debounceMs: number;
	/** Called after a new version was analysed (eagerly or on demand). */
	readonly onAnalyzed: (doc: AnalyzedDocument) => void;
	/** Called when analysing throws; the document then gets an empty analysis. */
	readonly onError: (uri: string, error: unknown) => void;
	readonly empty: Analysis;
}

/** How long after deriving a version its text is flattened (ms): after the answer is written. */
const IDLE_MS = 15;

export class DocumentAnalysisCache {
	private readonly cache = new Map<string, AnalyzedDocument>();
	private readonly timers = new Map<string, NodeJS.Timeout>();
	/** Per document, the stretch edited since the cached version (null: unknown, diff the texts). */
	private readonly pending = new Map<string, TextEdit | null>();
	private whole = 0;
	private derived = 0;

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
		const doc = (cached && this.derive(cached, text, document.version, this.pending.get(uri))) ?? this.analyzeWhole(uri, document.version, text);
		if (doc.derived) this.derived++; else this.whole++;
		cached?.release();
		this.cache.set(uri, doc);
		this.pending.delete(uri);
		// A derived version did not read its text: an edited string is copied whole (flattened) on its
		// first read, which is better done while the editor is idle than in the next edit's way. Not at
		// once: the answer to the request that asked for this version is written on a later turn of
		// the event loop, and would wait for the copy.
		if (doc.derived) setTimeout(() => void text.charCodeAt(0), IDLE_MS);
		this.options.onAnalyzed(doc);
		return doc;
	}

	/** The new version derived from the cached one, when the edit between them allows it. */
	private derive(previous: AnalyzedDocument, text: string, version: number, known: TextEdit | null | undefined): AnalyzedDocument | undefined {
		const reanalyze = this.options.reanalyze;
		if (!reanalyze) return undefined;
		try {
			const edit = known && previous.text.length + known.newEnd - known.oldEnd === text.length ? known : textDifference(previous.text, text);
			if (!edit) return new AnalyzedDocument(previous.uri, version, text, previous.analysis, { previous, lines: previous.lines, statement: -1 });
			const result = reanalyze(previous, text, edit);
			return result ? new AnalyzedDocument(previous.uri, version, text, result.analysis, { previous, lines: result.lines, statement: result.statement }) : undefined;
		} catch (error) {
			// A fault in the shortcut must not cost the document its analysis: analyse it whole.
			this.options.onError(previous.uri, error);
			return undefined;
		}
	}

	private analyzeWhole(uri: string, version: number, text: string): AnalyzedDocument {
		let analysis: Analysis;
		try {
			analysis = this.options.analyze(text);
		} catch (error) {
			this.options.onError(uri, error);
			analysis = this.options.empty;
		}
		return new AnalyzedDocument(uri, version, text, analysis);
	}

	/**
	 * Notes a change before it is applied (`document` is the version it applies to), so that the
	 * next analysis knows where the text changed without comparing the texts: one contiguous edit
	 * per version, merged with those since the cached version. Several changes at once (multiple
	 * cursors) or a whole new text leave it unknown.
	 */
	noteChange(document: TextDocument | undefined, changes: readonly TextDocumentContentChangeEvent[]): void {
		const uri = document?.uri;
		if (!uri || !this.cache.has(uri)) return;
		const change = changes.length === 1 ? changes[0] : undefined;
		if (!change || !TextDocumentContentChangeEvent.isIncremental(change) || this.pending.get(uri) === null) {
			this.pending.set(uri, null);
			return;
		}
		const start = document.offsetAt(change.range.start), end = document.offsetAt(change.range.end);
		const before = this.pending.get(uri);
		const cachedText = this.cache.get(uri)!.text;
		this.pending.set(uri, before ? mergeEdits(cachedText, before, start, end, change.text) : { start, oldEnd: end, newEnd: start + change.text.length, text: change.text });
	}

	/** How many versions were analysed whole, and how many derived from the previous one. */
	counts(): { whole: number; derived: number } {
		return { whole: this.whole, derived: this.derived };
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
		this.pending.delete(uri);
	}
}

