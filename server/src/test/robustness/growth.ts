/**
 * Size-doubling measurement for the linear-time tests. It compares the time on n, 2n and 4n
 * characters of the same pattern: linear work grows about 4× from n to 4n, quadratic work 16×.
 * Ratios, not absolute times, so a slow machine does not fail the test, and medians of a few runs.
 */
import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
/** A full collection before each timed run, so garbage left by earlier tests is not billed to this one. */
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Below this a timing is mostly timer and scheduler noise; the first size grows until it is above. */
const NOISE_MS = 10;
const FIRST_SIZE = 128 * 1024;
const MAX_FIRST_SIZE = 4 * 1024 * 1024;
const RUNS = 3;

export interface Growth {
	/** Sizes measured, in characters: n, 2n, 4n. */
	readonly sizes: readonly number[];
	/** Median milliseconds at each size. */
	readonly times: readonly number[];
	/** t(4n) / t(n), with t(n) raised to the noise floor so that near-zero times cannot blow it up. */
	readonly ratio: number;
}

/** `unit` repeated until `length` characters. */
export function repeatTo(unit: string, length: number): string {
	return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function medianMs(fn: (text: string) => unknown, text: string): number {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		collectGarbage();
		const start = performance.now();
		fn(text);
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b)[RUNS >> 1];
}

/** Measures how the time of `fn` grows when its input `make(length)` doubles twice. */
export function measureGrowth(make: (length: number) => string, fn: (text: string) => unknown): Growth {
	let n = FIRST_SIZE;
	fn(make(n)); // warm-up: compile the engine's code paths before timing them
	let t1 = medianMs(fn, make(n));
	while (t1 < NOISE_MS && n < MAX_FIRST_SIZE) {
		n *= 2;
		t1 = medianMs(fn, make(n));
	}
	const t2 = medianMs(fn, make(2 * n));
	const t4 = medianMs(fn, make(4 * n));
	return { sizes: [n, 2 * n, 4 * n], times: [t1, t2, t4], ratio: t4 / Math.max(t1, NOISE_MS) };
}

/** A readable account of a measurement for assertion messages. */
export function describeGrowth(g: Growth): string {
	return g.sizes.map((s, i) => `${Math.round(s / 1024)} KB: ${g.times[i].toFixed(1)} ms`).join(', ') + ` → ratio ${g.ratio.toFixed(1)}`;
}
