// Engine throughput against two peers measured in the same run: one regular-expression pass
// (the floor any text scan pays) and wink-nlp's entity pass (a generic NLP library).
import { createRequire } from 'node:module';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { interleave, ratios, runsAtFastSpeed, runsBySpeed, summarize } from './stats.mjs';
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
/** Timed runs of each input, one per round (see benchEngine). */
const ROUNDS = 11;

/** One pass of the baseline expression over the text; the count keeps the work from being optimised away. */
export function regexPass(text) {
	const re = /\b[A-Z][a-z]+\b/g;
	let count = 0;
	while (re.exec(text) !== null) count++;
	return count;
}

/**
 * A fixed chain of multiplications, each waiting on the one before: its time follows the clock
 * alone, not the caches or the processor's other work. Timed beside the regex pass, it tells a
 * slower clock from a core shared with other work (see PERFORMANCE.md).
 */
export function dependencyChain() {
	let h = 0x811c9dc5 | 0;
	for (let i = 0; i < 3e6; i++) h = Math.imul(h ^ (i & 255), 16777619);
	return h;
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
 * A regex pass within this factor of the run's fastest (per megabyte, over all inputs) marks a round
 * at the host's fast speed (the host's two speeds are about 1.7× apart; see runsAtFastSpeed).
 */
export const FAST_SPEED = 1.25;

/**
 * Measures full analysis on the whole corpus and on concatenations up to 20 MB.
 *
 * The inputs are measured in rounds: each round times every input once (the engine and the regex
 * pass, side by side), so that each input's runs are spread over the whole measurement. This host
 * switches between two speeds every few seconds (a regex pass over the corpus, timed 500 times over
 * a minute, took 2.1–2.3 ms/MB in some stretches of 1–10 s and 3.6–4.4 in others): an input
 * measured all at once, in a second or two, was measured in one of them, whichever came.
 * @returns {Promise<object[]>} one row per input size for the results table
 */
export async function benchEngine(analyze, corpus, { quick = false } = {}) {
	const texts = corpus.files.map(f => f.text);
	const whole = texts.join('\n\n');
	const all = [
		{ label: `corpus, ${texts.length} files each analysed alone`, texts },
		{ label: 'corpus as one text', texts: [whole] },
		{ label: 'concatenated to 5 MB', texts: [concatenateTo(texts, 5e6)] },
		{ label: 'concatenated to 10 MB', texts: [concatenateTo(texts, 10e6)] },
		{ label: 'concatenated to 20 MB', texts: [concatenateTo(texts, 20e6)] },
	];
	const inputs = quick ? all.slice(0, 2) : all;
	const tasksOf = input => ({
		engine: () => { for (const t of input.texts) analyze(t); },
		regex: () => { for (const t of input.texts) regexPass(t); },
		chain: dependencyChain,
	});
	// The server and the command line run long: steady-state speed is what counts. The optimizing
	// compiler keeps compiling the engine's functions for the first eight or so passes over the
	// corpus (node --trace-opt: 200, 38, 36, then 4–10 per pass until pass 9, 0–4 after), and those
	// passes run 1.2–10× slower; later inputs run the same code, already compiled.
	for (const [k, input] of inputs.entries()) {
		await interleave(tasksOf(input), 0, { warmups: quick ? 3 : k === 0 ? FIRST_WARMUPS : 3 });
	}
	const samples = inputs.map(() => ({ engine: [], regex: [], chain: [] }));
	for (let round = 0; round < (quick ? 3 : ROUNDS); round++) {
		for (const [k, input] of inputs.entries()) {
			const once = await interleave(tasksOf(input), 1, { warmups: 0 });
			samples[k].engine.push(...once.engine);
			samples[k].regex.push(...once.regex);
			samples[k].chain.push(...once.chain);
		}
		process.stdout.write('.');
	}
	// The host's fast speed, read off the regex pass over all inputs (its time per megabyte is much the
	// same on each): an input measured only in slow spells has no round at the fast speed.
	const mbOf = input => input.texts.reduce((sum, t) => sum + megabytes(t), 0);
	const fastestPerMb = Math.min(...inputs.map((input, k) => Math.min(...samples[k].regex) / mbOf(input)));
	const fastLimit = input => FAST_SPEED * fastestPerMb * mbOf(input);
	const rows = inputs.map((input, k) => ({
		label: input.label,
		mb: mbOf(input),
		statements: input.texts.reduce((sum, t) => sum + analyze(t).statements.length, 0),
		engine: summarize(samples[k].engine),
		regex: summarize(samples[k].regex),
		wink: null,
		ratio: summarize(ratios(samples[k].engine, samples[k].regex)),
		atFastSpeed: runsAtFastSpeed(samples[k].engine, samples[k].regex, fastLimit(input)),
		chainBySpeed: runsBySpeed(samples[k].chain, samples[k].regex, fastLimit(input)),
	}));
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
