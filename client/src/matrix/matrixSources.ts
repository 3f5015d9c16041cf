/**
 * The texts a matrix is asked for: the active meeting text, or the files and folders the user
 * picks; and the user's tags of texts that are not open (the server only has tags the client
 * pushed for open texts), read through the same annotation store the editor uses.
 */
import { promises as fsp } from 'node:fs';
import * as vscode from 'vscode';
import type { MatrixParams } from '../../../server/src/protocol';
import { AnnotationManager } from '../annotationManager';
import { annotationFileFor } from '../annotations/paths';

/** More texts than this in one matrix are cut (the server has the same limit). */
const MAX_TEXTS = 400;

/** The meeting texts (*.txt, *.md) among `picked`: files as they are, folders searched recursively. */
export async function textsIn(picked: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
	const out: vscode.Uri[] = [];
	for (const uri of picked) {
		const stat = await vscode.workspace.fs.stat(uri);
		if (stat.type & vscode.FileType.Directory) {
			const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.{txt,md}'), '**/{node_modules,out,.git}/**', MAX_TEXTS);
			out.push(...found.sort((a, b) => a.fsPath.localeCompare(b.fsPath)));
		} else {
			out.push(uri);
		}
	}
	const seen = new Set<string>();
	return out.filter(u => !seen.has(u.toString()) && seen.add(u.toString())).slice(0, MAX_TEXTS);
}

/** The tags of each text that is not open but has an annotation file, as the matrix request takes them. */
export async function annotationsForClosedTexts(uris: readonly vscode.Uri[], store: AnnotationManager): Promise<NonNullable<MatrixParams['annotations']>> {
	const out: NonNullable<MatrixParams['annotations']> = {};
	const open = new Set(vscode.workspace.textDocuments.map(d => d.uri.toString()));
	for (const uri of uris) {
		if (uri.scheme !== 'file' || open.has(uri.toString())) continue;
		const folder = vscode.workspace.getWorkspaceFolder(uri);
		const location = vscode.workspace.getConfiguration('diplomaticAnnotator', uri).get<string>('annotations.location', 'beside');
		const where = annotationFileFor(uri.fsPath, location, folder?.uri.fsPath ?? null);
		if ('error' in where || !(await exists(where.path))) continue;
		// The store anchors tags against a document; opening one loads it without showing it.
		const doc = await vscode.workspace.openTextDocument(uri);
		const state = await store.open(doc);
		out[uri.toString()] = state.attached.map(a => {
			const range = store.rangeOf(doc, a);
			return {
				themes: [...a.annotation.themes], stance: a.annotation.stance ?? null,
				range: range ? { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } } : null,
			};
		});
	}
	return out;
}

async function exists(path: string): Promise<boolean> {
	try {
		await fsp.access(path);
		return true;
	} catch {
		return false;
	}
}
