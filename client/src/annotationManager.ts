/**
 * The editor side of the annotation store: one AnnotationFileStore per open text, anchors moved
 * with every edit and re-attached when the file or the text changed elsewhere, orphans kept and
 * reported, problems shown as diagnostics, and the result pushed to the server and the views.
 */
import * as vscode from 'vscode';
import { Attached, makeAnchor, resolveAnchor } from './annotations/anchor';
import { anchorUpdates, moveAttached, reattachKeeping } from './annotations/tracking';
import { AnnotationOp, AnnotationPatch } from './annotations/edit';
import { Annotation, AnnotationFileError, newAnnotationId, StanceId } from './annotations/model';
import { annotationFileFor } from './annotations/paths';
import { AnnotationFileStore } from './annotations/store';
import { toDiagnostic } from './diagnostics';

/** Texts up to this length are searched whole for orphans while typing (a few milliseconds). */
const WHOLE_TEXT_WHILE_TYPING = 256 * 1024;

/** The annotations of one open text. `attached` has one entry per annotation in the file. */
export interface TextAnnotations {
	readonly uri: vscode.Uri;
	readonly store: AnnotationFileStore | null;
	/** Why annotations cannot be stored for this text, if they cannot. */
	readonly unavailable: string | null;
	attached: Attached<Annotation>[];
}

/** Tags to add: themes, an optional stance and note. */
export interface TagInput {
	themes: string[];
	stance: StanceId | null;
	note: string | null;
}

export class AnnotationManager implements vscode.Disposable {
	private readonly texts = new Map<string, TextAnnotations>();
	private readonly changed = new vscode.EventEmitter<vscode.Uri>();
	private readonly disposables: vscode.Disposable[] = [this.changed];
	/** Fires after the annotations of a text changed (loaded, edited, moved, re-attached). */
	readonly onDidChange = this.changed.event;

	constructor(private readonly diagnostics: vscode.DiagnosticCollection) {
		const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
		const reload = (uri: vscode.Uri) => { for (const t of this.texts.values()) if (t.store?.path === uri.fsPath) void this.reload(t); };
		this.disposables.push(
			watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
			vscode.workspace.onDidChangeTextDocument(e => this.moveWithEdits(e)),
			vscode.workspace.onDidSaveTextDocument(doc => void this.persistMovedAnchors(doc)),
			vscode.workspace.onDidCloseTextDocument(doc => this.forget(doc.uri)),
			vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('diplomaticAnnotator.annotations.location')) void this.relocate(); }),
		);
	}

	/** The annotations of a text, if it is open and loaded. */
	get(uri: vscode.Uri): TextAnnotations | undefined {
		return this.texts.get(uri.toString());
	}

	/** Starts tracking an open text: finds its annotation file and loads it. Never rejects. */
	async open(doc: vscode.TextDocument): Promise<TextAnnotations> {
		const key = doc.uri.toString();
		const existing = this.texts.get(key);
		if (existing) {
			await this.loading.get(key);
			return existing;
		}
		const state = this.createState(doc);
		this.texts.set(key, state);
		// Callers that arrive while the file loads wait for it instead of seeing no annotations.
		const loading = this.reload(state).finally(() => { if (this.loading.get(key) === loading) this.loading.delete(key); });
		this.loading.set(key, loading);
		await loading;
		return state;
	}

	private readonly loading = new Map<string, Promise<void>>();

	/** Tags `range` of `doc` with themes; returns the new annotation. Throws with a clear message. */
	async tag(doc: vscode.TextDocument, range: vscode.Range, input: TagInput, speaker: string | null): Promise<Annotation> {
		const state = await this.writable(doc);
		const text = doc.getText();
		const now = new Date().toISOString();
		const author = vscode.workspace.getConfiguration('diplomaticAnnotator', doc.uri).get<string>('annotations.author', '') || null;
		let id = newAnnotationId();
		while (state.attached.some(a => a.annotation.id === id)) id = newAnnotationId();
		const annotation: Annotation = {
			id, themes: input.themes, stance: input.stance, note: input.note, author, created: now, modified: now,
			anchor: makeAnchor(text, doc.offsetAt(range.start), doc.offsetAt(range.end), speaker),
		};
		await this.applyOps(doc, state, [{ kind: 'add', annotation }]);
		return annotation;
	}

	/** Changes an annotation's themes, stance or note. */
	async update(doc: vscode.TextDocument, id: string, patch: AnnotationPatch): Promise<void> {
		const state = await this.writable(doc);
		await this.applyOps(doc, state, [{ kind: 'update', id, patch: { ...patch, modified: new Date().toISOString() } }]);
	}

	/** Removes an annotation (the user asked for it; nothing is ever removed otherwise). */
	async remove(doc: vscode.TextDocument, id: string): Promise<void> {
		await this.applyOps(doc, await this.writable(doc), [{ kind: 'remove', id }]);
	}

	/** Anchors an annotation (typically an orphan) to `range` of the current text. */
	async reattach(doc: vscode.TextDocument, id: string, range: vscode.Range): Promise<void> {
		const state = await this.writable(doc);
		const old = state.attached.find(a => a.annotation.id === id);
		if (!old) throw new Error(`Annotation ${id} is not in ${doc.uri.fsPath}.`);
		const anchor = makeAnchor(doc.getText(), doc.offsetAt(range.start), doc.offsetAt(range.end), old.annotation.anchor.speaker);
		await this.applyOps(doc, state, [{ kind: 'update', id, patch: { anchor, modified: new Date().toISOString() } }]);
	}

	/** The resolved range of an attached annotation, or undefined for an orphan. */
	rangeOf(doc: vscode.TextDocument, attached: Attached<Annotation>): vscode.Range | undefined {
		const r = attached.resolution;
		return r.status === 'orphan' ? undefined : new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
	}

	private createState(doc: vscode.TextDocument): TextAnnotations {
		if (doc.uri.scheme !== 'file') return { uri: doc.uri, store: null, unavailable: 'Save the text to a file to annotate it.', attached: [] };
		const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
		const location = vscode.workspace.getConfiguration('diplomaticAnnotator', doc.uri).get<string>('annotations.location', 'beside');
		const where = annotationFileFor(doc.uri.fsPath, location, folder?.uri.fsPath ?? null);
		if ('error' in where) return { uri: doc.uri, store: null, unavailable: where.error, attached: [] };
		return { uri: doc.uri, store: new AnnotationFileStore(where.path, { documentName: where.documentName }), unavailable: null, attached: [] };
	}

	private async writable(doc: vscode.TextDocument): Promise<TextAnnotations & { store: AnnotationFileStore }> {
		const state = await this.open(doc);
		if (!state.store) throw new Error(state.unavailable ?? 'Annotations cannot be stored for this text.');
		return state as TextAnnotations & { store: AnnotationFileStore };
	}

	private async applyOps(doc: vscode.TextDocument, state: TextAnnotations & { store: AnnotationFileStore }, ops: AnnotationOp[]): Promise<void> {
		try {
			const outcome = await state.store.apply(ops);
			const failed = outcome.results.find(r => !r.applied);
			if (failed) throw new Error(failed.reason);
		} catch (error) {
			if (error instanceof AnnotationFileError) this.showFileProblems(state, error.problems);
			throw error;
		} finally {
			this.attach(doc, state);
		}
	}

	private async reload(state: TextAnnotations): Promise<void> {
		if (state.store) await state.store.load();
		const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === state.uri.toString());
		if (doc) this.attach(doc, state);
	}

	/** Resolves the store's annotations against the document's current text. */
	private attach(doc: vscode.TextDocument, state: TextAnnotations): void {
		state.attached = reattachKeeping(doc.getText(), state.store?.annotations ?? [], state.attached);
		this.publish(doc, state);
	}

	private moveWithEdits(e: vscode.TextDocumentChangeEvent): void {
		const state = this.texts.get(e.document.uri.toString());
		if (!state || e.contentChanges.length === 0 || state.attached.length === 0) return;
		const changes = e.contentChanges.map(c => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text }));
		const { attached, lost } = moveAttached(state.attached, changes);
		state.attached = attached;
		this.publishSoon(e.document, state);
		if (lost || state.attached.some(a => a.resolution.status === 'orphan')) this.scheduleSearch(e.document, state);
	}

	private readonly searches = new Map<string, NodeJS.Timeout>();
	private readonly publishing = new Map<string, NodeJS.Timeout>();

	/** While typing, the server, views and decorations hear of moved anchors once typing pauses. */
	private publishSoon(doc: vscode.TextDocument, state: TextAnnotations): void {
		const key = doc.uri.toString();
		clearTimeout(this.publishing.get(key));
		this.publishing.set(key, setTimeout(() => {
			this.publishing.delete(key);
			if (!doc.isClosed && this.texts.get(key) === state) this.publish(doc, state);
		}, 150));
	}

	/**
	 * Looks for orphans' quotes again once typing pauses (an undo or a reload brings a quote back);
	 * in a large text only near their old place, as a whole-text search takes too long there.
	 */
	private scheduleSearch(doc: vscode.TextDocument, state: TextAnnotations): void {
		const key = doc.uri.toString();
		clearTimeout(this.searches.get(key));
		this.searches.set(key, setTimeout(() => {
			this.searches.delete(key);
			if (doc.isClosed || this.texts.get(key) !== state) return;
			const text = doc.getText();
			let found = false;
			state.attached = state.attached.map(a => {
				if (a.resolution.status !== 'orphan') return a;
				const resolution = resolveAnchor(text, a.annotation.anchor, { wholeText: text.length <= WHOLE_TEXT_WHILE_TYPING });
				found ||= resolution.status !== 'orphan';
				return { annotation: a.annotation, resolution };
			});
			if (found) this.publish(doc, state);
		}, 400));
	}

	/** On save of the text, anchors that moved are written back so that the file matches the text. */
	private async persistMovedAnchors(doc: vscode.TextDocument): Promise<void> {
		const state = this.texts.get(doc.uri.toString());
		if (!state?.store || state.store.state.kind !== 'loaded') return;
		const ops = anchorUpdates(doc.getText(), state.attached);
		if (ops.length) await this.applyOps(doc, state as TextAnnotations & { store: AnnotationFileStore }, ops).catch(error => {
			void vscode.window.showWarningMessage(`Diplomatic Annotator: could not update moved anchors: ${(error as Error).message}`);
		});
	}

	private publish(doc: vscode.TextDocument, state: TextAnnotations): void {
		const diagnostics: vscode.Diagnostic[] = [];
		for (const { annotation, resolution } of state.attached) {
			if (resolution.status !== 'orphan') continue;
			const at = doc.positionAt(Math.min(annotation.anchor.start, doc.getText().length));
			const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)),
				`Annotation ${annotation.id} (${annotation.themes.join(', ')}) could not be re-attached: "${annotation.anchor.quote.slice(0, 80)}". ${resolution.reason} Re-attach it to a selection or drop it from the Positions view.`,
				vscode.DiagnosticSeverity.Warning);
			d.source = 'Diplomatic Annotator';
			d.code = 'orphaned-annotation';
			diagnostics.push(d);
		}
		this.diagnostics.set(doc.uri, diagnostics);
		if (state.store) {
			const s = state.store.state;
			let fileDiagnostics: vscode.Diagnostic[] = [];
			if (s.kind === 'broken') fileDiagnostics = (s.problems.length ? s.problems : [{ severity: 'error' as const, message: s.message, line: 1, column: 1, endLine: 1, endColumn: 1 }]).map(toDiagnostic);
			if (s.kind === 'loaded') {
				fileDiagnostics = s.problems.map(toDiagnostic);
				// Orphans are flagged in the YAML too, on their id, for whoever edits the file.
				for (const { annotation, resolution } of state.attached) {
					const place = s.places.get(annotation.id);
					if (resolution.status !== 'orphan' || !place) continue;
					const d = toDiagnostic({ severity: 'warning', message: `Orphaned: the quote of ${annotation.id} is not in ${vscode.workspace.asRelativePath(doc.uri)} any more. ${resolution.reason}`, ...place });
					d.code = 'orphaned-annotation';
					fileDiagnostics.push(d);
				}
			}
			this.diagnostics.set(vscode.Uri.file(state.store.path), fileDiagnostics);
		}
		this.changed.fire(doc.uri);
	}

	private showFileProblems(state: TextAnnotations, problems: readonly import('./annotations/model').FileProblem[]): void {
		if (state.store && problems.length) this.diagnostics.set(vscode.Uri.file(state.store.path), problems.map(toDiagnostic));
	}

	/** The annotation folder setting changed: every open text finds its file again. */
	private async relocate(): Promise<void> {
		const open = vscode.workspace.textDocuments.filter(doc => this.texts.has(doc.uri.toString()));
		for (const doc of open) this.forget(doc.uri);
		await Promise.all(open.map(doc => this.open(doc)));
	}

	private forget(uri: vscode.Uri): void {
		if (this.texts.delete(uri.toString())) this.diagnostics.delete(uri);
	}

	dispose(): void {
		for (const timer of [...this.searches.values(), ...this.publishing.values()]) clearTimeout(timer);
		for (const d of this.disposables) d.dispose();
	}
}
