/**
 * The positions view: who said what, grouped by speaker, theme or delegation group, served by the
 * server's PositionsRequest for the active meeting text. It follows the active editor, refreshes
 * when the server re-analysed the text or the user's annotations changed, and lists orphaned
 * annotations so that none is ever out of sight.
 */
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { PositionsRequest, PositionsResult, StanceId } from '../../../server/src/protocol';
import { AnnotationManager } from '../annotationManager';
import { ThemeRegistry } from '../themeRegistry';
import { GroupBy, PositionNode, treeItem } from './positionItems';

export interface PositionsFilter {
	themes?: string[];
	stances?: StanceId[];
}

export class PositionsProvider implements vscode.TreeDataProvider<PositionNode>, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<PositionNode | undefined>();
	readonly onDidChangeTreeData = this.changed.event;
	private readonly disposables: vscode.Disposable[] = [this.changed];
	private result: PositionsResult | null = null;
	private document: vscode.TextDocument | undefined;
	groupBy: GroupBy = 'speaker';
	filter: PositionsFilter = {};

	constructor(private readonly client: LanguageClient, private readonly manager: AnnotationManager, private readonly themes: ThemeRegistry, onAnalysisChanged: vscode.Event<{ uri: string }>) {
		this.disposables.push(
			vscode.window.onDidChangeActiveTextEditor(editor => { if (editor && isMeetingCandidate(editor.document)) this.show(editor.document); }),
			// After a crash the client restarts the server; the view asks the new one.
			client.onDidChangeState(e => { if (e.newState === State.Running) void this.refresh(); }),
			onAnalysisChanged(p => { if (p.uri === this.document?.uri.toString()) void this.refresh(); }),
			manager.onDidChange(uri => { if (uri.toString() === this.document?.uri.toString()) void this.refresh(); }),
			vscode.workspace.onDidCloseTextDocument(doc => { if (doc === this.document) { this.document = undefined; this.result = null; this.changed.fire(undefined); } }),
			// A change of language (auto-detection) closes and reopens the active document.
			vscode.workspace.onDidOpenTextDocument(doc => { if (doc.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && isMeetingCandidate(doc)) this.show(doc); }),
		);
		const active = vscode.window.activeTextEditor?.document;
		if (active && isMeetingCandidate(active)) this.show(active);
	}

	/** The document the view shows. */
	get current(): vscode.TextDocument | undefined {
		return this.document;
	}

	/** The last positions result (for commands such as next untagged). */
	get positions(): PositionsResult | null {
		return this.result;
	}

	show(doc: vscode.TextDocument): void {
		this.document = doc;
		void this.manager.open(doc);
		void this.refresh();
	}

	/** Asks the server again; the view redraws when the answer comes. */
	async refresh(): Promise<void> {
		const doc = this.document;
		if (!doc) return;
		try {
			this.result = await this.client.sendRequest(PositionsRequest, { textDocument: { uri: doc.uri.toString() }, ...this.filter });
		} catch {
			this.result = null;
		}
		void vscode.commands.executeCommand('setContext', 'diplomaticAnnotator.positionsFiltered', !!(this.filter.themes?.length || this.filter.stances?.length));
		this.changed.fire(undefined);
	}

	getTreeItem(node: PositionNode): vscode.TreeItem {
		return treeItem(node, this.document?.uri.toString() ?? '', id => this.themes.label(id));
	}

	getChildren(node?: PositionNode): PositionNode[] {
		const r = this.result;
		const state = this.document ? this.manager.get(this.document.uri) : undefined;
		if (!node) {
			const roots: PositionNode[] = [];
			const orphans = (state?.attached ?? []).filter(a => a.resolution.status === 'orphan');
			if (orphans.length) roots.push({ kind: 'orphans', orphans });
			if (!r) return roots;
			if (this.groupBy === 'speaker') roots.push(...r.bySpeaker.filter(s => s.statements.length).map(s => ({ kind: 'speaker' as const, ...s })));
			if (this.groupBy === 'theme') roots.push(...r.byTheme.map(t => ({ kind: 'themeGroup' as const, ...t })));
			if (this.groupBy === 'group') roots.push(...r.byGroup.map(g => ({ kind: 'delegationGroup' as const, ...g })));
			return roots;
		}
		switch (node.kind) {
			case 'speaker': return node.statements.map(i => r?.statements[i]).filter(isDefined).map(statement => ({ kind: 'statement', statement }));
			case 'statement': {
				const annotations = (state?.attached ?? []).filter(a => node.statement.annotationIds.includes(a.annotation.id));
				return [
					...node.statement.themes.filter(t => !t.user).map(theme => ({ kind: 'theme' as const, statement: node.statement, theme })),
					...annotations.map(attached => ({ kind: 'annotation' as const, statement: node.statement, attached })),
				];
			}
			case 'themeGroup': return node.entries.map(e => r?.statements[e.statement] && { kind: 'themeEntry' as const, statement: r.statements[e.statement], speakerKey: e.speakerKey, stance: e.stance }).filter(isDefined);
			case 'delegationGroup': return (r?.bySpeaker ?? []).filter(s => node.speakerKeys.includes(s.key)).map(s => ({ kind: 'speaker' as const, ...s }));
			case 'orphans': return node.orphans.map(attached => ({ kind: 'orphan' as const, attached }));
			default: return [];
		}
	}

	dispose(): void {
		for (const d of this.disposables) d.dispose();
	}
}

/** Documents the view follows: meeting texts, and plain text or Markdown the server may recognise. */
export function isMeetingCandidate(doc: vscode.TextDocument): boolean {
	return doc.languageId === 'un-meeting' || ((doc.languageId === 'plaintext' || doc.languageId === 'markdown') && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled'));
}

function isDefined<T>(value: T | undefined | null | '' | false): value is T {
	return !!value;
}
