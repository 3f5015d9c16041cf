import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activateExtension, flattenSymbols, hoverText, LANGUAGE_ID, waitFor } from '../helpers';

// The real texts live beside the repository (../shared), never in it; the hand-written gold says
// who speaks where. Both are read at test time and the suite is skipped where they are absent.
const repo = path.resolve(__dirname, '..', '..', '..', '..');
const shared = path.resolve(repo, '..', 'shared');
const textPath = path.join(shared, 'corpus', 'coverage', 'sc14563.txt');
const goldPath = path.join(shared, 'eval', 'gold', 'sc14563.yaml');

interface GoldStatement { lines: [number, number]; start_alternatives?: number[]; name: string | null; affiliation: string | string[] | null; themes?: string[] }

/** True when `text` names one of the accepted spellings, in full or by its first two words. */
function namesAffiliation(text: string, affiliation: string | string[] | null): boolean {
	if (affiliation === null) return true;
	return (Array.isArray(affiliation) ? affiliation : [affiliation]).some(a => text.includes(a) || text.includes(a.split(' ').slice(0, 2).join(' ')));
}

describe('a real Meetings Coverage release (shared corpus, sc14563)', function () {
	let doc: vscode.TextDocument;
	let gold: GoldStatement[];

	before(async function () {
		if (!fs.existsSync(textPath) || !fs.existsSync(goldPath)) this.skip();
		await activateExtension();
		gold = (parse(fs.readFileSync(goldPath, 'utf8')) as { statements: GoldStatement[] }).statements;
		const uri = vscode.Uri.file(textPath);
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
		doc = await waitFor(() => vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString() && d.languageId === LANGUAGE_ID),
			[vscode.workspace.onDidOpenTextDocument], 'sc14563.txt in the meeting language');
	});

	it('lists the statements of the gold in order in the Outline, named by speaker and affiliation', async () => {
		const symbols = flattenSymbols(await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri));
		const matched: vscode.DocumentSymbol[] = [];
		for (const statement of gold) {
			const starts = [statement.lines[0], ...(statement.start_alternatives ?? [])].map(line => line - 1);
			const symbol = symbols.find(s => starts.some(line => s.range.contains(new vscode.Position(line, 0)))
				&& (statement.name === null || `${s.name} ${s.detail}`.includes(statement.name)) && namesAffiliation(`${s.name} ${s.detail}`, statement.affiliation)
				&& !matched.includes(s));
			assert.ok(symbol, `a symbol for ${statement.name ?? statement.affiliation} at line ${statement.lines[0]}: ${symbols.map(s => s.name).join(' | ')}`);
			if (matched.length) assert.ok(symbol.range.start.line > matched[matched.length - 1].range.start.line, `${symbol.name} in text order`);
			matched.push(symbol);
		}
		// No extra statements: as many symbols of the statements' kind as the gold has statements.
		assert.strictEqual(symbols.filter(s => s.kind === matched[0].kind).length, gold.length);
	});

	it('hovering Kaja Kallas names Estonia and the themes she addressed', async () => {
		const kallas = gold.find(s => s.name === 'Kaja Kallas');
		assert.ok(kallas, 'the gold has Kaja Kallas');
		const line = kallas.lines[0] - 1;
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri,
			new vscode.Position(line, doc.lineAt(line).text.indexOf('Kallas') + 2));
		const text = hoverText(hovers);
		assert.match(text, /Estonia/);
		const labels = (JSON.parse(fs.readFileSync(path.join(repo, 'server', 'data', 'themes.json'), 'utf8')) as { themes: { id: string; label: string }[] }).themes;
		const expected = (kallas.themes ?? []).map(id => labels.find(t => t.id === id)?.label ?? id);
		assert.ok(expected.some(label => text.toLowerCase().includes(label.toLowerCase())), `one of ${expected.join(', ')} in: ${text}`);
	});
});
