// Engine throughput against two peers measured in the same run: one regular-expression pass
// (the floor any text scan pays) and wink-nlp's entity pass (a generic NLP library).
import { createRequire } from 'node:module';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { interleave, ratios, summarize } from './stats.mjs';
import { concatenateTo, megabytes } from './corpus.mjs';

const require = createRequire(import.meta.url);

/** Bundles the core engine into `.bench/engine.js` and loads it; the bench never goes through the LSP here. */
export async function loadEngine(repoRoot, benchDir) {
	const outfile = path.join(benchDir, 'engine.js');
	await esbuild.build({
		entryPoints: [path.join(repoRoot, 'server/src/core/analyze.ts')],
		outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
	});
	return require(outfile).analyze;
}

/** Untimed passes before the first input is timed (see benchEngine). */
const FIRST_WARMUPS = 10;

/** One pass of the baseline expression over the text; the count keeps the work from being optimised away. */
function regexPass(text) {
	const re = /\b[A-Z][a-z]+\b/g;
	let count = 0;
	while (re.exec(text) !== null) count++;
	return count;
}

function loadWink() {
	try {
		const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
		return text => nlp.readDoc(text).entities().length();
	} catch (err) {
		console.log(`wink-nlp unavailable (${err.message}): the NLP peer column stays empty`);
		return null;
	}
}

/**
 * Measures full analysis on the whole corpus and on concatenations up to 20 MB.
 * @returns {Promise<object[]>} one row per input size for the results table
 */
export async function benchEngine(analyze, corpus, { quick = false } = {}) {
	const texts = corpus.files.map(f => f.text);
	const whole = texts.join('\n\n');
	const inputs = [
		{ label: `corpus, ${texts.length} files each analysed alone`, texts, runs: 9 },
		{ label: 'corpus as one text', texts: [whole], runs: 9 },
		{ label: 'concatenated to 5 MB', texts: [concatenateTo(texts, 5e6)], runs: 7 },
		{ label: 'concatenated to 10 MB', texts: [concatenateTo(texts, 10e6)], runs: 5 },
		{ label: 'concatenated to 20 MB', texts: [concatenateTo(texts, 20e6)], runs: 5 },
	];
	const rows = [];
	for (const input of quick ? inputs.slice(0, 2) : inputs) {
		const mb = input.texts.reduce((sum, t) => sum + megabytes(t), 0);
		const tasks = {
			engine: () => { for (const t of input.texts) analyze(t); },
			regex: () => { for (const t of input.texts) regexPass(t); },
		};
		// The server and the command line run long: steady-state speed is what counts. The optimizing
		// compiler keeps compiling the engine's functions for the first eight or so passes over the
		// corpus (node --trace-opt: 200, 38, 36, then 4–10 per pass until pass 9, 0–4 after), and those
		// passes run 1.2–10× slower; later inputs run the same code, already compiled.
		const warmups = quick ? 3 : rows.length === 0 ? FIRST_WARMUPS : 3;
		const samples = await interleave(tasks, quick ? 3 : input.runs, { warmups });
		const statements = input.texts.reduce((sum, t) => sum + analyze(t).statements.length, 0);
		rows.push({
			label: input.label, mb, statements,
			engine: summarize(samples.engine),
			regex: summarize(samples.regex),
			wink: null,
			ratio: summarize(ratios(samples.engine, samples.regex)),
		});
		process.stdout.write('.');
	}
	// The NLP peer on the corpus-sized text, after every engine row: it keeps tens of megabytes of
	// model and garbage, which slowed the engine rows measured after it by a third when interleaved.
	// (wink takes about a second per megabyte: a few runs are enough.)
	const peerRow = rows.find(r => r.label === 'corpus as one text');
	const wink = peerRow ? loadWink() : null;
	if (wink && peerRow) {
		const samples = await interleave({ wink: () => wink(whole) }, quick ? 2 : 5);
		peerRow.wink = summarize(samples.wink);
	}
	process.stdout.write('\n');
	return rows;
}
