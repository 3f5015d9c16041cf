/** A record's lines read one at a time are the lines a plain reading of every line gives. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../core/lines';
import { ContentLines, Line, trimmedLine } from '../../core/recordLines';

/** Every line of the text trimmed, the empty ones left out. */
function plainLines(text: string): Line[] {
	const index = new LineIndex(text);
	const out: Line[] = [];
	for (let l = 1; l <= index.lineCount; l++) {
		const line = trimmedLine(text, index.starts[l - 1], index.lineEnd(l));
		if (line) out.push(line);
	}
	return out;
}

function readAll(reader: ContentLines): Line[] {
	const out: Line[] = [];
	for (let line = reader.next(); line; line = reader.next()) out.push(line);
	return out;
}

describe('record lines', () => {
	const piece = fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '\u00a0', 'Mr. Ab (Cd):', 'text', '  ', '\n\n');
	const text = fc.array(piece, { maxLength: 40 }).map(a => a.join(''));

	it('hands out the trimmed, non-empty lines in order, as reading every line does', () => {
		fc.assert(fc.property(text, t => assert.deepEqual(readAll(new ContentLines(t, new LineIndex(t))), plainLines(t))), { numRuns: 2000 });
	});

	it('hands out the lines read so far again after replay, then the rest', () => {
		fc.assert(fc.property(text, fc.nat(), (t, cut) => {
			const reader = new ContentLines(t, new LineIndex(t));
			const all = plainLines(t);
			const first: Line[] = [];
			for (let k = 0; k < cut % (all.length + 1); k++) first.push(reader.next()!);
			reader.replay(first);
			assert.deepEqual(readAll(reader), all);
			assert.equal(reader.next(), null);
		}), { numRuns: 2000 });
	});
});
