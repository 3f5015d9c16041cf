import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverText, linesStartingWith, openMeetingText, positionOf } from '../helpers';

async function hoverAt(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
	const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
	return hoverText(hovers ?? []);
}

describe('hover summaries', () => {
	let doc: vscode.TextDocument;

	before(async () => {
		await activateExtension();
		doc = await openMeetingText('s-pv-9901.txt');
	});

	it('on a speaker: who they are, for whom, and how many statements', async () => {
		const [label] = linesStartingWith(doc, 'Mr. Arkhipov (Russian Federation)');
		assert.ok(label !== undefined, 'the sample has Arkhipov\'s label');
		const statements = linesStartingWith(doc, 'Mr. Arkhipov (').length;
		const text = await hoverAt(doc, new vscode.Position(label, 'Mr. Ark'.length));
		assert.match(text, /Arkhipov/);
		assert.match(text, /Russian Federation/);
		assert.match(text, new RegExp(`\\b${statements}\\b[^\\n]*statement`, 'i'), `counts ${statements} statements: ${text}`);
	});

	it('links to the statements, and the link reveals one', async () => {
		const [label] = linesStartingWith(doc, 'Mr. Haldane (');
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(label, 6));
		const link = /\(command:diplomaticAnnotator\.revealStatement\?([^)]+)\)/.exec(hoverText(hovers));
		assert.ok(link, `a reveal link in the hover: ${hoverText(hovers)}`);
		const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
		const editor = vscode.window.activeTextEditor;
		assert.ok(editor, 'an editor is active');
		editor.selection = new vscode.Selection(0, 0, 0, 0);
		await vscode.commands.executeCommand('diplomaticAnnotator.revealStatement', ...args);
		assert.strictEqual(vscode.window.activeTextEditor?.selection.active.line, label, 'the cursor lands on his statement');
	});

	it('on a theme cue: the theme and the others who addressed it', async () => {
		// Speakers whose statements mention sanctions, read from the labels and paragraphs of the text.
		const others = new Set<string>();
		let speaker: string | null = null;
		for (let line = 0; line < doc.lineCount; line++) {
			const text = doc.lineAt(line).text;
			const label = /^(?:Mr|Ms)\. ([^(:]+?)(?: \(|:)/.exec(text);
			if (label) speaker = label[1];
			else if (/^The President/.test(text)) speaker = null;
			if (speaker && speaker !== 'Haldane' && /sanction/i.test(text)) others.add(speaker);
		}
		assert.ok(others.size > 0, 'other delegates speak of sanctions');
		const text = await hoverAt(doc, positionOf(doc, 'targeted sanctions', 0, 'targeted '.length + 2));
		assert.match(text, /sanction/i);
		assert.ok([...others].some(name => text.includes(name)), `names another speaker on sanctions (${[...others].join(', ')}): ${text}`);
	});

	it('on an acronym the text defines: its full name', async () => {
		// The record spells the mission out once, then uses the acronym.
		const text = await hoverAt(doc, positionOf(doc, 'UNSMLC', 1, 2));
		assert.match(text, /Stabilization Mission in the Lakes Corridor/, text);
	});

	it('on a State: its delegation and how it voted', async () => {
		const [label] = linesStartingWith(doc, 'Mr. Jilani (Pakistan):');
		const text = await hoverAt(doc, new vscode.Position(label, doc.lineAt(label).text.indexOf('Pakistan') + 2));
		assert.match(text, /Pakistan/);
		// The vote block lists Pakistan among the abstentions.
		assert.match(text, /abstain/i, text);
	});

	it('on plain narration: nothing', async () => {
		const text = await hoverAt(doc, positionOf(doc, 'The meeting was called to order', 0, 4));
		assert.strictEqual(text.trim(), '');
	});
});
