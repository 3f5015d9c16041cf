/** Line starts found by the LF-only pass (grown as it goes) agree with a plain reading of the text. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dropCollectedStarts, LineIndex } from '../../core/lines';

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
		// Runs of breaks outgrow the collecting array (1024 starts at first).
		const piece = fc.constantFrom('\n', '\n'.repeat(40), 'a', 'word ', 'x'.repeat(200), 'é');
		fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), parts => {
			const text = parts.join('');
			assert.deepEqual([...new LineIndex(text).starts], naiveStarts(text));
		}), { numRuns: 1000 });
	});

	it('finds them alike in texts read one after another, long and short (the collecting array is kept)', () => {
		const piece = fc.constantFrom('\n', '\n'.repeat(700), 'a', 'word ', 'x'.repeat(200));
		fc.assert(fc.property(fc.array(fc.array(piece, { maxLength: 40 }), { minLength: 2, maxLength: 6 }), texts => {
			for (const parts of texts) {
				const text = parts.join('');
				const index = new LineIndex(text);
				assert.deepEqual([...index.starts], naiveStarts(text));
				assert.equal(index.starts.length, index.lineCount);
			}
		}), { numRuns: 300 });
		// An index kept while others are built keeps its own starts, and the array let go (idle server) grows again.
		const first = new LineIndex('a\nb\nc');
		new LineIndex('\n'.repeat(5000));
		assert.deepEqual([...first.starts], [0, 2, 4]);
		dropCollectedStarts();
		const long = 'line\n'.repeat(3000);
		assert.deepEqual([...new LineIndex(long).starts], naiveStarts(long));
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
