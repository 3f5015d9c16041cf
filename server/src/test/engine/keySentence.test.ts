/**
 * A long key sentence is collapsed from its first units only; the text must be the one the whole
 * sentence gives, on both sides of the bounds (sentences long and short, white space in long runs,
 * labels near and past the start).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { keySentenceText } from '../../core/themes';

/** The definition: the whole sentence collapsed and trimmed, the label dropped, cut to 300. */
function reference(text: string, start: number, end: number): string {
	const body = text.slice(start, end).replace(/\s+/g, ' ').trim().replace(/^(?:Mr|Mrs|Ms|The)\.?[^:]{0,160}:\s*/, '');
	return body.length > 300 ? body.slice(0, 297) + '…' : body;
}

describe('key sentence text', function () {
	this.timeout(30_000);
	const piece = fc.constantFrom('peace', 'security ', 'Mr. President', 'The representative of Chad', 'Ms', ': ', ':', ' ', '  ', '\n', '\r\n',
		'\t', '\u00a0', ' '.repeat(60), '\n'.repeat(200), 'x'.repeat(150), 'word '.repeat(30), 'é', '😀', ',',
		// A label as long as the pattern takes, so that the text kept begins as late as it can.
		'Mr.' + ' x'.repeat(79) + ': ', 'Mrs.' + 'y'.repeat(160) + ':\n');
	const text = fc.array(piece, { maxLength: 60 }).map(a => a.join(''));

	it('equals the collapse of the whole sentence, for any span of any text', () => {
		// Spans from the text's start often, where a label opens the sentence.
		fc.assert(fc.property(text, fc.oneof(fc.constant(0), fc.nat()), fc.nat(), (t, a, b) => {
			const start = Math.min(a, b) % (t.length + 1), end = Math.max(start, Math.max(a, b) % (t.length + 1));
			assert.equal(keySentenceText(t, start, end), reference(t, start, end), JSON.stringify([t, start, end]));
		}), { numRuns: 5000 });
	});

	it('cuts a long sentence read from its start, and reads on past a start of white space', () => {
		const label = 'Mr. Smith (Chad):  \n';
		const long = label + 'We  support\nthe mission '.repeat(80);
		assert.equal(keySentenceText(long, 0, long.length), reference(long, 0, long.length));
		assert.ok(keySentenceText(long, 0, long.length).endsWith('…'));
		// 700 units of white space first: the start collapses to almost nothing, so the whole is read.
		const spaced = ' \n'.repeat(350) + 'The end of a sentence that is short.';
		assert.equal(keySentenceText(spaced, 0, spaced.length), 'The end of a sentence that is short.');
		assert.equal(keySentenceText(spaced, 0, spaced.length), reference(spaced, 0, spaced.length));
		// The longest label, then a run of white space: the start collapses to about 440 units, of which
		// the label takes 166, so the start alone does not tell whether the text is cut.
		const labelled = 'Mrs.' + 'y'.repeat(160) + ': ' + ' \n'.repeat(100) + 'z'.repeat(800);
		assert.equal(keySentenceText(labelled, 0, labelled.length), 'z'.repeat(297) + '…');
		// A sentence no label can open is read from fewer units: around the 301 collapsed units that
		// tell its text, with runs of white space across where the reading stops.
		for (let n = 280; n <= 330; n++) {
			for (const run of ['  \n  ', '\n', ' ']) {
				const plain = 'w'.repeat(n) + run.repeat(12) + 'y'.repeat(40) + ' end';
				assert.equal(keySentenceText(plain, 0, plain.length), reference(plain, 0, plain.length), JSON.stringify([n, run]));
			}
		}
	});
});
