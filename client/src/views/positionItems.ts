/**
 * Tree items of the positions view, built from a PositionsResult. Plain constructors, one per kind
 * of node; the provider decides which children each has.
 */
import * as vscode from 'vscode';
import { PositionsResult, PositionStatement } from '../../../server/src/protocol';
import { Attached } from '../annotations/anchor';
import { Annotation } from '../annotations/model';

export type GroupBy = 'speaker' | 'theme' | 'group';

export type PositionNode =
	| { kind: 'speaker'; key: string; speaker: string; affiliation: string | null; statements: number[] }
	| { kind: 'statement'; statement: PositionStatement }
	| { kind: 'theme'; statement: PositionStatement; theme: PositionStatement['themes'][number] }
	| { kind: 'themeGroup'; id: string; label: string; user: boolean; entries: PositionsResult['byTheme'][number]['entries'] }
	| { kind: 'themeEntry'; statement: PositionStatement; speakerKey: string; stance: string | null }
	| { kind: 'delegationGroup'; group: string; speakerKeys: string[] }
	| { kind: 'annotation'; statement: PositionStatement | null; attached: Attached<Annotation> }
	| { kind: 'orphans'; orphans: Attached<Annotation>[] }
	| { kind: 'orphan'; attached: Attached<Annotation> };

const stanceIcon: Record<string, string> = {
	supports: 'thumbsup', opposes: 'thumbsdown', concerned: 'warning', 'calls-for': 'megaphone', condemns: 'error', welcomes: 'heart',
};

/** The TreeItem for a node; `uri` is the document the view shows, `label` maps theme ids to labels. */
export function treeItem(node: PositionNode, uri: string, label: (id: string) => string): vscode.TreeItem {
	const C = vscode.TreeItemCollapsibleState;
	switch (node.kind) {
		case 'speaker': {
			const item = new vscode.TreeItem(node.speaker, C.Collapsed);
			item.description = `${node.affiliation ?? ''}${node.affiliation ? ' · ' : ''}${count(node.statements.length, 'statement')}`;
			item.iconPath = new vscode.ThemeIcon('person');
			item.contextValue = 'speaker';
			return item;
		}
		case 'statement': {
			const s = node.statement;
			const item = new vscode.TreeItem(truncate(s.keySentence || `Statement ${s.index + 1}`, 90), s.themes.length || s.annotationIds.length ? C.Collapsed : C.None);
			item.description = `#${s.index + 1}${s.annotationIds.length ? ' · tagged' : ''}`;
			item.iconPath = new vscode.ThemeIcon(s.annotationIds.length ? 'tag' : 'comment');
			item.tooltip = statementTooltip(s);
			item.contextValue = 'statement';
			item.command = reveal(uri, s);
			return item;
		}
		case 'theme': {
			const item = new vscode.TreeItem(node.theme.label, C.None);
			item.description = [node.theme.stance, node.theme.user ? 'your tag' : null].filter(Boolean).join(' · ');
			item.iconPath = new vscode.ThemeIcon(node.theme.stance ? stanceIcon[node.theme.stance] ?? 'symbol-enum' : node.theme.user ? 'tag' : 'symbol-enum');
			item.command = reveal(uri, node.statement);
			return item;
		}
		case 'themeGroup': {
			const item = new vscode.TreeItem(node.label, C.Collapsed);
			item.description = `${count(new Set(node.entries.map(e => e.speakerKey)).size, 'speaker')}${node.user ? ' · your theme' : ''}`;
			item.iconPath = new vscode.ThemeIcon(node.user ? 'tag' : 'symbol-enum');
			return item;
		}
		case 'themeEntry': {
			const item = new vscode.TreeItem(node.speakerKey, C.None);
			item.description = node.stance ?? '';
			item.iconPath = new vscode.ThemeIcon(node.stance ? stanceIcon[node.stance] ?? 'person' : 'person');
			item.tooltip = statementTooltip(node.statement);
			item.command = reveal(uri, node.statement);
			return item;
		}
		case 'delegationGroup': {
			const item = new vscode.TreeItem(node.group, C.Collapsed);
			item.description = count(node.speakerKeys.length, 'speaker');
			item.iconPath = new vscode.ThemeIcon('organization');
			return item;
		}
		case 'annotation': {
			const a = node.attached.annotation;
			const item = new vscode.TreeItem(a.themes.map(label).join(', '), C.None);
			item.description = [a.stance, a.note].filter(Boolean).join(' · ');
			item.iconPath = new vscode.ThemeIcon('tag');
			item.tooltip = annotationTooltip(a, label);
			item.contextValue = 'annotation';
			if (node.statement) item.command = reveal(uri, node.statement);
			return item;
		}
		case 'orphans': {
			const item = new vscode.TreeItem('Orphaned annotations', C.Expanded);
			item.description = `${node.orphans.length}`;
			item.iconPath = new vscode.ThemeIcon('warning');
			item.tooltip = 'Annotations whose text could not be found again. They are kept in the file: re-attach each to a selection, or drop it.';
			return item;
		}
		case 'orphan': {
			const a = node.attached.annotation;
			const item = new vscode.TreeItem(truncate(a.anchor.quote, 60), C.None);
			item.description = a.themes.map(label).join(', ');
			item.iconPath = new vscode.ThemeIcon('debug-disconnect');
			item.tooltip = annotationTooltip(a, label);
			item.contextValue = 'orphan';
			return item;
		}
	}
}

function reveal(uri: string, s: PositionStatement): vscode.Command {
	return {
		command: 'diplomaticAnnotator.revealStatement', title: 'Reveal Statement',
		arguments: [{ uri, index: s.index, line: s.selectionRange.start.line, character: s.selectionRange.start.character }],
	};
}

function statementTooltip(s: PositionStatement): vscode.MarkdownString {
	const md = new vscode.MarkdownString();
	md.appendMarkdown(`**${escape(s.speaker)}**${s.affiliation ? ` (${escape(s.affiliation)})` : ''}${s.role ? ` — ${s.role}` : ''}\n\n`);
	if (s.onBehalfOf.length) md.appendMarkdown(`On behalf of ${escape(s.onBehalfOf.join(', '))}\n\n`);
	if (s.keySentence) md.appendMarkdown(`> ${escape(s.keySentence)}\n\n`);
	for (const t of s.themes) md.appendMarkdown(`- ${escape(t.label)}${t.stance ? ` — *${t.stance}*` : ''}${t.user ? ' (your tag)' : ''}\n`);
	if (s.vote) md.appendMarkdown(`\nVote: ${s.vote}`);
	return md;
}

function annotationTooltip(a: Annotation, label: (id: string) => string): vscode.MarkdownString {
	const md = new vscode.MarkdownString();
	md.appendMarkdown(`**${escape(a.themes.map(label).join(', '))}**${a.stance ? ` — *${a.stance}*` : ''}\n\n> ${escape(truncate(a.anchor.quote, 300))}\n\n`);
	if (a.note) md.appendMarkdown(`${escape(a.note)}\n\n`);
	md.appendMarkdown(`\`${a.id}\`${a.author ? ` · ${escape(a.author)}` : ''}${a.modified ? ` · ${a.modified.slice(0, 10)}` : ''}`);
	return md;
}

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function truncate(text: string, max: number): string {
	const one = text.replace(/\s+/g, ' ').trim();
	return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

function escape(text: string): string {
	return text.replace(/[\\`*_[\]<>]/g, c => '\\' + c);
}
