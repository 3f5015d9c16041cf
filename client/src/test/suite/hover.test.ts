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
