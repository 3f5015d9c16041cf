/**
 * A statement's sentence ends are found by searching for each kind of mark; they must be exactly
 * where the pattern they replace matched on the statement's slice of the text.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sentenceEnds } from '../../core/themes';

/** The definition: the ends of the matches on the slice, then the slice's end unless one ends there. */
function reference(text: string, start: number, end: number): number[] {
	const ends = [...text.slice(start, end).matchAll(/[.!?…]["”’)]?(?=\s|$)/g)].map(m => start + m.index + m[0].length);
	if (!ends.length || ends[ends.length - 1] < end) ends.push(end);
	return ends;
}

describe('sentence ends', () => {
	// Every mark and closer, marks in a row, white space of several kinds (NBSP, line separator, BOM), letters.
	const piece = fc.constantFrom('peace', 'é', '3', '.', '. ', '.\n', '!', '?', '…', '...', '?!', '"', '”', '’', ')', '(', "'", '“',
		' ', '\u00a0', '\u2028', '\ufeff', '\t', '\r\n', ',', 'M.', 'U.N.', '.”', '!)', '……', '??', '!!', '..');
	const text = fc.array(piece, { maxLength: 40 }).map(a => a.join(''));

	it('are where the pattern matches, for any span of any text', () => {
		fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
			const start = Math.min(a, b) % (t.length + 1), end = Math.max(start, Math.max(a, b) % (t.length + 1));
			assert.deepEqual(sentenceEnds(t, { start, end }), reference(t, start, end), JSON.stringify([t, start, end]));
		}), { numRuns: 10000 });
	});

	it('reads the marks at both ends of the span and before closers', () => {
		const t = '“Yes.” We agree… (And we act!) Why? End.';
		assert.deepEqual(sentenceEnds(t, { start: 0, end: t.length }), [6, 16, 30, 35, t.length]);
		// The span's end is an end even where the text goes on without a space.
		assert.deepEqual(sentenceEnds(t, { start: 0, end: 5 }), [5]);
		assert.deepEqual(sentenceEnds(t, { start: 7, end: 15 }), [15]);
		// Marks in a row: each is tried, the last one before the space ends the sentence.
		assert.deepEqual(sentenceEnds('a…… b?! c', { start: 0, end: 9 }), [3, 7, 9]);
	});
});
