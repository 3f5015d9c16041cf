/** Test helper: words read out of a longer text's words must be the words of that stretch tokenized alone. */
import assert from 'node:assert/strict';
import { Words } from '../../core/tokens';

/** Asserts that words[first, to) are the words of a slice (at text offset `offset`) tokenized alone (`alone`), but for the first gap. */
export function assertSameWords(words: Words, first: number, to: number, alone: Words, offset: number, what: string): void {
	assert.equal(to - first, alone.count, `${what}: count`);
	for (let k = 0; k < alone.count; k++) {
		const i = first + k;
		assert.equal(words.start[i], alone.start[k] + offset, `${what}: start of word ${k}`);
		assert.equal(words.end[i], alone.end[k] + offset, `${what}: end of word ${k}`);
		assert.equal(words.word(i), alone.word(k), `${what}: word ${k}`);
		assert.equal(words.id[i], alone.id[k], `${what}: id of word ${k}`);
		assert.equal(words.initial[i], alone.initial[k], `${what}: initial of word ${k}`);
		assert.deepEqual([...words.prefixIds.subarray(words.prefixFrom[i], words.prefixFrom[i + 1])],
			[...alone.prefixIds.subarray(alone.prefixFrom[k], alone.prefixFrom[k + 1])], `${what}: prefixes of word ${k}`);
		// The gap before the first word differs (a Break when tokenized alone) and is never read.
		if (k > 0) assert.equal(words.gapBefore[i], alone.gapBefore[k], `${what}: gap before word ${k}`);
	}
}
