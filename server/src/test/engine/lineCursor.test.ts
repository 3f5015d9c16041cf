/** lineCursor answers as LineIndex.lineAt does, whatever the order of the offsets asked. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineCursor } from '../../core/lineCursor';
import { LineIndex } from '../../core/lines';

describe('line cursor', () => {
	// Texts of short and long lines and every kind of break, so that answers are the same line, the
	// next, or many lines on; offsets in runs that ascend (as an analysis asks), with jumps back.
	const text = fc.array(fc.tuple(fc.constantFrom('', 'a', 'Security Council', 'x'.repeat(70)), fc.constantFrom('\n', '\r\n', '\r', '\n\n')), { maxLength: 60 })
		.map(parts => parts.map(([line, br]) => line + br).join('') + 'end');
	const steps = fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: -500, max: -1 })), { maxLength: 80 });

	it('gives the line of every offset as lineAt, asked in order, with jumps ahead and back', () => {
		let same = 0, ahead = 0, back = 0;
		fc.assert(fc.property(text, fc.integer({ min: -3, max: 40 }), steps, (t, first, moves) => {
			const index = new LineIndex(t);
			const lineOf = lineCursor(index);
			let offset = first;
			for (const move of [0, ...moves]) {
				const before = index.lineAt(offset);
				offset = Math.min(offset + move, t.length + 3);
				const expected = index.lineAt(offset);
				if (expected === before) same++; else if (expected > before) ahead++; else back++;
				assert.equal(lineOf(offset), expected, `offset ${offset} of ${JSON.stringify(t)}`);
			}
		}), { numRuns: 1500 });
		// Every path was taken, many times.
		assert.ok(same > 2000 && ahead > 500 && back > 500, `same ${same}, ahead ${ahead}, back ${back}`);
	});

	it('answers past either end of the text as lineAt does (clamped)', () => {
		const t = 'one\r\ntwo\rthree\n';
		const index = new LineIndex(t), lineOf = lineCursor(index);
		for (const offset of [-5, 0, 3, 4, 5, 9, 10, t.length, t.length + 10, 2, -1]) assert.equal(lineOf(offset), index.lineAt(offset), `offset ${offset}`);
	});
});
