// Latencies of the language server over stdio with a 2 MB verbatim record open, each beside the
// round trip of a request the server does not know (pure JSON-RPC cost, same run).
import { interleave, summarize, timeMs } from './stats.mjs';
import { startServer } from './lsp-client.mjs';

const PING = 'diplomaticAnnotator/benchPing';

/** An untimed pause between measured requests, as an editor leaves between keystrokes. */
const settle = () => new Promise(resolve => setTimeout(resolve, 25));

/** A request that costs only the round trip: an unknown method, answered with MethodNotFound. */
async function ping(server) {
	try { await server.request(PING, {}); } catch { /* MethodNotFound is the expected answer */ }
}

/** The position of a speaker label ("Mr. X (France):") near the middle of the text, for hovering. */
export function speakerLabelPosition(text) {
	const label = /^(?:The (?:President|Secretary-General|Acting President)|(?:Mr|Mrs|Ms|Dr)\. [^:\n]{1,80}?)(?: \([^)\n]*\))?:/gm;
	label.lastIndex = text.indexOf('\n', text.length >> 1) + 1;
	const match = label.exec(text) ?? /^[^\n]/m.exec(text);
	const before = text.slice(0, match.index);
	const line = before.split(/\r\n|\r|\n/).length - 1;
	return { line, character: 1 };
}

function countLines(text) {
	return text.split(/\r\n|\r|\n/).length;
}

/**
 * Opens `text` in a fresh server and measures each request.
 * @returns {Promise<object[]>} rows for the results table
 */
export async function benchLsp(repoRoot, text, { runs = 15 } = {}) {
	const server = await startServer(repoRoot);
	const caps = server.capabilities;
	const rows = [];
	const uri = 'file:///bench/verbatim-2mb.txt';
	const doc = { uri };
	try {
		// First result after opening: a new document each run, closed afterwards.
		const first = [];
		const pings = [];
		for (let i = 0; i < Math.min(runs, 7); i++) {
			const u = `file:///bench/first-${i}.txt`;
			await settle();
			pings.push(await timeMs(() => ping(server)));
			first.push(await timeMs(async () => {
				await server.open(u, text);
				await server.request('textDocument/documentSymbol', { textDocument: { uri: u } });
			}));
			await server.close(u);
		}
		rows.push(row('first result after didOpen (documentSymbol)', first, pings, null, 'ms'));

		await server.open(uri, text);
		await server.request('textDocument/documentSymbol', { textDocument: doc });
		const mid = Math.floor(countLines(text) / 2);
		const hoverAt = speakerLabelPosition(text);
		const tasks = { ping: () => ping(server) };
		const sizes = {};
		const provided = {
			hover: caps.hoverProvider,
			tokensFull: caps.semanticTokensProvider?.full,
			tokensRange: caps.semanticTokensProvider?.range,
			symbols: caps.documentSymbolProvider,
			positions: true,
		};
		const requests = {
			hover: ['textDocument/hover', { textDocument: doc, position: hoverAt }],
			tokensFull: ['textDocument/semanticTokens/full', { textDocument: doc }],
			tokensRange: ['textDocument/semanticTokens/range', { textDocument: doc, range: { start: { line: mid, character: 0 }, end: { line: mid + 100, character: 0 } } }],
			symbols: ['textDocument/documentSymbol', { textDocument: doc }],
			positions: ['diplomaticAnnotator/positions', { textDocument: doc }],
		};
		for (const [name, [method, params]] of Object.entries(requests)) {
			if (!provided[name]) continue;
			try { sizes[name] = describe(await server.request(method, params)); }
			catch (err) { sizes[name] = `error: ${err.message}`; continue; }
			tasks[name] = () => server.request(method, params);
		}
		const samples = await interleave(tasks, runs, { settleMs: 25 });
		const budgets = { hover: 5, tokensFull: 60, tokensRange: 10, symbols: 20, positions: null };
		const labels = {
			hover: 'hover on a speaker label', tokensFull: 'semantic tokens, full', tokensRange: 'semantic tokens, range (100 lines)',
			symbols: 'document symbols', positions: 'positions request (custom)',
		};
		for (const name of Object.keys(requests)) {
			if (!samples[name]) {
				rows.push({ label: labels[name], missing: provided[name] ? sizes[name] : 'not provided by the server' });
				continue;
			}
			rows.push(row(`${labels[name]} [${sizes[name]}]`, samples[name], samples.ping, budgets[name], 'ms'));
		}
		rows.push(await benchEdit(server, text, doc, runs));
	} finally {
		await server.stop();
	}
	return rows;
}

/** One-character edits (insert, then delete, alternately) each followed by the refreshed tokens. */
async function benchEdit(server, text, doc, runs) {
	const tokens = server.capabilities.semanticTokensProvider;
	if (!tokens?.full) return { label: 'one-character edit → tokens', missing: 'no semantic tokens' };
	const useDelta = typeof tokens.full === 'object' && tokens.full.delta;
	const at = speakerLabelPosition(text);
	const position = { line: at.line + 1, character: 0 };
	let version = 1;
	let resultId = (await server.request('textDocument/semanticTokens/full', { textDocument: doc }))?.resultId;
	const edits = [];
	const pings = [];
	for (let i = 0; i < runs * 2; i++) {
		const inserting = i % 2 === 0;
		const change = inserting
			? { range: { start: position, end: position }, text: 'x' }
			: { range: { start: position, end: { line: position.line, character: 1 } }, text: '' };
		await settle();
		if (inserting) { pings.push(await timeMs(() => ping(server))); await settle(); }
		const ms = await timeMs(async () => {
			await server.connection.sendNotification('textDocument/didChange', { textDocument: { ...doc, version: ++version }, contentChanges: [change] });
			const result = useDelta && resultId
				? await server.request('textDocument/semanticTokens/full/delta', { textDocument: doc, previousResultId: resultId })
				: await server.request('textDocument/semanticTokens/full', { textDocument: doc });
			resultId = result?.resultId;
		});
		if (inserting) edits.push(ms);
	}
	return row(`one-character edit → tokens (${useDelta ? 'delta' : 'full'})`, edits, pings, 15, 'ms');
}

function describe(result) {
	if (result === null || result === undefined) return 'null';
	if (Array.isArray(result)) return `${result.length} items`;
	if (result.data) return `${result.data.length / 5} tokens`;
	if (result.statements) return `${result.statements.length} statements`;
	if (result.contents) return 'hover';
	return 'object';
}

function row(label, samples, baseline, budget, unit) {
	return { label, unit, value: summarize(samples), baseline: summarize(baseline), baselineLabel: 'unknown-method round trip', budget };
}
