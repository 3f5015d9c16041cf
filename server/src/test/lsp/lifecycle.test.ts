/**
 * Protocol tests over stdio on small fictional texts written here: the document lifecycle (open,
 * incremental edit, close), token deltas, AnalysisChanged notifications, user annotations pushed by
 * the client, and settings pulled per resource and refreshed without a restart.
 */
import * as assert from 'node:assert/strict';
import { Hover } from 'vscode-languageserver-protocol';
import { AnnotationsForDocument, PositionsResult } from '../../protocol';
import { TestServer } from './serverProcess';
import { decodeTokens, positionOf, shift } from './textHelpers';

const TEXT = [
	'United Nations',
	'Security Council',
	'Provisional',
	'9999th meeting',
	'Tuesday, 3 June 2025, 3 p.m.',
	'New York',
	'',
	'The situation in the Varn Basin',
	'',
	'The President: I give the floor to Mr. Haldane.',
	'',
	'Mr. Haldane (United Kingdom): The United Kingdom welcomes the report of the Secretary-General. We condemn the attacks on civilians in the Varn Basin and call for full humanitarian access.',
	'',
	'We support the work of the Peacebuilding Commission.',
	'',
	'Ms. Okafor (Nigeria): Nigeria is concerned about the sanctions regime. We call for dialogue and respect for sovereignty.',
	'',
	'The President: I thank Ms. Okafor and Mr. Haldane.',
	'',
].join('\n');

const INSERTED = 'Mr. Dube (South Africa): South Africa supports the Peacebuilding Commission and calls for dialogue.\n\n';

function hoverText(h: Hover | null): string {
	assert.ok(h, 'expected a hover');
	return (h.contents as { value: string }).value;
}

type Tokens = { data: number[]; resultId?: string };
type Delta = { resultId?: string; edits: { start: number; deleteCount: number; data?: number[] }[] };

describe('LSP over stdio: document lifecycle, annotations and settings', function () {
	this.timeout(60_000);
	const uri = 'file:///tmp/fictional/varn-basin.txt';
	let server: TestServer;
	const legend = () => server.initializeResult.capabilities.semanticTokensProvider!.legend;
	const tokens = async () => decodeTokens((await server.request<Tokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend());

	before(async () => {
		server = await TestServer.start();
		await server.open(uri, TEXT);
	});

	after(async () => {
		const code = await server?.stop();
		assert.equal(code, 0, `server exited with ${code}: ${server?.errors}`);
	});

	it('announces the analysis of the opened version', async () => {
		const note = await server.waitForNotification<{ uri: string; version: number }>('diplomaticAnnotator/analysisChanged', p => p.uri === uri);
		assert.equal(note.version, 1);
	});

	it('follows an incremental edit: new speaker token, delta edits that rebuild the full array', async () => {
		const before = await server.request<Tokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
		assert.ok(before.resultId);
		const at = positionOf(TEXT, /^Ms\. Okafor/m);
		await server.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [{ range: { start: at, end: at }, text: INSERTED }],
		});
		const delta = await server.request<Delta | Tokens>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: before.resultId });
		assert.ok('edits' in delta, 'a delta, not a full result');
		const rebuilt = [...before.data];
		for (const e of [...delta.edits].sort((a, b) => b.start - a.start)) rebuilt.splice(e.start, e.deleteCount, ...(e.data ?? []));
		const after = await server.request<Tokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
		assert.deepEqual(rebuilt, after.data);
		const speaker = decodeTokens(after.data, legend()).find(t => t.line === at.line && t.character === 0);
		assert.equal(speaker?.type, 'speaker', 'the inserted label is a speaker');
		const note = await server.waitForNotification<{ uri: string; version: number }>('diplomaticAnnotator/analysisChanged', p => p.uri === uri && p.version === 2);
		assert.equal(note.version, 2);
	});

	it('answers a delta request with a stale resultId with full tokens', async () => {
		const result = await server.request<Delta | Tokens>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: 'no-such-result' });
		assert.ok('data' in result && result.data.length > 0);
	});

	it('shows user annotations: annotated modifier, tags in the hover, user themes in positions', async () => {
		const edited = TEXT.replace(/^Ms\. Okafor/m, INSERTED + 'Ms. Okafor');
		const label = positionOf(edited, /^Ms\. Okafor/m);
		const refreshes = server.serverRequests.filter(r => r === 'workspace/semanticTokens/refresh').length;
		const annotations: AnnotationsForDocument = {
			uri,
			annotations: [{ id: 'a1', themes: ['water-rights'], stance: 'concerned', note: 'basin treaty', range: { start: shift(label, 25), end: shift(label, 40) } }],
			userThemes: [{ id: 'water-rights', label: 'Water rights' }],
		};
		await server.connection.sendNotification('diplomaticAnnotator/annotations', annotations);
		// The server asks the client to refresh tokens; waiting on a request that follows proves ordering.
		const t = await tokens();
		assert.ok(server.serverRequests.filter(r => r === 'workspace/semanticTokens/refresh').length > refreshes, 'semantic tokens refresh requested');
		const okafor = t.find(x => x.line === label.line && x.character === 0);
		assert.equal(okafor?.type, 'speaker');
		assert.ok(okafor!.modifiers.includes('annotated'));
		const haldane = t.find(x => x.line === positionOf(edited, /^Mr\. Haldane/m).line && x.character === 0);
		assert.ok(!haldane!.modifiers.includes('annotated'), 'only the tagged statement is marked');
		const md = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: shift(label, 4) }));
		assert.match(md, /Your tags: Water rights \(concerned\) — basin treaty/);
		const positions = await server.request<PositionsResult>('diplomaticAnnotator/positions', { textDocument: { uri } });
		const tagged = positions.statements.find(s => s.selectionRange.start.line === label.line);
		assert.deepEqual(tagged?.annotationIds, ['a1']);
		assert.ok(tagged!.themes.some(x => x.id === 'water-rights' && x.user && x.label === 'Water rights' && x.stance === 'concerned'));
		assert.ok(positions.byTheme.some(x => x.id === 'water-rights' && x.user));
		const filtered = await server.request<PositionsResult>('diplomaticAnnotator/positions', { textDocument: { uri }, stances: ['concerned'], themes: ['water-rights'] });
		assert.deepEqual(filtered.statements.map(s => s.index), [tagged!.index]);
	});

	it('drops malformed annotation entries and keeps answering', async () => {
		const edited = TEXT.replace(/^Ms\. Okafor/m, INSERTED + 'Ms. Okafor');
		const label = positionOf(edited, /^Mr\. Haldane/m);
		await server.connection.sendNotification('diplomaticAnnotator/annotations', {
			uri,
			annotations: [
				'not an object', { themes: ['no-id'] }, { id: 'bad-range', themes: 7, stance: 'furious', range: { start: { line: -1 } } },
				{ id: 'ok', themes: ['sanctions', 3], stance: 'opposes', note: null, range: { start: shift(label, 30), end: shift(label, 35) } },
			],
			userThemes: 'none',
		});
		const positions = await server.request<PositionsResult>('diplomaticAnnotator/positions', { textDocument: { uri } });
		const haldane = positions.statements.find(s => s.selectionRange.start.line === label.line);
		assert.deepEqual(haldane?.annotationIds, ['ok']);
		assert.ok(haldane!.themes.some(t => t.id === 'sanctions' && t.user && t.stance === 'opposes'));
		assert.ok(positions.statements.every(s => !s.annotationIds.includes('bad-range')), 'an entry without a valid range anchors nowhere');
		assert.ok((await tokens()).length > 0);
	});

	it('answers null or empty, and keeps running, after the document is closed', async () => {
		await server.close(uri);
		const pos = { line: 11, character: 5 };
		assert.equal(await server.request('textDocument/hover', { textDocument: { uri }, position: pos }), null);
		assert.equal(await server.request('textDocument/documentSymbol', { textDocument: { uri } }), null);
		assert.equal(await server.request('diplomaticAnnotator/positions', { textDocument: { uri } }), null);
		assert.equal(await server.request('diplomaticAnnotator/summary', { textDocument: { uri } }), null);
		assert.equal(await server.request('textDocument/definition', { textDocument: { uri }, position: pos }), null);
		assert.deepEqual((await server.request<Tokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data, []);
		// Still alive: reopening answers again.
		await server.open(uri, TEXT);
		assert.ok(hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: shift(positionOf(TEXT, /^Mr\. Haldane/m), 4) })).includes('Haldane'));
	});
});

describe('LSP over stdio: settings pulled per resource', function () {
	this.timeout(60_000);
	const uri = 'file:///tmp/fictional/varn-basin-settings.txt';
	let server: TestServer;

	before(async () => {
		server = await TestServer.start({ settings: { semanticHighlighting: { enabled: false }, hover: { enabled: false }, outline: { enabled: true } } });
		await server.open(uri, TEXT);
	});

	after(async () => { await server?.stop(); });

	it('honours disabled features, then applies a change without restart', async () => {
		const position = shift(positionOf(TEXT, /^Mr\. Haldane/m), 4);
		assert.deepEqual((await server.request<Tokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data, []);
		assert.equal(await server.request('textDocument/hover', { textDocument: { uri }, position }), null);
		assert.ok(server.serverRequests.includes('workspace/configuration'), 'settings were pulled');
		server.settings = { semanticHighlighting: { enabled: true }, hover: { enabled: true } };
		await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
		const data = (await server.request<Tokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data;
		assert.ok(data.length > 0, 'tokens after enabling');
		assert.ok(server.serverRequests.includes('workspace/semanticTokens/refresh'));
		assert.match(hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position })), /Haldane/);
	});
});

describe('LSP over stdio: settings pushed by a client that cannot be asked', function () {
	this.timeout(60_000);
	const uri = 'file:///tmp/fictional/varn-basin-pushed.txt';
	let server: TestServer;

	before(async () => {
		server = await TestServer.start({ capabilities: { configuration: false } });
		await server.open(uri, TEXT);
	});

	after(async () => { await server?.stop(); });

	it('uses defaults, then the settings pushed with didChangeConfiguration', async () => {
		const position = shift(positionOf(TEXT, /^Mr\. Haldane/m), 4);
		assert.ok(await server.request('textDocument/hover', { textDocument: { uri }, position }), 'hover on by default');
		await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { diplomaticAnnotator: { hover: { enabled: false } } } });
		assert.equal(await server.request('textDocument/hover', { textDocument: { uri }, position }), null);
		assert.ok(!server.serverRequests.includes('workspace/configuration'), 'never asked');
	});
});
