/**
 * The theme vocabulary offered when tagging: the built-in themes (server/data/themes.json, read
 * from the extension folder) merged with the workspace's own (a YAML file, loaded only in a
 * trusted workspace, watched for changes). Problems in the user file become diagnostics on it.
 */
import { promises as fsp } from 'node:fs';
import * as vscode from 'vscode';
import { parseUserThemes, ThemeEntry, userThemeFiles } from './annotations/userThemes';
import { MAX_FILE_BYTES } from './annotations/model';
import { toDiagnostic } from './diagnostics';

export class ThemeRegistry implements vscode.Disposable {
	private builtIn: ThemeEntry[] = [];
	private user: ThemeEntry[] = [];
	private readonly changed = new vscode.EventEmitter<void>();
	private readonly disposables: vscode.Disposable[] = [this.changed];
	/** Fires when the user vocabulary changed. */
	readonly onDidChange = this.changed.event;

	constructor(private readonly extensionPath: string, private readonly diagnostics: vscode.DiagnosticCollection) {
		const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
		const reloadIfOurs = (uri: vscode.Uri) => { if (this.userFiles().some(f => f.fsPath === uri.fsPath)) void this.loadUser(); };
		this.disposables.push(
			watcher, watcher.onDidChange(reloadIfOurs), watcher.onDidCreate(reloadIfOurs), watcher.onDidDelete(reloadIfOurs),
			vscode.workspace.onDidGrantWorkspaceTrust(() => void this.loadUser()),
			vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('diplomaticAnnotator.userThemes')) void this.loadUser(); }),
		);
	}

	/** Loads both vocabularies; never rejects (a missing built-in file leaves the list empty). */
	async load(): Promise<void> {
		try {
			const data = JSON.parse(await fsp.readFile(`${this.extensionPath}/server/data/themes.json`, 'utf8')) as { themes: { id: string; label: string; description?: string }[] };
			this.builtIn = data.themes.map(t => ({ id: t.id, label: t.label, description: t.description, user: false }));
		} catch {
			this.builtIn = [];
		}
		await this.loadUser();
	}

	/** All themes, built-in first. */
	get all(): readonly ThemeEntry[] {
		return [...this.builtIn, ...this.user];
	}

	/** User themes only (sent to the server with the annotations). */
	get userThemes(): readonly ThemeEntry[] {
		return this.user;
	}

	/** The label of a theme id, or the id itself. */
	label(id: string): string {
		return this.all.find(t => t.id === id)?.label ?? id;
	}

	/** The vocabulary files to load; none in Restricted Mode (see userThemeFiles). */
	private userFiles(): vscode.Uri[] {
		const rel = vscode.workspace.getConfiguration('diplomaticAnnotator').get<string>('userThemes.path', '.vscode/diplomatic-themes.yaml');
		const folders = (vscode.workspace.workspaceFolders ?? []).filter(f => f.uri.scheme === 'file').map(f => f.uri.fsPath);
		return userThemeFiles(rel, folders, vscode.workspace.isTrusted).map(file => vscode.Uri.file(file));
	}

	private async loadUser(): Promise<void> {
		const builtInIds = new Set(this.builtIn.map(t => t.id));
		const themes: ThemeEntry[] = [];
		this.diagnostics.clear();
		// Restricted Mode: the workspace's files are not trusted, so userFiles() is empty.
		for (const file of this.userFiles()) {
			try {
				const stat = await fsp.stat(file.fsPath);
				if (!stat.isFile() || stat.size > MAX_FILE_BYTES) continue;
				const result = parseUserThemes(await fsp.readFile(file.fsPath, 'utf8'), builtInIds);
				themes.push(...result.themes.filter(t => !themes.some(o => o.id === t.id)));
				this.diagnostics.set(file, result.problems.map(toDiagnostic));
			} catch {
				// No user vocabulary in this folder.
			}
		}
		this.user = themes;
		this.changed.fire();
	}

	dispose(): void {
		for (const d of this.disposables) d.dispose();
	}
}
