/**
 * Cancellation mid-request (issue 7): cancelled requests on a large document answer with a
 * result or RequestCancelled, and cancelling never corrupts what the server holds: after a storm
 * of edits and cancelled requests, its tokens equal those of a fresh server given the final text.
 */
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes } from 'vscode-languageserver-protocol/node';
import { baseTexts } from './inputs';
import { Outcome, ServerProcess, startServer } from './lspProcess';

/** About 2 MB of meeting text: the corpus when present, else the samples, repeated. */
function largeText(): string {
	const base = baseTexts(60).join('\n\n');
	return base.repeat(Math.max(1, Math.ceil(2e6 / base.length)));
}

function assertResultOrCancelled(outcome: Outcome, what: string): void {
	if ('error' in outcome) assert.equal(outcome.error.code, LSPErrorCodes.RequestCancelled, `${what}: ${outcome.error.message}`);
}

/** Inserts `insert` at a 0-based line start, as an incremental didChange would. */
function insertAtLine(text: string, line: number, insert: string): string {
	let offset = 0;
	for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1;
	return text.slice(0, offset) + insert + text.slice(offset);
}

describe('robustness: cancellation mid-request', function () {
	this.timeout(300_000);
	const uri = 'file:///robustness/large.txt';
	let server: ServerProcess;
	let text: string;

	before(async () => {
		text = largeText();
		server = await startServer();
		await server.open(uri, text);
	});
	after(async () => { await server?.stop(); });

	it('answers cancelled requests with a result or RequestCancelled', async () => {
		const requests: [string, unknown][] = [
			['textDocument/semanticTokens/full', { textDocument: { uri } }],
			['textDocument/documentSymbol', { textDocument: { uri } }],
			['diplomaticAnnotator/positions', { textDocument: { uri } }],
			['textDocument/foldingRange', { textDocument: { uri } }],
		];
		for (const delay of [0, 1, 5]) {
			const pending = requests.map(([method, params]) => {
				const cancel = new CancellationTokenSource();
				const answer = server.request(method, params, cancel);
				setTimeout(() => cancel.cancel(), delay);
				return answer.then(outcome => assertResultOrCancelled(outcome, `${method} cancelled after ${delay} ms`));
			});
			await Promise.all(pending);
		}
		assert.ok(server.alive());
	});

	it('answers RequestCancelled to a request cancelled while the server is busy re-analysing', async () => {
		// An edit makes the next request re-analyse 2 MB synchronously; the request queued behind it
		// and cancelled at once is still undispatched when the server reads the cancellation.
		const line = 3;
		text = insertAtLine(text, line, 'y');
		await server.notify('textDocument/didChange', {
			textDocument: { uri, version: 1000 },
			contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'y' }],
		});
		const busy = server.request('textDocument/documentSymbol', { textDocument: { uri } });
		const cancel = new CancellationTokenSource();
		const queued = server.request('textDocument/semanticTokens/full', { textDocument: { uri } }, cancel);
		cancel.cancel();
		const [first, second] = await Promise.all([busy, queued]);
		assert.ok('result' in first, 'the uncancelled request answers with a result');
		assert.ok('error' in second && second.error.code === LSPErrorCodes.RequestCancelled,
			`the cancelled request answers RequestCancelled: ${JSON.stringify('error' in second ? second.error : 'a result')}`);
	});

	it('holds the right text after edits interleaved with cancelled requests', async () => {
		let version = 1000;
		for (let i = 0; i < 12; i++) {
			const line = 10 + i * 37;
			const insert = i % 3 === 0 ? 'Mr. Inserted (Eastland): ' : 'x';
			text = insertAtLine(text, line, insert);
			await server.notify('textDocument/didChange', {
				textDocument: { uri, version: ++version },
				contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: insert }],
			});
			const cancel = new CancellationTokenSource();
			const pending = server.request('textDocument/semanticTokens/full', { textDocument: { uri } }, cancel);
			cancel.cancel();
			assertResultOrCancelled(await pending, `tokens after edit ${i}`);
		}
		const held = await server.request('textDocument/semanticTokens/full', { textDocument: { uri } });
		assert.ok('result' in held, 'an uncancelled request answers');

		const fresh = await startServer();
		try {
			await fresh.open(uri, text);
			const expected = await fresh.request('textDocument/semanticTokens/full', { textDocument: { uri } });
			assert.ok('result' in expected);
			assert.deepEqual((held.result as { data: number[] } | null)?.data, (expected.result as { data: number[] } | null)?.data,
				'tokens after the storm equal those of a fresh server on the final text');
		} finally {
			await fresh.stop();
		}
	});
});
