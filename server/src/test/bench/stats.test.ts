import * as assert from 'node:assert/strict';
import { runsAtFastSpeed, runsBySpeed, summarize } from '../../../../scripts/bench/stats.mjs';

describe('bench statistics', () => {
	it('summarizes samples by median, quartiles and extremes, whatever their order', () => {
		const s = summarize([5, 1, 4, 2, 3]);
		assert.deepEqual({ n: s.n, median: s.median, min: s.min, max: s.max, q1: s.q1, q3: s.q3 }, { n: 5, median: 3, min: 1, max: 5, q1: 2, q3: 4 });
	});

	it('keeps the runs whose baseline ran near its fastest, and only those', () => {
		// Rounds 0, 2 and 3 at the fast speed (baseline 2.0–2.4), rounds 1 and 4 at the slow one.
		const baseline = [2.1, 3.9, 2.0, 2.4, 4.2];
		const engine = [20, 40, 22, 24, 44];
		const fast = runsAtFastSpeed(engine, baseline, 1.25 * 2.0);
		assert.ok(fast);
		assert.equal(fast.n, 3);
		assert.equal(fast.median, 22);
		assert.equal(fast.max, 24);
		// A limit at the slowest baseline takes every round in.
		assert.equal(runsAtFastSpeed(engine, baseline, 4.2)?.n, 5);
	});

	it('splits the runs by the speed their baseline tells, every run on one side, in order', () => {
		const baseline = [2.1, 3.9, 2.0, 2.4, 4.2, 2.6];
		const chain = [4.1, 4.3, 4.0, 4.2, 4.4, 4.5];
		// 2.6 is just over 1.25 × 2.0: a slow round.
		assert.deepEqual(runsBySpeed(chain, baseline, 1.25 * 2.0), { fast: [4.1, 4.0, 4.2], slow: [4.3, 4.4, 4.5] });
		assert.deepEqual(runsBySpeed(chain, baseline, 4.2), { fast: chain, slow: [] });
	});

	it('gives nothing when there are no runs', () => {
		assert.equal(runsAtFastSpeed([], [], 2.5), null);
	});
});
