/**
 * Workspace symbols over stdio: the server indexes a temporary workspace folder holding copies of
 * the two samples, a text that is not a UN meeting text and a file above the size limit.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SymbolInformation, SymbolKind } from 'vscode-languageserver-protocol';
import { TestServer } from './serverProcess';
import { fileUri, positionOf, readIfPresent, SAMPLES } from './textHelpers';

const verbatim = readIfPresent(path.join(SAMPLES, 's-pv-9901.txt'));
const coverage = readIfPresent(path.join(SAMPLES, 'press-release-9901.txt'));

(verbatim && coverage ? describe : describe.skip)('LSP over stdio: workspace symbols', function () {
	this.timeout(60_000);
	let dir: string;
	let server: TestServer;
	const query = (q: string) => server.request<SymbolInformation[]>('workspace/symbol', { query: q });

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'da-ws-'));
		fs.mkdirSync(path.join(dir, 'records'));
		fs.writeFileSync(path.join(dir, 'records', 'verbatim.txt'), verbatim!);
		fs.writeFileSync(path.join(dir, 'coverage.md'), coverage!);
		fs.writeFileSync(path.join(dir, 'shopping.txt'), 'Milk, bread and eggs.\nCall Mr. Haldane about the United Kingdom trip.\n');
		// A copy of the verbatim record padded above the 1 MB limit set below: it must be skipped.
		fs.writeFileSync(path.join(dir, 'huge.txt'), verbatim! + '\n' + 'x'.repeat(1_100_000));
		fs.mkdirSync(path.join(dir, 'node_modules'));
		fs.writeFileSync(path.join(dir, 'node_modules', 'dependency.txt'), verbatim!);
		server = await TestServer.start({
			workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }],
			settings: { workspaceIndex: { enabled: true, maxFileSizeMB: 1 } },
		});
	});

	after(async () => {
		await server?.stop();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('finds a speaker of the verbatim record by a fuzzy query, at the label', async () => {
		const found = await query('haldne');
		const hit = found.find(s => s.name === 'Haldane (United Kingdom)' && s.location.uri.endsWith('/records/verbatim.txt'));
		assert.ok(hit, `found: ${found.map(s => `${s.name} @ ${s.location.uri}`).join(', ')}`);
		assert.equal(hit.kind, SymbolKind.Event);
		assert.equal(hit.location.range.start.line, positionOf(verbatim!, /^Mr\. Haldane/m).line);
	});

	it('finds delegations and institutions in both genres, and nothing from skipped files', async () => {
		const all = await query('');
		const uris = new Set(all.map(s => path.basename(new URL(s.location.uri).pathname)));
		assert.deepEqual([...uris].sort(), ['coverage.md', 'verbatim.txt']);
		assert.ok(all.some(s => s.kind === SymbolKind.Namespace && s.name === 'China'), 'the delegation of China');
		const mission = await query('UNSMLC');
		assert.ok(mission.some(s => s.kind === SymbolKind.Class && s.location.uri.endsWith('coverage.md')), 'the mission named in the coverage');
		assert.ok(mission.some(s => s.kind === SymbolKind.Class && s.location.uri.endsWith('verbatim.txt')), 'and in the verbatim record');
	});

	it('answers an open document from its unsaved text, and the file from disk once closed', async () => {
		const uri = fileUri(path.join(dir, 'records', 'verbatim.txt'));
		await server.open(uri, verbatim!.replace(/Haldane/g, 'Pemberton'));
		assert.ok((await query('Pemberton')).some(s => s.location.uri === uri), 'the unsaved name');
		assert.ok(!(await query('Haldane')).some(s => s.location.uri === uri), 'not the saved one');
		await server.close(uri);
		let found: SymbolInformation[] = [];
		// Re-reading the closed file is async: ask until it is back (bounded by the test timeout).
		while (!found.some(s => s.location.uri === uri)) found = await query('Haldane');
		assert.ok(!(await query('Pemberton')).some(s => s.location.uri === uri));
	});

	it('ranks a prefix match before a substring match', async () => {
		const found = await query('Hal');
		const names = found.map(s => s.name);
		assert.ok(names.length > 0);
		assert.ok(names[0].toLowerCase().startsWith('hal'), names.join(', '));
	});
});

(verbatim ? describe : describe.skip)('LSP over stdio: workspace index progress and file changes', function () {
	this.timeout(60_000);
	let dir: string;
	let server: TestServer;

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'da-ws-many-'));
		// More files than the progress threshold: the server must report work-done progress.
		for (let i = 0; i < 24; i++) fs.writeFileSync(path.join(dir, `record-${i}.txt`), verbatim!);
		server = await TestServer.start({ workspaceFolders: [{ uri: fileUri(dir), name: 'many' }] });
	});

	after(async () => {
		await server?.stop();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('reports begin and end of indexing through a server-created progress token', async () => {
		const found = await server.request<SymbolInformation[]>('workspace/symbol', { query: 'Haldane' });
		assert.equal(new Set(found.map(s => s.location.uri)).size, 24);
		assert.ok(server.serverRequests.includes('window/workDoneProgress/create'));
		const kinds = server.notifications.filter(n => n.method === '$/progress').map(n => (n.params as { value: { kind: string } }).value.kind);
		assert.equal(kinds[0], 'begin');
		assert.equal(kinds[kinds.length - 1], 'end');
	});

	it('indexes a file created later when the client reports it', async () => {
		const file = path.join(dir, 'later.txt');
		fs.writeFileSync(file, verbatim!.replace(/Haldane/g, 'Thistlewood'));
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 1 }] });
		// The notification is handled before the request that follows it; the update itself is async,
		// so ask until it shows up (bounded by the test timeout, no sleeping).
		let found: SymbolInformation[] = [];
		while (!found.some(s => s.location.uri === fileUri(file))) found = await server.request<SymbolInformation[]>('workspace/symbol', { query: 'Thistlewood' });
		assert.equal(found[0].name, 'Thistlewood (United Kingdom)');
		fs.rmSync(file);
		await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 3 }] });
		assert.deepEqual(await server.request('workspace/symbol', { query: 'Thistlewood' }), []);
	});
});
