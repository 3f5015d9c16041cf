/**
 * Protocol tests over stdio on the verbatim sample (samples/s-pv-9901.txt): the token legend,
 * tokens at speaker labels, hovers, the Outline, navigation, folding and the custom requests.
 * Expected values are derived from the sample's text, not from what the engine happens to emit.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DocumentSymbol, Hover, Location, SymbolKind } from 'vscode-languageserver-protocol';
import { PositionsResult } from '../../protocol';
import { TestServer } from './serverProcess';
import { decodeTokens, fileUri, linesOf, positionOf, readIfPresent, SAMPLES, shift } from './textHelpers';

const SAMPLE = path.join(SAMPLES, 's-pv-9901.txt');
const text = readIfPresent(SAMPLE);

function hoverText(h: Hover | null): string {
	assert.ok(h, 'expected a hover');
	const c = h.contents;
	return typeof c === 'string' ? c : 'value' in c ? c.value : c.map(x => typeof x === 'string' ? x : x.value).join('\n');
}

(text ? describe : describe.skip)('LSP over stdio: verbatim sample s-pv-9901', function () {
	const uri = fileUri(SAMPLE);
	let server: TestServer;
	const legend = () => server.initializeResult.capabilities.semanticTokensProvider!.legend;

	before(async function () {
		this.timeout(60_000);
		server = await TestServer.start();
		await server.open(uri, text!);
	});

	after(async () => {
		const code = await server?.stop();
		assert.equal(code, 0, `server exited with ${code}: ${server?.errors}`);
	});

	it('advertises every feature and the custom token legend', () => {
		const caps = server.initializeResult.capabilities;
		assert.ok(caps.hoverProvider);
		assert.ok(caps.documentSymbolProvider);
		assert.ok(caps.workspaceSymbolProvider);
		assert.ok(caps.definitionProvider);
		assert.ok(caps.referencesProvider);
		assert.ok(caps.foldingRangeProvider);
		const tokens = caps.semanticTokensProvider!;
		assert.deepEqual(tokens.full, { delta: true });
		assert.equal(tokens.range, true);
		for (const t of ['speaker', 'institution', 'state', 'themeCue', 'stanceCue']) assert.ok(tokens.legend.tokenTypes.includes(t), t);
		for (const m of ['chair', 'annotated', 'acronym', 'definition']) assert.ok(tokens.legend.tokenModifiers.includes(m), m);
	});

	it('marks each verbatim speaker label with a speaker token (the chair with the chair modifier)', async () => {
		const result = await server.request<{ data: number[]; resultId?: string }>('textDocument/semanticTokens/full', { textDocument: { uri } });
		const tokens = decodeTokens(result.data, legend());
		const speakerStarts = new Set(tokens.filter(t => t.type === 'speaker').map(t => `${t.line}:${t.character}`));
		const lines = linesOf(text!);
		const labels = lines.map((l, i) => ({ l, i })).filter(x => /^(Mr|Ms|Mrs)\. [^:]{2,60}\([^)]+\)( \(spoke in \w+\))?:/.test(x.l));
		assert.ok(labels.length >= 10, 'the sample has at least ten member labels');
		for (const { l, i } of labels) assert.ok(speakerStarts.has(`${i}:0`), `speaker token at line ${i + 1}: ${l.slice(0, 40)}`);
		const president = positionOf(text!, /^The President/m);
		const chair = tokens.find(t => t.line === president.line && t.character === 0 && t.type === 'speaker');
		assert.ok(chair, 'speaker token on "The President"');
		assert.ok(chair.modifiers.includes('chair'));
		// The protocol's invariants: sorted, non-overlapping, single-line, inside the line.
		for (let i = 1; i < tokens.length; i++) {
			const a = tokens[i - 1], b = tokens[i];
			assert.ok(a.line < b.line || (a.line === b.line && a.character + a.length <= b.character), `tokens ${i - 1} and ${i} overlap or are out of order`);
		}
		for (const t of tokens) assert.ok(t.character + t.length <= lines[t.line].length, `token beyond its line at ${t.line}`);
	});

	it('marks a state named in the text and the acronym of the mission', async () => {
		const result = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
		const tokens = decodeTokens(result.data, legend());
		const at = (p: { line: number; character: number }) => tokens.find(t => t.line === p.line && t.character <= p.character && p.character < t.character + t.length);
		const state = positionOf(text!, 'China abstained');
		assert.equal(at(state)?.type, 'state');
		const acronym = positionOf(text!, /\bUNSMLC\b/, 1);
		const token = at(acronym);
		assert.equal(token?.type, 'institution');
		assert.ok(token!.modifiers.includes('acronym'));
	});

	it('answers a range request with exactly the full tokens of those lines', async () => {
		const full = decodeTokens((await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend());
		const from = positionOf(text!, /^Mr\. Haldane/m).line, to = positionOf(text!, /^Ms\. Whitcombe/m).line;
		const range = decodeTokens((await server.request<{ data: number[] }>('textDocument/semanticTokens/range', {
			textDocument: { uri }, range: { start: { line: from, character: 0 }, end: { line: to, character: 0 } },
		})).data, legend());
		assert.ok(range.length > 0);
		assert.deepEqual(range, full.filter(t => t.line >= from && t.line < to));
	});

	it('hovers a speaker label with affiliation, statement count, themes and reveal links', async () => {
		const md = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: shift(positionOf(text!, /^Mr\. Haldane/m), 5) }));
		assert.match(md, /Haldane/);
		assert.match(md, /United Kingdom/);
		const count = linesOf(text!).filter(l => l.startsWith('Mr. Haldane (')).length;
		assert.match(md, new RegExp(`\\b${count} statements?\\b`));
		assert.match(md, /Themes: /);
		assert.match(md, /command:diplomaticAnnotator\.revealStatement\?/);
		const link = /command:diplomaticAnnotator\.revealStatement\?([^)]+)\)/.exec(md)!;
		const [args] = JSON.parse(decodeURIComponent(link[1]));
		assert.equal(args.uri, uri);
		assert.equal(args.line, positionOf(text!, /^Mr\. Haldane/m).line);
	});

	it('hovers an institution acronym with its full name and number of mentions', async () => {
		const md = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text!, /\bUNSMLC\b/, 1) }));
		assert.match(md, /Stabilization Mission in the Lakes Corridor/);
		assert.match(md, /UNSMLC/);
		assert.match(md, /named \d+ times|named once/);
	});

	it('hovers a state with its delegation\'s statements and its vote', async () => {
		const md = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text!, 'China abstained') }));
		assert.match(md, /\*\*China\*\*/);
		assert.match(md, /statements? by its delegation/);
		// The President's tally lists China among the abstentions; the vote must say so.
		assert.match(md, /Vote: abstaining/);
	});

	it('hovers a theme cue with the theme and who else addressed it', async () => {
		const result = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
		const cue = decodeTokens(result.data, legend()).find(t => t.type === 'themeCue');
		assert.ok(cue, 'the sample has a theme cue');
		const md = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: cue.line, character: cue.character } }));
		assert.match(md, /\(theme\)/);
		assert.match(md, /Addressed by: .*\(this statement\)/);
	});

	it('hovers a stance cue with the stance and the speaker, and a heading with its statements', async () => {
		const result = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
		const tokens = decodeTokens(result.data, legend());
		const cue = tokens.find(t => t.type === 'stanceCue' && t.line === positionOf(text!, /^Mr\. Haldane/m).line);
		assert.ok(cue, 'Haldane\'s first line has a stance cue ("welcomes")');
		const md = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: cue.line, character: cue.character } }));
		assert.match(md, /Stance: \*\*(supports|opposes|concerned|calls-for|condemns|welcomes)\*\*/);
		assert.match(md, /Haldane \(United Kingdom\)/);
		const heading = tokens.find(t => t.type === 'heading');
		assert.ok(heading, 'a heading token');
		const hmd = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: heading.line, character: heading.character } }));
		assert.match(hmd, /\d+ statements? in this section/);
	});

	it('outlines statements named "Speaker (Affiliation)" under the agenda headings', async () => {
		const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
		const agenda = symbols.find(s => s.kind === SymbolKind.Namespace && /Lakes Corridor/.test(s.name));
		assert.ok(agenda, 'a level-1 heading for the agenda item');
		const all: DocumentSymbol[] = [];
		const walk = (list: DocumentSymbol[]) => { for (const s of list) { all.push(s); walk(s.children ?? []); } };
		walk(symbols);
		const haldane = all.find(s => s.kind === SymbolKind.Event && s.name === 'Haldane (United Kingdom)');
		assert.ok(haldane, `statement "Haldane (United Kingdom)" in ${all.map(s => s.name).join(' | ')}`);
		assert.equal(haldane.range.start.line, positionOf(text!, /^Mr\. Haldane/m).line);
		// Nested: the statement is inside a heading, not at top level.
		assert.ok(!symbols.includes(haldane));
		const statements = all.filter(s => s.kind === SymbolKind.Event);
		for (let i = 1; i < statements.length; i++) assert.ok(statements[i - 1].range.start.line <= statements[i].range.start.line, 'statements in text order');
	});

	it('finds every statement and mention of a speaker, and goes from a state mention to its statement', async () => {
		const label = positionOf(text!, /^Mr\. Lu Yanchen/m);
		const refs = await server.request<Location[]>('textDocument/references', { textDocument: { uri }, position: shift(label, 5), context: { includeDeclaration: true } });
		assert.ok(refs.some(r => r.range.start.line === label.line && r.range.start.character === 0), 'the label itself');
		const defs = await server.request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position: positionOf(text!, 'China abstained') });
		assert.ok(defs && defs.some(d => d.range.start.line === label.line), 'China → the statement of its delegate');
		const stateRefs = await server.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(text!, 'China abstained'), context: { includeDeclaration: true } });
		const mentions = (text!.match(/\bChina\b/g) ?? []).length;
		assert.ok(stateRefs.length >= Math.min(2, mentions), `references of China: ${stateRefs.length}`);
	});

	it('goes from a person named in running text to that person\'s statement', async () => {
		const label = positionOf(text!, /^Ms\. Tembo-Haugland/m);
		const mention = shift(positionOf(text!, /support the call of Ms\. Tembo-Haugland/), 'support the call of Ms. '.length + 3);
		assert.notEqual(mention.line, label.line);
		const defs = await server.request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position: mention });
		assert.deepEqual(defs?.map(d => d.range.start), [label]);
		// Hovering the name in running text summarises the same person, with a link to her statement.
		const md = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: mention }));
		assert.match(md, /\*\*Tembo-Haugland\*\*/);
		const link = /command:diplomaticAnnotator\.revealStatement\?([^)]+)\)/.exec(md)!;
		assert.equal(JSON.parse(decodeURIComponent(link[1]))[0].line, label.line);
		// References: her label and every other place that names her, once each.
		const refs = await server.request<Location[]>('textDocument/references', { textDocument: { uri }, position: mention, context: { includeDeclaration: true } });
		assert.equal(refs.length, (text!.match(/Tembo-Haugland/g) ?? []).length);
		assert.ok(refs.some(r => r.range.start.line === label.line && r.range.start.character === 0));
	});

	it('folds multi-line statements', async () => {
		const ranges = await server.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
		const haldane = positionOf(text!, /^Mr\. Haldane/m).line;
		const fold = ranges.find(r => r.startLine === haldane);
		assert.ok(fold, 'a fold starting at the Haldane label');
		assert.ok(fold.endLine > haldane);
		assert.ok(fold.endLine < positionOf(text!, /^Mr\. Lu Yanchen/m).line, 'ending before the next statement');
		// Each section of the Outline that holds statements folds from its heading over all of them.
		const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
		const sections: DocumentSymbol[] = [];
		const walk = (list: DocumentSymbol[]) => { for (const s of list) if (s.kind !== SymbolKind.Event) { sections.push(s); walk(s.children ?? []); } };
		walk(symbols);
		const withStatements = sections.filter(s => (s.children ?? []).some(c => c.kind === SymbolKind.Event));
		assert.ok(withStatements.length > 0);
		for (const section of withStatements) {
			const last = section.children!.filter(c => c.kind === SymbolKind.Event).pop()!;
			assert.ok(ranges.some(r => r.startLine === section.selectionRange.start.line && r.endLine >= last.range.start.line), `fold of "${section.name}"`);
		}
	});

	it('serves positions by speaker, theme and group, and filters them', async () => {
		const all = await server.request<PositionsResult>('diplomaticAnnotator/positions', { textDocument: { uri } });
		assert.equal(all.uri, uri);
		assert.equal(all.genre, 'verbatim-record');
		const haldane = all.bySpeaker.find(s => s.key === 'Haldane (United Kingdom)');
		assert.ok(haldane);
		assert.equal(all.statements[haldane.statements[0]].range.start.line, positionOf(text!, /^Mr\. Haldane/m).line);
		assert.ok(all.byTheme.length > 0);
		for (const t of all.byTheme) for (const e of t.entries) assert.ok(all.statements.some(s => s.index === e.statement));
		// states.json puts the United Kingdom in the Western European and Others Group.
		assert.ok(all.byGroup.some(g => /Western European/.test(g.group) && g.speakerKeys.includes('Haldane (United Kingdom)')));
		const theme = all.byTheme[0].id;
		const filtered = await server.request<PositionsResult>('diplomaticAnnotator/positions', { textDocument: { uri }, themes: [theme] });
		assert.ok(filtered.statements.length > 0 && filtered.statements.length <= all.statements.length);
		for (const s of filtered.statements) assert.ok(s.themes.some(t => t.id === theme));
	});

	it('summarises the document and finds the statement at a position', async () => {
		const summary = await server.request<{ genre: string; statements: number }>('diplomaticAnnotator/summary', { textDocument: { uri } });
		assert.equal(summary.genre, 'verbatim-record');
		assert.ok(summary.statements >= linesOf(text!).filter(l => /^(Mr|Ms)\. [^:]+\([^)]+\)/.test(l)).length);
		const at = await server.request<{ speaker: string; affiliation: string } | null>('diplomaticAnnotator/statementAt', {
			textDocument: { uri }, position: shift(positionOf(text!, 'As penholder'), 3),
		});
		assert.equal(at?.speaker, 'Haldane');
		assert.equal(at?.affiliation, 'United Kingdom');
	});
});
