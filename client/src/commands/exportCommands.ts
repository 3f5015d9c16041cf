/**
 * Export commands: the annotations of the open meeting texts that have any (or, when none is open,
 * of every text in the workspace with an annotation file) as CSV or W3C Web Annotation JSON-LD,
 * to a file the user picks (or to `target` when a test or another extension passes one).
 */
import { existsSync, promises as fsp } from 'node:fs';
import { join, relative } from 'node:path';
import * as vscode from 'vscode';
import { AnnotationManager } from '../annotationManager';
import { ExportFormat, exportAnnotations, ExportInput } from '../annotations/exportFiles';
import { ANNOTATION_SUFFIX } from '../annotations/paths';

export function registerExportCommands(context: vscode.ExtensionContext, manager: AnnotationManager): void {
	const root = () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
	const display = (path: string) => { const r = root(); return (r ? relative(r, path) : path).split('\\').join('/'); };

	const texts = async (): Promise<ExportInput[]> => {
		const open = vscode.workspace.textDocuments.flatMap(doc => {
			const store = doc.uri.scheme === 'file' ? manager.get(doc.uri)?.store : undefined;
			return store?.annotations.length ? [{ path: doc.uri.fsPath, name: display(doc.uri.fsPath), annotationPath: store.path }] : [];
		});
		if (open.length) return open;
		const found = await vscode.workspace.findFiles(`**/*${ANNOTATION_SUFFIX}`, '**/node_modules/**', 1000);
		// The text is named by the annotation file's own name (NAME.txt or NAME.md beside it).
		return found.flatMap(uri => {
			const stem = uri.fsPath.slice(0, -ANNOTATION_SUFFIX.length);
			const text = ['.txt', '.md'].map(ext => stem + ext).find(p => existsSync(p));
			return text ? [{ path: text, name: display(text) }] : [];
		});
	};

	const run = (format: ExportFormat) => async (target?: vscode.Uri) => {
		const inputs = await texts();
		if (!inputs.length) { void vscode.window.showInformationMessage('There are no annotations to export.'); return; }
		let content: string;
		try {
			content = await exportAnnotations(inputs, format);
		} catch (error) {
			void vscode.window.showErrorMessage(`Diplomatic Annotator: nothing exported. ${(error as Error).message}`);
			return;
		}
		if (!target) {
			const name = format === 'csv' ? 'annotations.csv' : 'annotations.jsonld';
			const base = root() ?? process.cwd();
			target = await vscode.window.showSaveDialog({
				defaultUri: vscode.Uri.file(join(base, name)),
				filters: format === 'csv' ? { CSV: ['csv'] } : { 'JSON-LD': ['jsonld', 'json'] },
			});
			if (!target) return;
		}
		await fsp.writeFile(target.fsPath, content, 'utf8');
		void vscode.window.showInformationMessage(`Exported the annotations of ${inputs.length} text${inputs.length === 1 ? '' : 's'} to ${target.fsPath}.`);
		return target;
	};

	context.subscriptions.push(
		vscode.commands.registerCommand('diplomaticAnnotator.exportCsv', run('csv')),
		vscode.commands.registerCommand('diplomaticAnnotator.exportWebAnnotation', run('jsonld')),
	);
}
