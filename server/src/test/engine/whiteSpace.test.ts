/** White space by character code must agree with the regular-expression class it stands for. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { collapseWhiteSpace, isWhiteSpace } from '../../core/whiteSpace';

describe('white space', () => {
	it('is exactly \\s over every UTF-16 code unit', () => {
		for (let c = 0; c < 0x10000; c++) assert.equal(isWhiteSpace(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
	});

	it('collapses runs as replace(/\\s+/g, " ") does, on any slice', () => {
		const piece = fc.constantFrom('a', 'bc', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2003', '\ufeff', '.', 'é');
		const text = fc.array(piece, { maxLength: 40 }).map(a => a.join(''));
		fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
			const start = Math.min(a, b) % (t.length + 1), end = Math.max(start, Math.max(a, b) % (t.length + 1));
			assert.equal(collapseWhiteSpace(t, start, end), t.slice(start, end).replace(/\s+/g, ' '));
		}), { numRuns: 5000 });
	});
});
