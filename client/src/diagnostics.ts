/** Conversion of annotation-file problems (1-based lines and columns) into VS Code diagnostics. */
import * as vscode from 'vscode';
import { FileProblem } from './annotations/model';

/** A diagnostic for one problem; YAML counts from 1, VS Code from 0. */
export function toDiagnostic(p: FileProblem): vscode.Diagnostic {
	const start = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
	let end = new vscode.Position(Math.max(0, p.endLine - 1), Math.max(0, p.endColumn - 1));
	if (end.isBeforeOrEqual(start)) end = start.translate(0, 1);
	const d = new vscode.Diagnostic(new vscode.Range(start, end), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
	d.source = 'Diplomatic Annotator';
	return d;
}
