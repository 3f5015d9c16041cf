// Workspace indexing of 200 texts and server memory with the whole corpus open.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { summarize } from './stats.mjs';
import { startServer } from './lsp-client.mjs';

const TEXTS = 200;
const TIMEOUT_MS = 60_000;

/** Writes 200 texts (the corpus files, cycled) into a fresh folder under `.bench/`. */
export function makeWorkspace(benchDir, corpus) {
	const dir = path.join(benchDir, `workspace-${TEXTS}`);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	let bytes = 0;
	for (let i = 0; i < TEXTS; i++) {
		const source = corpus.files[i % corpus.files.length];
		const name = `${String(i).padStart(3, '0')}-${path.basename(source.path)}`;
		fs.writeFileSync(path.join(dir, name), source.text);
		bytes += Buffer.byteLength(source.text);
	}
	return { dir, bytes };
}

/** Distinct documents named by a workspace/symbol answer. */
function documentsIn(symbols) {
	const uris = new Set();
	for (const s of symbols ?? []) uris.add(s.location?.uri);
	uris.delete(undefined);
	return uris.size;
}

/**
 * Starts a server on the workspace and waits until it has indexed it: until its work-done
 * progress ends, or (without progress) until workspace/symbol names every file or stops growing.
 */
async function indexOnce(repoRoot, dir, expectedDocuments) {
	const started = performance.now();
	const server = await startServer(repoRoot, { workspaceFolder: dir });
	const initialized = performance.now();
	try {
		if (!server.capabilities.workspaceSymbolProvider) return { missing: 'no workspace/symbol provider' };
		// The server may report work-done progress for its index; its end is the moment indexing finished.
		let progressEndedAt = null, progressSeen = false;
		server.onProgress((_token, value) => {
			if (value?.kind === 'begin') progressSeen = true;
			if (value?.kind === 'end') progressEndedAt = performance.now();
		});
		let best = 0, stableSince = performance.now();
		while (performance.now() - initialized < TIMEOUT_MS) {
			const symbols = await server.request('workspace/symbol', { query: '' });
			const docs = documentsIn(symbols);
			if (docs > best) { best = docs; stableSince = performance.now(); }
			const done = progressSeen ? progressEndedAt !== null : (docs >= expectedDocuments || (best > 0 && performance.now() - stableSince > 1000));
			if (done) {
				const end = progressEndedAt ?? (docs >= expectedDocuments ? performance.now() : stableSince);
				return { ms: end - initialized, startupMs: initialized - started, documents: best, byProgress: progressSeen };
			}
			await new Promise(resolve => setTimeout(resolve, 10));
		}
		return { missing: `not complete after ${TIMEOUT_MS / 1000} s (${best} documents answered)` };
	} finally {
		await server.stop();
	}
}

/** Indexing time of 200 texts, over a few runs, beside the server's start-up time. */
export async function benchIndex(repoRoot, benchDir, corpus, { runs = 3 } = {}) {
	const { dir, bytes } = makeWorkspace(benchDir, corpus);
	// Files that yield no symbol cannot show in workspace/symbol: expect only those that do.
	const expected = TEXTS;
	const results = [];
	for (let i = 0; i < runs; i++) {
		const r = await indexOnce(repoRoot, dir, expected);
		if (r.missing) return { label: `workspace index, ${TEXTS} texts`, missing: r.missing };
		results.push(r);
	}
	const last = results[results.length - 1];
	return {
		label: `workspace index, ${TEXTS} texts (${(bytes / 1e6).toFixed(1)} MB; ${last.documents} documents in workspace/symbol; ${last.byProgress ? 'until progress end' : 'until answer complete'})`,
		unit: 'ms', value: summarize(results.map(r => r.ms)),
		baseline: summarize(results.map(r => r.startupMs)), baselineLabel: 'server start-up to initialize', budget: 3000,
	};
}

/** RSS of a server with every corpus file open (each analysed), beside its RSS right after start-up. */
export async function benchMemory(repoRoot, corpus) {
	const server = await startServer(repoRoot);
	try {
		await server.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///bench/none.txt' } }).catch(() => null);
		const idle = server.rssMb();
		for (const file of corpus.files) {
			const uri = pathToFileURL(file.path).href;
			await server.open(uri, file.text);
			await server.request('textDocument/documentSymbol', { textDocument: { uri } }).catch(() => null);
		}
		const open = server.rssMb();
		if (open === null) return { label: 'server RSS, whole corpus open', missing: '/proc not readable' };
		return {
			label: `server RSS, whole corpus open (${corpus.files.length} files)`, unit: 'MB',
			value: summarize([open]), baseline: summarize([idle]), baselineLabel: 'RSS after start-up', budget: 250,
		};
	} finally {
		await server.stop();
	}
}
