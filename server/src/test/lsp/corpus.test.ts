/**
 * Protocol tests on a real Meetings Coverage release read from ../shared/corpus at test time
 * (skipped when the corpus is absent; nothing of it is copied into the repository). They need the
 * real engine: the Outline lists the 16 statements in text order, each named after a speaker the
 * paragraph names, and the hover on `Kaja Kallas` names Estonia and her themes.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DocumentSymbol, Hover, SymbolKind } from 'vscode-languageserver-protocol';
import { TestServer } from './serverProcess';
import { CORPUS, fileUri, linesOf, positionOf, readIfPresent, shift } from './textHelpers';

const FILE = path.join(CORPUS, 'coverage', 'sc14563.txt');
const text = readIfPresent(FILE);

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
	return symbols.flatMap(s => [s, ...flatten(s.children ?? [])]);
}

(text ? describe : describe.skip)('LSP over stdio: corpus release sc14563 (needs the real engine)', function () {
	this.timeout(60_000);
	const uri = fileUri(FILE);
	let server: TestServer;

	before(async () => {
		server = await TestServer.start();
		await server.open(uri, text!);
	});

	after(async () => { await server?.stop(); });

	it('outlines the 16 statements in order, each named after its speaker and affiliation', async () => {
		const statements = flatten(await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }))
			.filter(s => s.kind === SymbolKind.Event);
		assert.equal(statements.length, 16, statements.map(s => s.name).join(' | '));
		const lines = linesOf(text!);
		for (let i = 0; i < statements.length; i++) {
			const s = statements[i];
			if (i > 0) assert.ok(s.range.start.line > statements[i - 1].range.start.line, 'in text order');
			// "Name (Affiliation)" or the delegation alone; both parts stand in the statement's text
			// (a lead paragraph may report a briefer by title and name her further on).
			const m = /^(.*?)(?: \(([^()]+)\))?$/.exec(s.name)!;
			const body = lines.slice(s.range.start.line, s.range.end.line + 1).join('\n');
			assert.ok(body.includes(m[1]), `"${m[1]}" in the statement at line ${s.range.start.line + 1}`);
			if (m[2]) assert.ok(body.includes(m[2]), `"${m[2]}" in the statement at line ${s.range.start.line + 1}`);
		}
		const kallas = statements.find(s => s.name.startsWith('Kaja Kallas'));
		assert.equal(kallas?.name, 'Kaja Kallas (Estonia)');
	});

	it('hovers Kaja Kallas with Estonia, her office and the themes of her statement', async () => {
		const at = positionOf(text!, 'Kaja Kallas');
		const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: shift(at, 3) });
		assert.ok(hover);
		const md = (hover.contents as { value: string }).value;
		assert.match(md, /Kaja Kallas/);
		assert.match(md, /Estonia/);
		assert.match(md, /Prime Minister/);
		const symbol = flatten(await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }))
			.find(s => s.kind === SymbolKind.Event && s.range.start.line === at.line);
		assert.ok(symbol?.detail, 'her statement has themes');
		for (const label of symbol.detail!.split(', ')) assert.ok(md.includes(label), `theme "${label}" in the hover`);
	});
});
