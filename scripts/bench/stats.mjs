// Timing and summary statistics for the benchmark harness. Medians and spreads, never means:
// on a shared 2-core machine a single descheduled run would drag a mean far from typical.
import { performance } from 'node:perf_hooks';

// No forced garbage collection between timed runs: after a forced full collection the next
// analysis ran 1.5–2.5× slower (compiled code and caches re-warm), which no editor or command line
// ever sees; interleaved runs share the cost of collecting alike instead.

/** Milliseconds taken by `fn()` (awaited when it returns a promise). */
export async function timeMs(fn) {
	const start = performance.now();
	await fn();
	return performance.now() - start;
}

/** Quantile of sorted numbers, linear interpolation between closest ranks. */
function quantile(sorted, q) {
	if (sorted.length === 0) return NaN;
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos), hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Median, quartiles and extremes of a list of samples.
 * @param {number[]} samples
 * @returns {{ n: number, median: number, q1: number, q3: number, min: number, max: number }}
 */
export function summarize(samples) {
	const sorted = [...samples].sort((a, b) => a - b);
	return {
		n: sorted.length,
		median: quantile(sorted, 0.5),
		q1: quantile(sorted, 0.25),
		q3: quantile(sorted, 0.75),
		min: sorted[0],
		max: sorted[sorted.length - 1],
	};
}

/**
 * Runs each named task `runs` times, interleaved (a, b, a, b, …) after `warmups` untimed runs each
 * (one by default), so that a slow phase of the machine hits every task alike and ratios between
 * them stay meaningful.
 * @param {Record<string, () => unknown>} tasks
 * @param {number} runs
 * @param {{ settleMs?: number, warmups?: number }} [options] untimed pause before each timed run; untimed runs first
 * @returns {Promise<Record<string, number[]>>} milliseconds per run, by task name
 */
export async function interleave(tasks, runs, { settleMs = 0, warmups = 1 } = {}) {
	const names = Object.keys(tasks);
	const samples = Object.fromEntries(names.map(name => [name, []]));
	for (let w = 0; w < warmups; w++) for (const name of names) await tasks[name]();
	for (let i = 0; i < runs; i++) {
		for (const name of names) {
			// A pause lets another process (the language server) finish the previous task's
			// garbage collection and notifications, as it would between an editor's requests.
			if (settleMs > 0) await new Promise(resolve => setTimeout(resolve, settleMs));
			samples[name].push(await timeMs(tasks[name]));
		}
	}
	return samples;
}

/** Per-run ratios a[i] / b[i], the figure that survives a noisy machine best. */
export function ratios(a, b) {
	return a.map((x, i) => x / b[i]);
}

/**
 * The runs of `samples` made while the host ran at its fast speed, told by the baseline timed beside
 * each run: those whose baseline took at most `limit` milliseconds. Null when none. Informative
 * beside the medians of all runs (which the budgets read): it tells the engine's speed from the
 * host's, on a host that switches between two speeds (see PERFORMANCE.md).
 * @param {number[]} samples
 * @param {number[]} baseline the baseline's time in the same round as each sample
 * @param {number} limit
 */
export function runsAtFastSpeed(samples, baseline, limit) {
	const { fast } = runsBySpeed(samples, baseline, limit);
	return fast.length > 0 ? summarize(fast) : null;
}

/**
 * The runs of `samples` split as runsAtFastSpeed tells them: `fast`, those whose baseline took at
 * most `limit` milliseconds, and `slow`, the others, each in the order given.
 * @param {number[]} samples
 * @param {number[]} baseline the baseline's time in the same round as each sample
 * @param {number} limit
 * @returns {{ fast: number[], slow: number[] }}
 */
export function runsBySpeed(samples, baseline, limit) {
	const fast = [], slow = [];
	samples.forEach((x, i) => (baseline[i] <= limit ? fast : slow).push(x));
	return { fast, slow };
}
