/**
 * Commands of the positions view: grouping, filtering, refreshing, and the two ways out for an
 * orphaned annotation (re-attach it to the current selection, or drop it after confirming).
 */
import * as vscode from 'vscode';
import { AnnotationManager } from '../annotationManager';
import { STANCE_IDS, StanceId } from '../annotations/model';
import { ThemeRegistry } from '../themeRegistry';
import { GroupBy, PositionNode } from '../views/positionItems';
import { PositionsProvider } from '../views/positionsProvider';

export function registerViewCommands(context: vscode.ExtensionContext, manager: AnnotationManager, themes: ThemeRegistry, view: PositionsProvider): void {
	const groupBy = async (mode?: GroupBy) => {
		const chosen = mode ?? (await vscode.window.showQuickPick(
			[{ label: 'Speaker', mode: 'speaker' as const }, { label: 'Theme', mode: 'theme' as const }, { label: 'Delegation group', mode: 'group' as const }],
			{ title: 'Group positions by' }))?.mode;
		if (!chosen) return;
		view.groupBy = chosen;
		await view.refresh();
	};

	const filter = async (arg?: { themes?: string[]; stances?: StanceId[] }) => {
		if (arg) { view.filter = arg; await view.refresh(); return; }
		type Pick = vscode.QuickPickItem & { theme?: string; stance?: StanceId };
		const items: Pick[] = [
			{ label: 'Stances', kind: vscode.QuickPickItemKind.Separator },
			...STANCE_IDS.map(stance => ({ label: stance, stance, picked: view.filter.stances?.includes(stance) })),
			{ label: 'Themes', kind: vscode.QuickPickItemKind.Separator },
			...themes.all.map(t => ({ label: t.label, description: t.id, theme: t.id, picked: view.filter.themes?.includes(t.id) })),
		];
		const chosen = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Show only statements with these themes or stances' });
		if (!chosen) return;
		view.filter = { themes: chosen.flatMap(c => c.theme ? [c.theme] : []), stances: chosen.flatMap(c => c.stance ? [c.stance] : []) };
		await view.refresh();
	};

	const orphanTarget = (arg?: PositionNode | { uri: string; id: string }) => {
		const doc = arg && 'uri' in arg ? vscode.workspace.textDocuments.find(d => d.uri.toString() === arg.uri) : view.current;
		const id = arg && 'kind' in arg && (arg.kind === 'orphan' || arg.kind === 'annotation') ? arg.attached.annotation.id : arg && 'id' in arg ? arg.id : undefined;
		return { doc, id };
	};

	const reattach = async (arg?: PositionNode | { uri: string; id: string; range?: vscode.Range }) => {
		let { doc, id } = orphanTarget(arg);
		const editor = vscode.window.visibleTextEditors.find(e => e.document === doc) ?? vscode.window.activeTextEditor;
		doc ??= editor?.document;
		if (!doc) return;
		const state = await manager.open(doc);
		if (!id) {
			const orphans = state.attached.filter(a => a.resolution.status === 'orphan');
			id = (await vscode.window.showQuickPick(orphans.map(a => ({ label: a.annotation.anchor.quote.slice(0, 80), description: a.annotation.themes.join(', '), id: a.annotation.id })), { title: 'Re-attach which orphaned annotation?' }))?.id;
		}
		const range = arg && 'range' in arg && arg.range ? arg.range : editor?.document === doc && !editor.selection.isEmpty ? editor.selection : undefined;
		if (!id) return;
		if (!range) { void vscode.window.showInformationMessage('Select the text the annotation belongs to, then run Re-attach again.'); return; }
		await manager.reattach(doc, id, range).catch(error => void vscode.window.showErrorMessage(`Diplomatic Annotator: not re-attached. ${(error as Error).message}`));
	};

	const drop = async (arg?: PositionNode | { uri: string; id: string; confirmed?: boolean }) => {
		const { doc, id } = orphanTarget(arg);
		if (!doc || !id) return;
		if (!(arg && 'confirmed' in arg && arg.confirmed)) {
			const ok = await vscode.window.showWarningMessage(`Drop orphaned annotation ${id}? It is removed from the annotation file.`, { modal: true }, 'Drop');
			if (ok !== 'Drop') return;
		}
		await manager.remove(doc, id).catch(error => void vscode.window.showErrorMessage(`Diplomatic Annotator: not dropped. ${(error as Error).message}`));
	};

	context.subscriptions.push(
		vscode.commands.registerCommand('diplomaticAnnotator.positions.groupBy', groupBy),
		vscode.commands.registerCommand('diplomaticAnnotator.positions.filter', filter),
		vscode.commands.registerCommand('diplomaticAnnotator.positions.clearFilter', () => { view.filter = {}; return view.refresh(); }),
		vscode.commands.registerCommand('diplomaticAnnotator.positions.refresh', () => view.refresh()),
		vscode.commands.registerCommand('diplomaticAnnotator.reattachOrphan', reattach),
		vscode.commands.registerCommand('diplomaticAnnotator.dropOrphan', drop),
	);
}
