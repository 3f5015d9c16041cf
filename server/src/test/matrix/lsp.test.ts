/**
 * The matrix request over stdio: an open document is taken as the editor holds it (with the tags
 * the client pushed), a closed file is read from disk, and texts that cannot be used are listed as
 * skipped with a reason, never failing the request.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { VOTE_COLUMN } from '../../core/matrix';
import { AnnotationsForDocument, MatrixResult } from '../../protocol';
import { TestServer } from '../lsp/serverProcess';
import { fileUri, positionOf, SAMPLES } from '../lsp/textHelpers';

describe('matrix request over stdio', function () {
	this.timeout(60_000);
	let dir: string;
	let server: TestServer;
	const verbatim = fs.readFileSync(path.join(SAMPLES, 's-pv-9901.txt'), 'utf8');
	const openUri = () => fileUri(path.join(dir, 'only-in-editor.txt'));

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'da-matrix-'));
		fs.copyFileSync(path.join(SAMPLES, 'a-49-pv-88.txt'), path.join(dir, 'ga.txt'));
		fs.writeFileSync(path.join(dir, 'shopping.txt'), 'Milk, bread and eggs.\n');
		server = await TestServer.start();
		// Never saved: the server can only know it from the editor.
		await server.open(openUri(), verbatim);
		const at = positionOf(verbatim, /^Mr\. Koroma/m);
		const tags: AnnotationsForDocument = {
			uri: openUri(),
			annotations: [{ id: 'a1', themes: ['water-diplomacy'], stance: 'supports', note: null, range: { start: at, end: { line: at.line, character: at.character + 10 } } }],
			userThemes: [{ id: 'water-diplomacy', label: 'Water diplomacy' }],
		};
		await server.connection.sendNotification('diplomaticAnnotator/annotations', tags);
	});

	after(async () => {
		await server?.stop();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('builds one matrix from an open document and a file on disk, in date order', async () => {
		const uris = [openUri(), fileUri(path.join(dir, 'ga.txt')), fileUri(path.join(dir, 'missing.txt')), fileUri(path.join(dir, 'shopping.txt'))];
		const result = await server.request<MatrixResult>('diplomaticAnnotator/matrix', { uris });
		assert.deepEqual(result.model.files.map(f => f.file), [uris[1], uris[0]], '1994 before 2025');
		assert.deepEqual(result.skipped.map(s => [path.basename(s.uri), /no such file|not a UN meeting text/.test(s.reason)]), [['missing.txt', true], ['shopping.txt', true]]);
		const sierraLeone = result.model.rows.find(r => r.label === 'Sierra Leone');
		assert.ok(sierraLeone, 'the open text has its rows');
		const tag = sierraLeone.cells['user:water-diplomacy'];
		assert.ok(tag, `the pushed tag has its column: ${Object.keys(sierraLeone.cells).join(', ')}`);
		assert.equal(tag.stance, 'supports');
		assert.equal(result.model.columns.find(c => c.key === 'user:water-diplomacy')?.label, 'Water diplomacy');
		assert.equal(sierraLeone.cells[VOTE_COLUMN]?.vote, 'in-favour');
		assert.ok(result.model.rows.some(r => r.label === 'Finland'), 'the file on disk has its rows');
	});

	it('answers an empty matrix for no texts', async () => {
		const result = await server.request<MatrixResult>('diplomaticAnnotator/matrix', { uris: [] });
		assert.deepEqual([result.model.rows.length, result.model.files.length, result.skipped.length], [0, 0, 0]);
	});
});
