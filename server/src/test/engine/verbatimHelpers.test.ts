/** Helpers of verbatim segmentation that work by character code agree with the string methods they replace. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { surname } from '../../core/verbatim';

describe('verbatim helpers', () => {
	it('takes the last word of a name, lower-cased, as trim and split did', () => {
		const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u200b', 'Ab', 'NAKAMITSU', 'é', 'Ö', '-', '.');
		fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map(a => a.join('')), name => {
			const parts = name.trim().split(/\s+/);
			assert.equal(surname(name), parts[parts.length - 1].toLowerCase());
		}), { numRuns: 3000 });
	});
});
