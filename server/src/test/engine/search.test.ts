/** The binary searches answer as a scan from the start of the list does. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstAtLeast, firstAtLeastFrom, firstStartingFrom, lastStartingBy } from '../../core/search';

describe('binary searches over offsets and spans', () => {
	const sorted = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }).map(a => a.sort((x, y) => x - y));
	const offset = fc.integer({ min: -2, max: 62 });

	it('finds the first offset at least x, the first and last span starting from or by an offset, also among the first n of an array', () => {
		fc.assert(fc.property(sorted, offset, (starts, x) => {
			const spans = starts.map(start => ({ span: { start } }));
			const first = starts.findIndex(s => s >= x);
			assert.equal(firstAtLeast(Int32Array.from(starts), x), first < 0 ? starts.length : first);
			assert.equal(firstStartingFrom(spans, x), first < 0 ? starts.length : first);
			let last = -1;
			starts.forEach((s, i) => { if (s <= x) last = i; });
			assert.equal(lastStartingBy(spans, x), last);
			// Of the first n entries of a longer array (a list of matches grown ahead of its count).
			const within = Int32Array.from([...starts, -1, 99]);
			assert.equal(firstAtLeast(within, x, starts.length), first < 0 ? starts.length : first);
		}), { numRuns: 2000 });
	});

	it('finds the first offset at least x from any hint as from the start, hints before, at and past the answer', () => {
		let before = 0, at = 0, past = 0;
		// The hint is drawn relative to the answer, so that each kind comes up about a third of the time.
		const delta = fc.oneof(fc.constant(0), fc.integer({ min: -205, max: -1 }), fc.integer({ min: 1, max: 205 }));
		fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 200 }).map(a => a.sort((x, y) => x - y)),
			fc.integer({ min: -2, max: 302 }), delta, (starts, x, d) => {
				const a = Int32Array.from(starts);
				const first = starts.findIndex(s => s >= x);
				const expected = first < 0 ? starts.length : first;
				const hint = expected + d;
				if (hint < expected) before++; else if (hint === expected) at++; else past++;
				assert.equal(firstAtLeastFrom(a, x, hint), expected);
			}), { numRuns: 3000 });
		assert.ok(before > 300 && at > 20 && past > 300, `before ${before}, at ${at}, past ${past}`);
	});
});
