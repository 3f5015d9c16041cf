import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, DecodedToken, linesStartingWith, openMeetingText, semanticTokens } from '../helpers';

/** Tokens of `type` on `line` whose text overlaps `needle` on that line. */
function tokensOver(tokens: DecodedToken[], doc: vscode.TextDocument, line: number, needle: string, type: string): DecodedToken[] {
	const column = doc.lineAt(line).text.indexOf(needle);
	assert.ok(column >= 0, `${needle} is on line ${line + 1}`);
	return tokens.filter(t => t.line === line && t.type === type && t.start < column + needle.length && column < t.start + t.length);
}

describe('semantic highlighting', () => {
	let doc: vscode.TextDocument;
	let tokens: DecodedToken[];
	let haldane: number;

	before(async () => {
		await activateExtension();
		doc = await openMeetingText('s-pv-9901.txt');
		tokens = await semanticTokens(doc);
		[haldane] = linesStartingWith(doc, 'Mr. Haldane (United Kingdom):');
	});

	it('advertises the custom token types in its legend', async () => {
		const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
		for (const type of ['speaker', 'institution', 'state', 'themeCue', 'stanceCue']) assert.ok(legend.tokenTypes.includes(type), `legend has ${type}`);
	});

	it('marks the speaker of a statement label', () => {
		assert.ok(tokensOver(tokens, doc, haldane, 'Haldane', 'speaker').length > 0, 'a speaker token covers "Haldane" in its label');
	});

	it('marks institutions, including an acronym the text defines', () => {
		const pbc = doc.positionAt(doc.getText().indexOf('the Peacebuilding Commission should')).line;
		assert.ok(pbc > 0, 'Pakistan names the Peacebuilding Commission');
		assert.ok(tokensOver(tokens, doc, pbc, 'Peacebuilding Commission', 'institution').length > 0, 'the Peacebuilding Commission is an institution');
		assert.ok(tokensOver(tokens, doc, haldane, 'UNSMLC', 'institution').length > 0, 'UNSMLC (defined earlier in the text) is an institution');
	});

	it('marks a State named in a label as a state', () => {
		const [jilani] = linesStartingWith(doc, 'Mr. Jilani (Pakistan):');
		assert.ok(tokensOver(tokens, doc, jilani, 'Pakistan', 'state').length > 0, 'Pakistan is a state');
	});

	it('marks theme and stance cues inside a statement', () => {
		const statement = tokens.filter(t => t.line >= haldane && t.line <= haldane + 6);
		assert.ok(statement.some(t => t.type === 'stanceCue' && /welcom/i.test(t.text)), `"welcomes" is a stance cue: ${JSON.stringify(statement.map(t => [t.type, t.text]))}`);
		assert.ok(statement.some(t => t.type === 'themeCue' && /sanction/i.test(t.text)), '"sanctions" is a theme cue');
	});

	it('marks the presiding officer with the chair modifier', () => {
		const [firstPresident] = linesStartingWith(doc, 'The President');
		const chair = tokens.filter(t => t.line === firstPresident && t.type === 'speaker');
		assert.ok(chair.some(t => t.modifiers.includes('chair')), `The President is a speaker with the chair modifier: ${JSON.stringify(chair)}`);
	});
});
