/**
 * Workspace symbols with open documents answered from their live analysis instead of the disk
 * index, so unsaved edits show up in Go to Symbol in Workspace.
 */
import * as path from 'node:path';
import { SymbolInformation } from 'vscode-languageserver/node';
import { AnalyzedDocument } from './analyzedDocument';
import { WorkspaceIndex } from './workspaceIndex';
import { symbolsOf } from './workspaceSymbols';

const cache = new WeakMap<AnalyzedDocument, SymbolInformation[]>();

/** Index symbols of closed files plus live symbols of the open documents. */
export function* openDocumentSymbols(index: WorkspaceIndex, open: readonly AnalyzedDocument[]): Iterable<SymbolInformation> {
	const openUris = new Set(open.map(d => d.uri));
	for (const s of index.symbols()) if (!openUris.has(s.location.uri)) yield s;
	for (const doc of open) {
		let list = cache.get(doc);
		if (!list) cache.set(doc, list = symbolsOf(doc.uri, doc.analysis, doc.lines, path.posix.basename(doc.uri)));
		yield* list;
	}
}
