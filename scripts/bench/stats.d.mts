// Types of stats.mjs for the TypeScript tests that read it.
export interface Summary { n: number; median: number; q1: number; q3: number; min: number; max: number }
export function timeMs(fn: () => unknown): Promise<number>;
export function summarize(samples: readonly number[]): Summary;
export function interleave(tasks: Record<string, () => unknown>, runs: number, options?: { settleMs?: number; warmups?: number }): Promise<Record<string, number[]>>;
export function ratios(a: readonly number[], b: readonly number[]): number[];
export function runsAtFastSpeed(samples: readonly number[], baseline: readonly number[], limit: number): Summary | null;
export function runsBySpeed(samples: readonly number[], baseline: readonly number[], limit: number): { fast: number[]; slow: number[] };
