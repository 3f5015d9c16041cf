/** Line starts found by the LF-only pass (grown as it goes) agree with a plain reading of the text. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../core/lines';

/** Offsets after each LF, CRLF or lone CR, with 0 first. */
function naiveStarts(text: string): number[] {
	const out = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n' || c === '\r' && text[i + 1] !== '\n') out.push(i + 1);
	}
	return out;
}

describe('line index', () => {
	it('finds every line start of texts with LF breaks, however many and however short the lines', () => {
		// Runs of breaks outgrow the first guess at the line count (a line per 64 characters).
		const piece = fc.constantFrom('\n', '\n'.repeat(40), 'a', 'word ', 'x'.repeat(200), 'é');
		fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), parts => {
			const text = parts.join('');
			assert.deepEqual([...new LineIndex(text).starts], naiveStarts(text));
		}), { numRuns: 1000 });
	});

	it('agrees with the pass for any line break on texts that also hold CR', () => {
		const piece = fc.constantFrom('\n', '\r', '\r\n', 'a', 'word ');
		fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), parts => {
			const text = parts.join('');
			assert.deepEqual([...new LineIndex(text).starts], naiveStarts(text));
		}), { numRuns: 1000 });
	});

	it('ends lines before their breaks', () => {
		const index = new LineIndex('ab\ncd\r\nef\rg');
		assert.deepEqual([1, 2, 3, 4].map(l => index.lineEnd(l)), [2, 5, 9, 11]);
	});
});
