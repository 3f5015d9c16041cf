// Interleaved A/B of full analysis: the engine at a git revision (A) against the working tree (B),
// both analysing every corpus file in one process, in alternating order (A then B, B then A, ...),
// timed in CPU milliseconds per MB. On a host whose speed drifts by minutes, the ratio of each
// round's pair is what holds; the absolute figures move with the host.
//
// Usage: node scripts/bench/ab.mjs REV [rounds] [--size=MB]   e.g. node scripts/bench/ab.mjs HEAD~5 20
// With --size, each side analyses one text: the corpus concatenated to that many MB (as the bench's
// larger inputs are), where memory fresh from the system costs what it does not on small texts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { concatenateTo, loadCorpus } from './corpus.mjs';
import { summarize } from './stats.mjs';
import { runUnderServerFlags } from './nodeFlags.mjs';

// Both engines run under the Node options the language server runs with, as in the bench.
runUnderServerFlags(import.meta.url);

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sizeArg = process.argv.find(a => a.startsWith('--size='));
const [rev, roundsArg = '20'] = process.argv.slice(2).filter(a => !a.startsWith('--'));
if (!rev) {
	console.error('usage: node scripts/bench/ab.mjs REV [rounds]');
	process.exit(2);
}

/** The engine's `analyze` bundled from the sources under `root`. */
async function engineAt(root, outfile) {
	await esbuild.build({
		entryPoints: [path.join(root, 'server/src/core/analyze.ts')],
		outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
	});
	return require(outfile).analyze;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-ab-'));
try {
	const archive = execFileSync('git', ['archive', rev, 'server/src', 'server/data'], { cwd: repoRoot, maxBuffer: 1 << 30 });
	execFileSync('tar', ['-x', '-C', dir], { input: archive });
	const a = await engineAt(dir, path.join(dir, 'a.js'));
	const b = await engineAt(repoRoot, path.join(dir, 'b.js'));
	const corpus = loadCorpus(repoRoot);
	if (!corpus) throw new Error('no corpus: ../shared/corpus is needed beside the repository');
	const files = corpus.files.map(f => f.text);
	const texts = sizeArg ? [concatenateTo(files, Number(sizeArg.slice('--size='.length)) * 1e6)] : files;
	const mb = texts.reduce((sum, t) => sum + t.length, 0) / 1e6;
	const cpuPerMb = analyze => {
		const start = process.cpuUsage();
		for (const t of texts) analyze(t);
		const used = process.cpuUsage(start);
		return (used.user + used.system) / 1000 / mb;
	};
	// Ten passes over the corpus each first: the optimizing compiler is still at work for about eight.
	for (let w = 0; w < 10; w++) for (const t of files) { a(t); b(t); }
	const ta = [], tb = [], ratios = [];
	for (let r = 0; r < Number(roundsArg); r++) {
		let x, y;
		if (r % 2 === 0) { x = cpuPerMb(a); y = cpuPerMb(b); } else { y = cpuPerMb(b); x = cpuPerMb(a); }
		ta.push(x); tb.push(y); ratios.push(y / x);
	}
	const line = (label, s, digits) => `${label.padEnd(14)} median ${s.median.toFixed(digits)}  quartiles ${s.q1.toFixed(digits)}–${s.q3.toFixed(digits)}  min ${s.min.toFixed(digits)}`;
	console.log(`${sizeArg ? 'one text' : 'corpus'}: ${texts.length} files, ${mb.toFixed(2)} MB; ${ratios.length} rounds (CPU ms/MB)`);
	console.log(line(`A ${rev}`, summarize(ta), 1));
	console.log(line('B working tree', summarize(tb), 1));
	console.log(line('B / A paired', summarize(ratios), 3));
} finally {
	fs.rmSync(dir, { recursive: true, force: true });
}
