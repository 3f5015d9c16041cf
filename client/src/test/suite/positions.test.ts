import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PositionsResult } from '../../../../server/src/protocol';
import { activateExtension, AnnotatorApi, flattenSymbols, linesStartingWith, openMeetingText, waitFor } from '../helpers';

describe('positions (the data of the sidebar)', () => {
	let api: AnnotatorApi;
	let doc: vscode.TextDocument;
	let positions: PositionsResult;

	before(async () => {
		api = await activateExtension();
		doc = await openMeetingText('s-pv-9901.txt');
		const result = await api.client.sendRequest<PositionsResult | null>('diplomaticAnnotator/positions', { textDocument: { uri: doc.uri.toString() } });
		assert.ok(result, 'the server answers the positions request');
		positions = result;
	});

	it('knows the genre and has one entry per statement of the Outline', async () => {
		assert.strictEqual(positions.genre, 'verbatim-record');
		const symbols = flattenSymbols(await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri));
		const statementSymbols = symbols.filter(s => positions.statements.some(st => st.range.start.line === s.range.start.line && s.name.includes(st.speaker)));
		assert.strictEqual(statementSymbols.length, positions.statements.length, 'every statement has its Outline entry');
	});

	it('the view follows a meeting text as soon as it is opened', async () => {
		// A fresh copy: opened as plain text, then switched to the meeting language by the extension.
		const copy = vscode.Uri.joinPath(doc.uri, '..', 'followed.txt');
		await vscode.workspace.fs.copy(doc.uri, copy, { overwrite: true });
		const opened = await openMeetingText('followed.txt');
		await waitFor(() => api.positions.current?.uri.toString() === opened.uri.toString(),
			[api.positions.onDidChangeTreeData, vscode.window.onDidChangeActiveTextEditor], 'the positions view to show followed.txt', 10_000);
	});

	it('groups a speaker\'s statements under one key', () => {
		const labels = linesStartingWith(doc, 'Mr. Arkhipov (');
		const entry = positions.bySpeaker.find(s => s.speaker.includes('Arkhipov'));
		assert.ok(entry, 'Arkhipov is in bySpeaker');
		assert.strictEqual(entry.statements.length, labels.length);
		assert.strictEqual(entry.affiliation, 'Russian Federation');
	});

	it('records the vote and those on whose behalf a delegate spoke', () => {
		// The vote block: "In favour: … United Kingdom …", "Abstaining: China, Pakistan and Russian Federation".
		const china = positions.statements.find(s => s.affiliation === 'China');
		assert.ok(china, 'China has a statement');
		assert.strictEqual(china.vote, 'abstaining');
		const uk = positions.statements.find(s => s.speaker.includes('Haldane'));
		assert.ok(uk, 'Haldane has a statement');
		assert.strictEqual(uk.vote, 'in-favour');
		const koroma = positions.statements.find(s => s.speaker.includes('Koroma'));
		assert.ok(koroma, 'Koroma has a statement');
		// "on behalf of the three African members of the Council, namely, Algeria, Somalia and my own
		// country, Sierra Leone, as well as Guyana (A3+)": whatever the server names, the label says it.
		const label = doc.lineAt(koroma.range.start.line).text;
		assert.ok(koroma.onBehalfOf.length > 0, 'Koroma speaks on behalf of a group');
		for (const group of koroma.onBehalfOf) assert.ok(label.includes(group), `"${group}" is in the label: ${label}`);
	});

	it('lists themes with who addressed them', () => {
		const sanctions = positions.byTheme.find(t => t.id === 'sanctions');
		assert.ok(sanctions, `a sanctions theme: ${positions.byTheme.map(t => t.id).join(', ')}`);
		const haldane = positions.bySpeaker.find(s => s.speaker.includes('Haldane'));
		assert.ok(haldane && sanctions.entries.some(e => e.speakerKey === haldane.key), 'Haldane addressed sanctions');
	});
});
