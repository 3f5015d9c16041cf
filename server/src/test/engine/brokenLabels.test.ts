/**
 * A speaker label broken over two lines ("Mr. Ivanov (Russian" / "Federation) (spoke in
 * Russian):") is read from the two lines joined by one space; whatever separates them in the text
 * (LF, CRLF, spaces, blank lines), the speaker's span must end at the label's own colon and the
 * words after it must be read for whom the speaker speaks.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../core/analyze';

function record(first: string, gap: string, second: string): string {
	return [
		'United Nations', 'Security Council', 'Provisional', '9950th meeting', 'Monday, 2 June 2025, 10 a.m.', 'New York', '',
		'The President: I now give the floor to the representative of the Russian Federation.', '',
		first + gap + second, '',
		'The President: I thank the representative for his statement.', '',
	].join('\n');
}

describe('labels broken over two lines', () => {
	const first = 'Mr. Ivanov (Russian';
	const second = 'Federation) (spoke in Russian): I speak on behalf of the African Group and thank the briefers.';
	for (const [name, gap] of [['LF', '\n'], ['CRLF', '\r\n'], ['spaces and LF', '   \n  '], ['a blank line', '\n\n']] as const) {
		it(`ends the speaker's span at its colon when the lines are separated by ${name}`, () => {
			const text = record(first, gap, second);
			const turn = analyze(text).statements.find(s => s.speaker.name === 'Ivanov');
			assert.ok(turn, 'the broken label opens a turn');
			assert.equal(turn.speaker.affiliation, 'Russian Federation');
			const span = turn.speaker.span!;
			assert.equal(text[span.end], ':', `the span ends before the colon: ${JSON.stringify(text.slice(span.start, span.end + 1))}`);
			assert.equal(span.start, text.indexOf(first));
			assert.deepEqual(turn.speaker.onBehalfOf, ['African Group']);
		});
	}
});
