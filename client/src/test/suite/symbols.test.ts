import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, flattenSymbols, openMeetingText } from '../helpers';

/** "Mr. Name (State):" labels at line starts (maybe with "(spoke in …)"), in order: statements by delegates. */
function labelledSpeakers(doc: vscode.TextDocument): { name: string; affiliation: string; line: number }[] {
	const out = [];
	for (let line = 0; line < doc.lineCount; line++) {
		const match = /^(?:Mr|Ms|Mrs)\. ([^(:]+?) \(([^)]+)\)(?: \(spoke in \w+\))?:/.exec(doc.lineAt(line).text);
		if (match) out.push({ name: match[1], affiliation: match[2], line });
	}
	return out;
}

/**
 * True when `text` names the affiliation, in full or by its short form ("United States" for
 * "United States of America", "Netherlands" for "Kingdom of the Netherlands").
 */
function mentionsAffiliation(text: string, affiliation: string): boolean {
	if (affiliation.startsWith('Kingdom of the ') && text.includes(affiliation.slice('Kingdom of the '.length))) return true;
	const words = affiliation.split(' ');
	for (let n = words.length; n >= Math.min(2, words.length); n--) if (text.includes(words.slice(0, n).join(' '))) return true;
	return false;
}

describe('Outline and symbols', () => {
	let doc: vscode.TextDocument;
	let symbols: vscode.DocumentSymbol[];

	before(async () => {
		await activateExtension();
		doc = await openMeetingText('s-pv-9901.txt');
		symbols = flattenSymbols(await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri) ?? []);
	});

	it('names each labelled statement by speaker and affiliation, in text order', () => {
		const expected = labelledSpeakers(doc);
		assert.ok(expected.length >= 15, 'the sample has delegates\' labels');
		let previous = -1;
		for (const speaker of expected) {
			const symbol = symbols.find(s => s.name.includes(speaker.name) && s.range.contains(new vscode.Position(speaker.line, 0)));
			assert.ok(symbol, `a symbol names ${speaker.name} at line ${speaker.line + 1}: ${symbols.map(s => s.name).join(' | ')}`);
			assert.ok(mentionsAffiliation(`${symbol.name} ${symbol.detail}`, speaker.affiliation), `${symbol.name} mentions ${speaker.affiliation}`);
			assert.ok(symbol.range.start.line > previous, `${speaker.name} comes after the previous statement`);
			previous = symbol.range.start.line;
		}
	});

	it('nests statements under a section', async () => {
		const top = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
		const haldane = symbols.find(s => s.name.includes('Haldane'));
		assert.ok(haldane, 'Haldane has a symbol');
		// Symbols of another request are other objects: compare by name and place.
		const same = (s: vscode.DocumentSymbol) => s.name === haldane.name && s.range.isEqual(haldane.range);
		assert.ok(top.some(section => !same(section) && flattenSymbols(section.children ?? []).some(same)),
			`Haldane's statement is nested under a section: ${top.map(s => s.name).join(' | ')}`);
	});

	it('names the statements of a press release by the delegation the release reports', async () => {
		const release = await openMeetingText('press-release-9901.txt');
		const releaseSymbols = flattenSymbols(await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', release.uri));
		let checked = 0;
		for (let line = 0; line < release.lineCount; line++) {
			const match = /^The representative of (?:the )?([A-Z][^,]+?)(?:,| said)/.exec(release.lineAt(line).text);
			if (!match) continue;
			checked++;
			const state = match[1];
			assert.ok(releaseSymbols.some(s => s.range.contains(new vscode.Position(line, 0)) && mentionsAffiliation(`${s.name} ${s.detail}`, state)),
				`a symbol over line ${line + 1} names ${state}: ${releaseSymbols.map(s => `${s.name} [${s.detail}]`).join(' | ')}`);
		}
		assert.ok(checked >= 4, 'the release reports several representatives');
	});

	it('finds a delegate across the workspace (workspace symbols)', async () => {
		const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Haldane');
		assert.ok(found.some(s => s.location.uri.path.endsWith('/s-pv-9901.txt') && s.name.includes('Haldane')),
			`Haldane is found in s-pv-9901.txt: ${found.map(s => `${s.name} ${s.location.uri.path}`).join(' | ')}`);
	});
});
