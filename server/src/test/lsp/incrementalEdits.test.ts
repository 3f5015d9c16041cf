/**
 * Typing in a speech is answered from an incremental re-analysis (core/incremental.ts) and
 * patched tokens (lsp/tokenSplice.ts). Whatever path the server takes, what the client ends up
 * with must be what a fresh server gives for the same text: here after each of a run of edits
 * (letters typed, words deleted, lines split, a new speaker label) the delta is applied to the
 * client's copy and compared with the full tokens of the same text opened in a second server.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../core/lines';
import { ROOT, TestServer } from './serverProcess';

type Tokens = { data: number[]; resultId?: string };
type Delta = { resultId?: string; edits: { start: number; deleteCount: number; data?: number[] }[] };

describe('LSP over stdio: edits inside speeches', function () {
	this.timeout(120_000);
	const uri = 'file:///tmp/fictional/s-pv-9901.txt';
	let editor: TestServer;
	let fresh: TestServer;

	before(async () => {
		[editor, fresh] = await Promise.all([TestServer.start(), TestServer.start()]);
	});

	after(async () => {
		const codes = await Promise.all([editor?.stop(), fresh?.stop()]);
		assert.deepEqual(codes, [0, 0], `servers exited with ${codes}: ${editor?.errors} ${fresh?.errors}`);
	});

	it('keeps the client\'s tokens equal to a fresh analysis after every edit', async () => {
		let text = readFileSync(join(ROOT, 'samples', 's-pv-9901.txt'), 'utf8');
		await editor.open(uri, text);
		let current = await editor.request<Tokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
		// Offsets inside speeches: after the label's colon of a few turns, then a word's middle.
		const labels = [...text.matchAll(/^(?:Mr|Mrs|Ms)\. [^\n:]{1,80}:/gm)].map(m => m.index! + m[0].length);
		assert.ok(labels.length >= 4, 'the sample has turns');
		const edits: { at: (t: string) => number; remove: number; insert: string }[] = [];
		for (const [n, label] of labels.slice(0, 6).entries()) {
			const inWord = (t: string) => { let p = label + 40 + n * 7; while (!/[a-z]/.test(t[p] ?? 'a')) p++; return p; };
			edits.push({ at: inWord, remove: 0, insert: 'q' }, { at: inWord, remove: 1, insert: '' }, { at: inWord, remove: 4, insert: ' the ' });
		}
		edits.push({ at: t => t.indexOf('\n', labels[2]) + 1, remove: 0, insert: 'Ms. Varga (Hungary): I agree.\n' });
		edits.push({ at: t => t.indexOf('. ', labels[1]) + 2, remove: 0, insert: '\n' });

		const counts = async () => (await editor.request<{ analyses: { whole: number; derived: number } }>('diplomaticAnnotator/serverInfo', undefined)).analyses;
		const paths: string[] = [];
		for (const [version, edit] of edits.entries()) {
			const was = await counts();
			const at = edit.at(text);
			const lines = new LineIndex(text);
			const start = lines.positionAt(at), end = lines.positionAt(Math.min(text.length, at + edit.remove));
			text = text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
			await editor.connection.sendNotification('textDocument/didChange', {
				textDocument: { uri, version: version + 2 }, contentChanges: [{ range: { start, end }, text: edit.insert }],
			});
			const delta = await editor.request<Delta | Tokens>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: current.resultId });
			const data = 'edits' in delta ? applyEdits(current.data, delta.edits) : delta.data;
			const now = await counts();
			paths.push(now.derived > was.derived ? 'derived' : now.whole > was.whole ? 'whole' : 'none');
			current = { data, resultId: delta.resultId };

			const freshUri = `file:///tmp/fictional/fresh-${version}.txt`;
			await fresh.open(freshUri, text);
			const expected = await fresh.request<Tokens>('textDocument/semanticTokens/full', { textDocument: { uri: freshUri } });
			assert.deepEqual(data, expected.data, `tokens differ after edit ${version} (${JSON.stringify(edit.insert)} at ${at})`);
			await fresh.close(freshUri);
		}
		// Typing in speeches takes the incremental path; a new speaker label is analysed whole.
		assert.deepEqual(paths.slice(0, 18), Array(18).fill('derived'), paths.join(' '));
		assert.equal(paths[18], 'whole', 'a new speaker label');
	});
});

function applyEdits(data: readonly number[], edits: Delta['edits']): number[] {
	const out = [...data];
	for (const e of [...edits].sort((a, b) => b.start - a.start)) out.splice(e.start, e.deleteCount, ...(e.data ?? []));
	return out;
}
