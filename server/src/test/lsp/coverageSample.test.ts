/**
 * Protocol tests over stdio on the Meetings Coverage sample (samples/press-release-9901.txt):
 * speakers named at the head of a paragraph or mid-sentence, and the Outline of a release.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DocumentSymbol, Hover, SymbolKind } from 'vscode-languageserver-protocol';
import { TestServer } from './serverProcess';
import { decodeTokens, fileUri, linesOf, positionOf, readIfPresent, SAMPLES, shift } from './textHelpers';

const SAMPLE = path.join(SAMPLES, 'press-release-9901.txt');
const text = readIfPresent(SAMPLE);

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
	return symbols.flatMap(s => [s, ...flatten(s.children ?? [])]);
}

(text ? describe : describe.skip)('LSP over stdio: coverage sample press-release-9901', function () {
	this.timeout(60_000);
	const uri = fileUri(SAMPLE);
	let server: TestServer;

	before(async () => {
		server = await TestServer.start();
		await server.open(uri, text!);
	});

	after(async () => { await server?.stop(); });

	it('marks a briefer named at the head of a paragraph and hovers her office', async () => {
		const at = positionOf(text!, /^Adjoa Mensah-Lindqvist/m);
		const legend = server.initializeResult.capabilities.semanticTokensProvider!.legend;
		const tokens = decodeTokens((await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend);
		assert.equal(tokens.find(t => t.line === at.line && t.character === 0)?.type, 'speaker');
		const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: shift(at, 6) });
		const md = (hover!.contents as { value: string }).value;
		assert.match(md, /Adjoa Mensah-Lindqvist/);
		assert.match(md, /Special Representative of the Secretary-General/);
	});

	it('outlines the statements in text order, each naming a speaker found in its text', async () => {
		const all = flatten(await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }));
		const statements = all.filter(s => s.kind === SymbolKind.Event);
		// Every "the representative of X said" paragraph is a statement of X's delegation.
		// ("the Kingdom of the Netherlands" may be outlined under its short name "Netherlands").
		const delegations = [...text!.matchAll(/[Tt]he representative of (?:the )?([A-Z][\w ]+?) said/g)].map(m => m[1]);
		assert.ok(delegations.length >= 5);
		const delegationOf = (name: string) => /\(([^()]+)\)$/.exec(name)?.[1] ?? name;
		for (const d of delegations) assert.ok(statements.some(s => d.endsWith(delegationOf(s.name))), `a statement of ${d}`);
		const lines = linesOf(text!);
		for (let i = 0; i < statements.length; i++) {
			if (i > 0) assert.ok(statements[i].range.start.line > statements[i - 1].range.start.line);
			const name = /^(.*?)(?: \([^()]+\))?$/.exec(statements[i].name)![1];
			const body = lines.slice(statements[i].range.start.line, statements[i].range.end.line + 1).join('\n');
			assert.ok(body.includes(name) || /Secretary-General/.test(name), `"${name}" in its statement`);
		}
		// Headings of the release (e.g. "Statements") hold statements.
		assert.ok(all.some(s => s.kind !== SymbolKind.Event && (s.children ?? []).some(c => c.kind === SymbolKind.Event)));
	});
});
