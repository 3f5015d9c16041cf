/**
 * Export commands: the annotations of the open meeting texts (or of every annotation file in the
 * workspace when none is open) as CSV or as W3C Web Annotation JSON-LD, to a file the user picks.
 */
import { promises as fsp } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as vscode from 'vscode';
import { AnnotationManager } from '../annotationManager';
import { annotationRows, CsvRow, toCsv } from '../annotations/export-csv';
import { toWebAnnotationCollection } from '../annotations/export-webanno';
import { Annotation } from '../annotations/model';
import { ANNOTATION_SUFFIX } from '../annotations/paths';
import { AnnotationFileStore } from '../annotations/store';

interface ExportSource {
	file: string;
	uri: vscode.Uri;
	annotations: readonly Annotation[];
}

export function registerExportCommands(context: vscode.ExtensionContext, manager: AnnotationManager): void {
	const sources = async (): Promise<ExportSource[]> => {
		const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
		const name = (path: string) => (root ? relative(root, path) : path).split('\\').join('/');
		const out: ExportSource[] = [];
		for (const doc of vscode.workspace.textDocuments) {
			const state = manager.get(doc.uri);
			if (state?.store && state.store.annotations.length) out.push({ file: name(doc.uri.fsPath), uri: doc.uri, annotations: state.store.annotations });
		}
		if (out.length) return out;
		for (const uri of await vscode.workspace.findFiles(`**/*${ANNOTATION_SUFFIX}`, '**/node_modules/**', 500)) {
			const store = new AnnotationFileStore(uri.fsPath, { documentName: '' });
			const state = await store.load();
			if (state.kind !== 'loaded') continue;
			// The text's name comes from the annotation file's own name, never from its contents.
			const text = uri.fsPath.slice(0, -ANNOTATION_SUFFIX.length) + '.txt';
			out.push({ file: name(text), uri: vscode.Uri.file(text), annotations: state.annotations });
		}
		return out;
	};

	const save = async (content: string, defaultName: string, filters: Record<string, string[]>) => {
		const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(dirname(vscode.window.activeTextEditor?.document.uri.fsPath ?? process.cwd()));
		const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(join(base.fsPath, defaultName)), filters });
		if (!target) return undefined;
		await fsp.writeFile(target.fsPath, content, 'utf8');
		void vscode.window.showInformationMessage(`Exported annotations to ${target.fsPath}.`);
		return target;
	};

	const exportCsv = async (target?: vscode.Uri) => {
		const rows: CsvRow[] = (await sources()).flatMap(s => annotationRows(s.file, s.annotations));
		if (!rows.length) { void vscode.window.showInformationMessage('There are no annotations to export.'); return; }
		const csv = toCsv(rows);
		if (target) { await fsp.writeFile(target.fsPath, csv, 'utf8'); return target; }
		return save(csv, 'annotations.csv', { CSV: ['csv'] });
	};

	const exportWebAnnotation = async (target?: vscode.Uri) => {
		const files = (await sources()).map(s => ({ source: s.uri.toString(), annotations: s.annotations }));
		if (!files.some(f => f.annotations.length)) { void vscode.window.showInformationMessage('There are no annotations to export.'); return; }
		const json = JSON.stringify(toWebAnnotationCollection('Diplomatic Annotator export', files), null, 2) + '\n';
		if (target) { await fsp.writeFile(target.fsPath, json, 'utf8'); return target; }
		return save(json, 'annotations.jsonld', { 'JSON-LD': ['jsonld', 'json'] });
	};

	context.subscriptions.push(
		vscode.commands.registerCommand('diplomaticAnnotator.exportCsv', exportCsv),
		vscode.commands.registerCommand('diplomaticAnnotator.exportWebAnnotation', exportWebAnnotation),
	);
}
