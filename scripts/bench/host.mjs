// What this host's slow speed is: four kinds of work timed side by side, round after round, for
// 20 seconds, and their medians compared between the rounds where the bench's regex pass ran at
// the host's fast speed and those where it ran at 1.6× its fastest or slower.
//
//   - the regex pass over the corpus (the bench's baseline; bound by execution units and caches);
//   - a chain of dependent multiplications (bound by the clock alone);
//   - a chain of dependent reads over 256 KB (the core's own L2 cache) and over 8 MB (L3).
//
// If the chain of multiplications keeps its time while the others slow, the clock is unchanged and
// the slowness is the core's caches and units shared with other work (see PERFORMANCE.md).
//
// Usage: node scripts/bench/host.mjs [seconds]
import { loadCorpus } from './corpus.mjs';
import { summarize } from './stats.mjs';
import { dependencyChain, FAST_SPEED, regexPass } from './engine.mjs';

const seconds = Number(process.argv[2] ?? 20);
const corpus = loadCorpus(process.cwd());
const whole = corpus.files.map(f => f.text).join('\n\n');

/** A random cycle through an Int32Array of `kb` kilobytes: each read gives the next index. */
function cycle(kb) {
	const n = kb * 256, order = Int32Array.from({ length: n }, (_, i) => i), next = new Int32Array(n);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(Math.random() * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	for (let i = 0; i < n; i++) next[order[i]] = order[(i + 1) % n];
	return next;
}

function reads(next, count) {
	let p = 0;
	for (let i = 0; i < count; i++) p = next[p];
	return p;
}

const l2 = cycle(256), l3 = cycle(8192);
const kinds = [
	['regex pass over the corpus', () => regexPass(whole)],
	['dependent multiplications', dependencyChain],
	['dependent reads, 256 KB', () => reads(l2, 4e5)],
	['dependent reads, 8 MB', () => reads(l3, 1e5)],
];
const time = fn => {
	const start = performance.now();
	fn();
	return performance.now() - start;
};
for (let w = 0; w < 20; w++) for (const [, fn] of kinds) fn();
const rounds = [];
for (const end = Date.now() + seconds * 1000; Date.now() < end;) rounds.push(kinds.map(([, fn]) => time(fn)));

const fastest = Math.min(...rounds.map(r => r[0]));
const fast = rounds.filter(r => r[0] <= FAST_SPEED * fastest), slow = rounds.filter(r => r[0] >= 1.6 * fastest);
console.log(`${rounds.length} rounds in ${seconds} s: ${fast.length} at the fast speed (regex pass within ${FAST_SPEED}× its fastest), ${slow.length} slow (1.6× or more)`);
if (fast.length === 0 || slow.length === 0) {
	console.log('The host kept one speed throughout: nothing to compare. Run again, or longer.');
	process.exit(0);
}
console.log('| Work | Fast rounds, ms (median) | Slow rounds, ms (median) | Slow ÷ fast |');
console.log('|---|---:|---:|---:|');
kinds.forEach(([label], k) => {
	const f = summarize(fast.map(r => r[k])).median, s = summarize(slow.map(r => r[k])).median;
	console.log(`| ${label} | ${f.toFixed(2)} | ${s.toFixed(2)} | ${(s / f).toFixed(2)}× |`);
});
