/**
 * Size-doubling measurement for the linear-time tests. It compares the time on n, 2n and 4n
 * characters of the same pattern: linear work grows about 4× from n to 4n, quadratic work 16×.
 * Ratios, not absolute times, so a slow machine does not fail the test.
 *
 * Made to hold on a busy machine (other processes running benchmarks beside the tests):
 * - the time is this process's CPU time, not the wall clock, so a neighbour's share of the CPU
 *   is not billed to whichever size happened to be running;
 * - each size is run several times and the minimum kept: a disturbance (a neighbour evicting
 *   the caches, a page fault storm) only ever adds time, so the least disturbed run is the
 *   fastest one;
 * - the sizes are interleaved (n, 2n, 4n, then 4n, 2n, n, …) so that a slow spell of the machine
 *   falls on every size alike instead of on one of them;
 * - a check that wants the ratio below a bound gets more rounds (up to MAX_ROUNDS) while it is
 *   not. This cannot make quadratic work pass: noise only adds time, so its t(4n) stays at least
 *   16 true t(n), and its ratio falls below a bound B only if every run of size n so far was
 *   slowed more than 16/B times; if that holds after some round it held after round MIN_ROUNDS,
 *   so a quadratic scan passes no more often than with a fixed MIN_ROUNDS. The control, which
 *   wants the ratio above the bound, gets more rounds while it is not: a slow spell that fell on
 *   every run of size n (it failed once so, at 7.4) is outlasted the same way. This host slows to
 *   half its speed for stretches of up to ten seconds: the control may take more rounds than the
 *   checks (more rounds can only bring its ratio nearer the true 16).
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
/** A full collection before each timed run, so garbage left by earlier runs is not billed to this one. */
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Below this a timing is mostly timer and scheduler noise; the first size grows until it is above. */
const NOISE_MS = 20;
const FIRST_SIZE = 128 * 1024;
const MAX_FIRST_SIZE = 4 * 1024 * 1024;
/** Rounds of runs (one per size each), the least time per size kept. */
const MIN_ROUNDS = 5;
const MAX_ROUNDS = 10;

export interface Growth {
	/** Sizes measured, in characters: n, 2n, 4n. */
	readonly sizes: readonly number[];
	/** Least CPU milliseconds over the runs at each size. */
	readonly times: readonly number[];
	/** Rounds run. */
	readonly rounds: number;
	/** t(4n) / t(n), with t(n) raised to the noise floor so that near-zero times cannot blow it up. */
	readonly ratio: number;
}

/** `unit` repeated until `length` characters. */
export function repeatTo(unit: string, length: number): string {
	return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** CPU milliseconds this process has used (all its threads, user and system). */
function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

function timeOnce(fn: (text: string) => unknown, text: string): number {
	collectGarbage();
	const start = cpuMs();
	fn(text);
	return cpuMs() - start;
}

/** Runs `fn` once on each text, the order reversed on odd rounds, and lowers `least` where it was faster. */
function round(fn: (text: string) => unknown, texts: readonly string[], least: number[], index: number): void {
	for (let k = 0; k < texts.length; k++) {
		const i = index % 2 === 0 ? k : texts.length - 1 - k;
		least[i] = Math.min(least[i], timeOnce(fn, texts[i]));
	}
}

function leastOfTwo(fn: (text: string) => unknown, text: string): number {
	return Math.min(timeOnce(fn, text), timeOnce(fn, text));
}

/**
 * Measures how the time of `fn` grows when its input `make(length)` doubles twice. After
 * MIN_ROUNDS rounds, more rounds run (up to `maxRounds`) while `unsettled(ratio)` holds.
 */
export function measureGrowth(make: (length: number) => string, fn: (text: string) => unknown,
	unsettled: (ratio: number) => boolean = () => false, maxRounds = MAX_ROUNDS): Growth {
	let n = FIRST_SIZE;
	fn(make(n)); // warm-up: compile the code paths before timing them
	// The first size only has to lift t(n) above the noise floor; two runs are enough to decide that.
	while (leastOfTwo(fn, make(n)) < NOISE_MS && n < MAX_FIRST_SIZE) n *= 2;
	const sizes = [n, 2 * n, 4 * n];
	const texts = sizes.map(make);
	const least = sizes.map(() => Infinity);
	const ratio = (): number => least[2] / Math.max(least[0], NOISE_MS);
	let rounds = 0;
	while (rounds < MIN_ROUNDS || (rounds < maxRounds && unsettled(ratio()))) round(fn, texts, least, rounds++);
	return { sizes, times: least, rounds, ratio: ratio() };
}

/** A readable account of a measurement for assertion messages. */
export function describeGrowth(g: Growth): string {
	return g.sizes.map((s, i) => `${Math.round(s / 1024)} KB: ${g.times[i].toFixed(1)} ms`).join(', ') + ` → ratio ${g.ratio.toFixed(1)} (${g.rounds} rounds)`;
}

