/**
 * Tagging commands: tag the statement under the cursor (or the selection, or a statement in the
 * positions view), edit or remove a tag, and move to the next or previous untagged statement.
 * Each command also takes explicit arguments, so that tests and other extensions can run it
 * without quick picks.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { LspRange, PositionsRequest, PositionStatement, StanceId, StatementAtRequest } from '../../../server/src/protocol';
import { AnnotationManager } from '../annotationManager';
import { Annotation } from '../annotations/model';
import { ThemeRegistry } from '../themeRegistry';
import { PositionNode } from '../views/positionItems';
import { PositionsProvider } from '../views/positionsProvider';
import { pickTags } from './pickers';

/** Arguments for running a command without prompts. */
export interface TagArgs {
	uri?: string;
	range?: LspRange;
	themes?: string[];
	stance?: StanceId | null;
	note?: string | null;
	id?: string;
}

export function registerTaggingCommands(context: vscode.ExtensionContext, client: LanguageClient, manager: AnnotationManager, themes: ThemeRegistry, view: PositionsProvider): void {
	const toRange = (r: LspRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
	const speakerOf = (s: PositionStatement | null) => s ? (s.affiliation ? `${s.speaker} (${s.affiliation})` : s.speaker) : null;

	const documentFor = async (uri?: string): Promise<vscode.TextDocument | undefined> => {
		if (uri) return vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
		return vscode.window.activeTextEditor?.document ?? view.current;
	};

	const statementAt = (doc: vscode.TextDocument, position: vscode.Position) =>
		client.sendRequest(StatementAtRequest, { textDocument: { uri: doc.uri.toString() }, position: { line: position.line, character: position.character } }).catch(() => null);

	const tagStatement = async (input?: TagArgs | PositionNode | vscode.Uri): Promise<Annotation | undefined> => {
		const arg = normalize(input);
		const args: TagArgs = arg && 'kind' in arg ? {} : arg ?? {};
		const doc = await documentFor(args.uri ?? (arg && 'kind' in arg ? view.current?.uri.toString() : undefined));
		if (!doc) { void vscode.window.showInformationMessage('Open a meeting text to tag a statement.'); return; }
		let statement: PositionStatement | null = arg && 'kind' in arg && arg.kind === 'statement' ? arg.statement : null;
		let range = args.range ? toRange(args.range) : statement ? toRange(statement.range) : undefined;
		const editor = vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor : undefined;
		if (!range && editor && !editor.selection.isEmpty) range = editor.selection;
		if (!statement) statement = await statementAt(doc, range?.start ?? editor?.selection.active ?? new vscode.Position(0, 0));
		if (!range && statement) range = toRange(statement.range);
		if (!range || range.isEmpty) { void vscode.window.showWarningMessage('Place the cursor in a statement or select the text to tag.'); return; }
		const choice = args.themes?.length ? { themes: args.themes, stance: args.stance ?? null, note: args.note ?? null } : await pickTags(themes);
		if (!choice) return;
		try {
			return await manager.tag(doc, range, choice, speakerOf(statement));
		} catch (error) {
			void vscode.window.showErrorMessage(`Diplomatic Annotator: the tag was not saved. ${(error as Error).message}`);
		}
	};

	/** The annotation a command acts on: from a view item, from arguments, or picked near the cursor. */
	const chooseAnnotation = async (input: TagArgs | PositionNode | vscode.Uri | undefined, verb: string) => {
		const arg = normalize(input);
		const doc = await documentFor(arg && 'kind' in arg ? view.current?.uri.toString() : arg?.uri);
		if (!doc) return;
		const state = await manager.open(doc);
		if (arg && 'kind' in arg && (arg.kind === 'annotation' || arg.kind === 'orphan')) return { doc, annotation: arg.attached.annotation };
		if (arg && !('kind' in arg) && arg.id) return { doc, annotation: state.attached.find(a => a.annotation.id === arg.id)?.annotation };
		const cursor = vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor.selection.active : undefined;
		const near = state.attached.filter(a => { const r = manager.rangeOf(doc, a); return cursor && r?.contains(cursor); });
		const candidates = near.length ? near : state.attached;
		if (candidates.length === 0) { void vscode.window.showInformationMessage('There are no tags in this text yet.'); return; }
		const pick = candidates.length === 1 ? candidates[0] : (await vscode.window.showQuickPick(candidates.map(a => ({
			label: a.annotation.themes.map(t => themes.label(t)).join(', '), description: a.annotation.stance ?? '', detail: a.annotation.anchor.quote.slice(0, 120), a,
		})), { title: `${verb} which tag?` }))?.a;
		return pick && { doc, annotation: pick.annotation };
	};

	const editTag = async (input?: TagArgs | PositionNode | vscode.Uri) => {
		const arg = normalize(input);
		const target = await chooseAnnotation(arg, 'Edit');
		if (!target?.annotation) return;
		const args = arg && !('kind' in arg) ? arg : {};
		const choice = args.themes?.length || args.stance !== undefined || args.note !== undefined
			? { themes: args.themes?.length ? args.themes : target.annotation.themes, stance: args.stance === undefined ? target.annotation.stance : args.stance, note: args.note === undefined ? target.annotation.note : args.note }
			: await pickTags(themes, target.annotation);
		if (!choice) return;
		await manager.update(target.doc, target.annotation.id, choice).catch(error => void vscode.window.showErrorMessage(`Diplomatic Annotator: the tag was not changed. ${(error as Error).message}`));
	};

	const removeTag = async (input?: TagArgs | PositionNode | vscode.Uri) => {
		const arg = normalize(input);
		const target = await chooseAnnotation(arg, 'Remove');
		if (!target?.annotation) return;
		if (!(arg && !('kind' in arg) && arg.id)) {
			const ok = await vscode.window.showWarningMessage(`Remove the tag "${target.annotation.themes.map(t => themes.label(t)).join(', ')}"?`, { modal: true }, 'Remove');
			if (ok !== 'Remove') return;
		}
		await manager.remove(target.doc, target.annotation.id).catch(error => void vscode.window.showErrorMessage(`Diplomatic Annotator: the tag was not removed. ${(error as Error).message}`));
	};

	const goUntagged = (direction: 1 | -1) => async () => {
		const editor = vscode.window.activeTextEditor;
		if (!editor) return;
		const result = await client.sendRequest(PositionsRequest, { textDocument: { uri: editor.document.uri.toString() } }).catch(() => null);
		const untagged = (result?.statements ?? []).filter(s => s.annotationIds.length === 0);
		if (!untagged.length) { void vscode.window.showInformationMessage('Every statement is tagged.'); return; }
		const line = editor.selection.active.line;
		const ordered = direction === 1 ? untagged : [...untagged].reverse();
		const next = ordered.find(s => direction === 1 ? s.range.start.line > line : s.range.start.line < line) ?? ordered[0];
		const at = new vscode.Position(next.selectionRange.start.line, next.selectionRange.start.character);
		editor.selection = new vscode.Selection(at, at);
		editor.revealRange(toRange(next.range), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	};

	const revealStatement = async (args?: { uri: string; line: number; character: number }) => {
		if (!args?.uri) return;
		const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
		const at = new vscode.Position(args.line, args.character);
		await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at), preserveFocus: false });
	};

	context.subscriptions.push(
		vscode.commands.registerCommand('diplomaticAnnotator.tagStatement', tagStatement),
		vscode.commands.registerCommand('diplomaticAnnotator.editTag', editTag),
		vscode.commands.registerCommand('diplomaticAnnotator.removeTag', removeTag),
		vscode.commands.registerCommand('diplomaticAnnotator.nextUntagged', goUntagged(1)),
		vscode.commands.registerCommand('diplomaticAnnotator.previousUntagged', goUntagged(-1)),
		vscode.commands.registerCommand('diplomaticAnnotator.revealStatement', revealStatement),
	);
}

/** Menus pass the editor's resource as a Uri; commands take it as `{ uri }`. */
function normalize(input: TagArgs | PositionNode | vscode.Uri | undefined): TagArgs | PositionNode | undefined {
	return input instanceof vscode.Uri ? { uri: input.toString() } : input;
}
