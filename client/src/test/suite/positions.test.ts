import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PositionsResult } from '../../../../server/src/protocol';
import { activateExtension, AnnotatorApi, flattenSymbols, linesStartingWith, openMeetingText } from '../helpers';

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

	it('groups a speaker\'s statements under one key', () => {
		const labels = linesStartingWith(doc, 'Mr. Arkhipov (');
		const entry = positions.bySpeaker.find(s => s.speaker.includes('Arkhipov'));
		assert.ok(entry, 'Arkhipov is in bySpeaker');
		assert.strictEqual(entry.statements.length, labels.length);
		assert.strictEqual(entry.affiliation, 'Russian Federation');
	});

	it('records the vote and those on whose behalf a delegate spoke', () => {
		const jilani = positions.statements.find(s => s.speaker.includes('Jilani'));
		assert.ok(jilani, 'Jilani has a statement');
		assert.strictEqual(jilani.affiliation, 'Pakistan');
		// "Abstaining: China, Pakistan and Russian Federation" in the vote block.
		assert.strictEqual(jilani.vote, 'abstaining');
		const koroma = positions.statements.find(s => s.speaker.includes('Koroma'));
		assert.ok(koroma, 'Koroma has a statement');
		// "on behalf of the three African members of the Council, namely, Algeria, Somalia and my own
		// country, Sierra Leone, as well as Guyana (A3+)": the group's name or its members will do.
		const behalf = koroma.onBehalfOf.join(' ');
		assert.ok(behalf.includes('A3+') || ['Algeria', 'Somalia', 'Guyana'].every(state => behalf.includes(state)), `Koroma speaks for the A3+: ${behalf}`);
	});

	it('lists themes with who addressed them', () => {
		const sanctions = positions.byTheme.find(t => t.id === 'sanctions');
		assert.ok(sanctions, `a sanctions theme: ${positions.byTheme.map(t => t.id).join(', ')}`);
		const haldane = positions.bySpeaker.find(s => s.speaker.includes('Haldane'));
		assert.ok(haldane && sanctions.entries.some(e => e.speakerKey === haldane.key), 'Haldane addressed sanctions');
	});
});
