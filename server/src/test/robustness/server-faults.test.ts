/**
 * Server faults (issue 7): requests on closed or unknown documents, hostile documents, nonsense
 * positions, cancellation mid-request and malformed messages are answered (null, empty or an
 * error response, never an internal error) and the server keeps serving afterwards.
 */
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, ErrorCodes } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../core/lines';
import { adversarialTexts, baseTexts, FRAGMENTS } from './inputs';
import { Outcome, ServerProcess, startServer } from './lspProcess';

const CONTROL_URI = 'file:///robustness/control.txt';
const CONTROL_TEXT = baseTexts(0).join('\n\n');

function isEmpty(result: unknown): boolean {
	if (result === null || result === undefined) return true;
	if (Array.isArray(result)) return result.length === 0;
	// Semantic tokens answer with `data`, their deltas with `edits`: empty lists are empty answers.
	const { data, edits } = result as { data?: unknown[]; edits?: unknown[] };
	return (Array.isArray(data) && data.length === 0) || (Array.isArray(edits) && edits.length === 0);
}

/** An answer that is not a crash inside a handler: a result, or an error other than InternalError. */
function assertAnswered(outcome: Outcome, what: string): void {
	if ('error' in outcome) assert.notEqual(outcome.error.code, ErrorCodes.InternalError, `${what}: ${outcome.error.message}`);
}

/** The server is running and answers a document symbol request on a freshly opened text. */
async function assertStillServing(server: ServerProcess): Promise<void> {
	assert.ok(server.alive(), `the server process is alive; stderr:\n${server.stderr()}`);
	await server.open(CONTROL_URI, CONTROL_TEXT);
	const outcome = await server.request('textDocument/documentSymbol', { textDocument: { uri: CONTROL_URI } });
	assert.ok('result' in outcome, `documentSymbol on an open text answers with a result: ${'error' in outcome ? outcome.error.message : ''}`);
	await server.notify('textDocument/didClose', { textDocument: { uri: CONTROL_URI } });
}

/** Every document request the server offers, on `uri`. */
function documentRequests(uri: string, position = { line: 0, character: 0 }): [string, unknown][] {
	const textDocument = { uri };
	const range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
	return [
		['textDocument/documentSymbol', { textDocument }],
		['textDocument/hover', { textDocument, position }],
		['textDocument/semanticTokens/full', { textDocument }],
		['textDocument/semanticTokens/full/delta', { textDocument, previousResultId: '1' }],
		['textDocument/semanticTokens/range', { textDocument, range }],
		['textDocument/foldingRange', { textDocument }],
		['textDocument/definition', { textDocument, position }],
		['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
		['diplomaticAnnotator/positions', { textDocument }],
		['diplomaticAnnotator/summary', { textDocument }],
		['diplomaticAnnotator/statementAt', { textDocument, position }],
	];
}

/** Decodes relative semantic tokens and checks each lies on a line of the text, within it. */
function assertTokensInside(text: string, data: number[]): void {
	const lines = new LineIndex(text);
	let line = 0, char = 0;
	for (let i = 0; i < data.length; i += 5) {
		line += data[i];
		char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
		assert.ok(line < lines.lineCount, `token ${i / 5} on line ${line} of ${lines.lineCount}`);
		const lineLength = lines.lineEnd(line + 1) - lines.starts[line];
		assert.ok(char + data[i + 2] <= lineLength, `token ${i / 5} (${line}:${char}+${data[i + 2]}) ends within its line of ${lineLength}`);
	}
}

describe('robustness: language server faults', function () {
	this.timeout(180_000);
	let server: ServerProcess;

	before(async () => { server = await startServer(); });
	after(async () => { await server?.stop(); });

	it('answers every request on a document it never saw with null or empty, not an internal error', async () => {
		for (const [method, params] of documentRequests('file:///robustness/never-opened.txt')) {
			const outcome = await server.request(method, params);
			assertAnswered(outcome, method);
			if ('result' in outcome) assert.ok(isEmpty(outcome.result), `${method} on an unknown document: ${JSON.stringify(outcome.result).slice(0, 200)}`);
		}
		await assertStillServing(server);
	});

	it('answers requests on a closed document with null or empty', async () => {
		const uri = 'file:///robustness/closed.txt';
		await server.open(uri, CONTROL_TEXT);
		const before = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
		assert.ok('result' in before, 'the open document answers');
		await server.notify('textDocument/didClose', { textDocument: { uri } });
		for (const [method, params] of documentRequests(uri)) {
			const outcome = await server.request(method, params);
			assertAnswered(outcome, method);
			if ('result' in outcome) assert.ok(isEmpty(outcome.result), `${method} on a closed document: ${JSON.stringify(outcome.result).slice(0, 200)}`);
		}
		await assertStillServing(server);
	});

	it('survives notifications about documents it does not hold', async () => {
		const uri = 'file:///robustness/ghost.txt';
		await server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Mr. A (B): text' }] });
		await server.notify('textDocument/didClose', { textDocument: { uri } });
		await server.open(uri, FRAGMENTS[0]);
		await server.open(uri, FRAGMENTS[1], 2);
		await server.notify('textDocument/didClose', { textDocument: { uri } });
		await server.notify('textDocument/didClose', { textDocument: { uri } });
		await assertStillServing(server);
	});

	it('answers nonsense positions and ranges on an open document without an internal error', async () => {
		const uri = 'file:///robustness/positions.txt';
		await server.open(uri, CONTROL_TEXT);
		const far = { line: 1_000_000, character: 1_000_000 };
		const negative = { line: -1, character: -5 };
		for (const position of [far, negative, { line: 0, character: 1_000_000 }]) {
			for (const [method, params] of documentRequests(uri, position)) assertAnswered(await server.request(method, params), `${method} at ${JSON.stringify(position)}`);
		}
		const backwards = { start: { line: 50, character: 0 }, end: { line: 2, character: 0 } };
		assertAnswered(await server.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: backwards }), 'a backwards range');
		await server.notify('textDocument/didClose', { textDocument: { uri } });
		await assertStillServing(server);
	});

	it('serves hostile documents: answers every request, tokens stay inside the text', async () => {
		for (const [name, text] of Object.entries(adversarialTexts())) {
			const uri = `file:///robustness/hostile-${encodeURIComponent(name)}.txt`;
			await server.open(uri, text);
			for (const [method, params] of documentRequests(uri, { line: 0, character: 3 })) {
				assertAnswered(await server.request(method, params), `${method} on ${name}`);
			}
			const tokens = await server.request('textDocument/semanticTokens/full', { textDocument: { uri } });
			if ('result' in tokens && tokens.result) assertTokensInside(text, (tokens.result as { data: number[] }).data);
			await server.notify('textDocument/didClose', { textDocument: { uri } });
		}
		await assertStillServing(server);
	});

	it('answers a request on a closed document even when it was cancelled', async () => {
		const cancel = new CancellationTokenSource();
		const pending = server.request('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///robustness/gone.txt' } }, cancel);
		cancel.cancel();
		assertAnswered(await pending, 'cancelled request on an unknown document');
		await assertStillServing(server);
	});
});

describe('robustness: malformed messages', function () {
	this.timeout(60_000);
	let server: ServerProcess;

	before(async () => { server = await startServer(); });
	after(async () => { await server?.stop(); });

	/** Writes a raw frame to the server's stdin, bypassing the JSON-RPC writer. */
	function writeFrame(body: string): void {
		server.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
	}

	it('keeps serving after a body that is not JSON', async () => {
		writeFrame('{not json at all');
		await assertStillServing(server);
	});

	it('keeps serving after JSON that is not JSON-RPC', async () => {
		writeFrame('{"hello":"world"}');
		writeFrame('[1,2,3]');
		writeFrame('{"jsonrpc":"2.0","id":"x","method":42}');
		await assertStillServing(server);
	});

	it('answers requests with parameters of the wrong shape with an error or null, and keeps serving', async () => {
		for (const params of [42, 'text', [], {}, { textDocument: 7 }, { textDocument: { uri: 7 }, position: 'here' }]) {
			for (const method of ['textDocument/hover', 'textDocument/documentSymbol', 'textDocument/semanticTokens/full', 'diplomaticAnnotator/positions']) {
				await server.request(method, params);
			}
		}
		await assertStillServing(server);
	});
});

