// `npm run bench`: the benchmark harness of issue 6 (not part of `npm test`). Prints Markdown
// tables of medians and spreads, each beside a baseline measured in the same run, and writes
// them to .bench/results.md for the README. Options: --quick (fewer runs, engine only on the
// corpus sizes), --only=engine,lsp,index,memory.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, verbatimDocument, megabytes } from './bench/corpus.mjs';
import { benchEngine, loadEngine } from './bench/engine.mjs';
import { benchLsp } from './bench/lsp.mjs';
import { serverPath } from './bench/lsp-client.mjs';
import { benchIndex, benchMemory } from './bench/workspace.mjs';
import { engineTable, serviceTable } from './bench/table.mjs';
import { runUnderServerFlags, SERVER_NODE_FLAGS } from './bench/nodeFlags.mjs';

// The engine is measured in this process, under the Node options the language server runs with.
runUnderServerFlags(import.meta.url);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(repoRoot, '.bench');
const quick = process.argv.includes('--quick');
const only = process.argv.find(a => a.startsWith('--only='))?.slice(7).split(',');
const wanted = name => !only || only.includes(name);

function header() {
	let commit = 'unknown';
	try { commit = execSync('git rev-parse --short HEAD', { cwd: repoRoot, encoding: 'utf8' }).trim(); } catch { /* not a checkout */ }
	const cpu = os.cpus();
	return `Benchmarks, ${new Date().toISOString()} · commit ${commit} · node ${process.version} ${SERVER_NODE_FLAGS.join(' ')} · `
		+ `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'} · ${Math.round(os.totalmem() / 2 ** 30)} GiB${quick ? ' · --quick' : ''}`;
}

async function main() {
	fs.mkdirSync(benchDir, { recursive: true });
	const out = [`# ${header()}`, ''];
	const corpus = loadCorpus(repoRoot);
	if (!corpus) return;
	const corpusMb = corpus.files.reduce((sum, f) => sum + megabytes(f.text), 0);
	const args = process.argv.slice(2).join(' ');
	out.push(`Command: \`${args ? `node scripts/bench.mjs ${args}` : 'npm run bench'}\`. `
		+ `Corpus: ${corpus.files.length} texts, ${corpusMb.toFixed(2)} MB (${corpus.dir}). `
		+ `Load average at start: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores.`, '');

	if (wanted('engine')) {
		console.log('engine throughput…');
		const analyze = await loadEngine(repoRoot, benchDir);
		out.push('## Full analysis (engine in-process; peers in the same run)', '', engineTable(await benchEngine(analyze, corpus, { quick })), '');
	}

	const service = [];
	if (!serverPath(repoRoot)) {
		console.log('server/out/server.js not built: skipping the language-server benchmarks');
	} else {
		const doc = verbatimDocument(corpus, 2e6);
		if (wanted('lsp')) {
			console.log(`LSP latencies on a ${megabytes(doc).toFixed(2)} MB verbatim document…`);
			service.push(...await benchLsp(repoRoot, doc, { runs: quick ? 5 : 15 }));
		}
		if (wanted('index')) {
			console.log('workspace indexing…');
			service.push(await benchIndex(repoRoot, benchDir, corpus, { runs: quick ? 1 : 3 }));
		}
		if (wanted('memory')) {
			console.log('server memory…');
			service.push(await benchMemory(repoRoot, corpus));
		}
	}
	if (service.length > 0) out.push('## Language server over stdio (latencies with a 2 MB verbatim record open; indexing and memory as labelled)', '', serviceTable(service), '');

	out.push(`Load average at end: ${os.loadavg()[0].toFixed(1)}. Medians over the runs shown as n; `
		+ 'spreads are min–max with the interquartile range in brackets; budgets are printed, never enforced.', '');
	const text = out.join('\n');
	console.log(`\n${text}`);
	fs.writeFileSync(path.join(benchDir, 'results.md'), `${text}\n`);
	console.log(`written to ${path.relative(repoRoot, path.join(benchDir, 'results.md'))}`);
}

main().catch(err => {
	// A broken benchmark is still reported plainly; budgets never fail the process, errors do.
	console.error(err);
	process.exitCode = 1;
});
