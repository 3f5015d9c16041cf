/** How a statement's delegation voted: from its own words first, else from the nearest recorded vote. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { VoteRecord } from '../../core/model';
import { Turn } from '../../core/verbatim';
import { builtinVocabulary } from '../../core/vocabulary';
import { nearestVote, voteOf } from '../../core/votes';

const vocab = builtinVocabulary();

function turnOf(text: string, affiliation: string | null, start = 0, end = text.length): Turn {
	return { start, end, speaker: { name: null, title: null, affiliation, affiliationKind: affiliation ? 'state' : null, role: 'member', onBehalfOf: [], span: null } };
}

function record(start: number, lists: Partial<Pick<VoteRecord, 'inFavour' | 'against' | 'abstaining'>>): VoteRecord {
	return { span: { start, end: start + 1 }, line: 1, inFavour: [], against: [], abstaining: [], ...lists };
}

describe('vote of a statement', () => {
	it('reads the delegation\'s own words', () => {
		const cases: [string, string][] = [
			['Mr. Khan (Pakistan): Pakistan voted in favour of the draft resolution.', 'in-favour'],
			['Mr. Khan (Pakistan): My delegation abstained in the vote.', 'abstaining'],
			['Mr. Khan (Pakistan): We will vote against the amendment.', 'against'],
			['Mr. Khan (Pakistan): For these reasons, we have voted against it.', 'against'],
		];
		for (const [text, want] of cases) assert.equal(voteOf(text, turnOf(text, 'Pakistan'), [], vocab), want, text);
	});

	it('does not take another delegation\'s vote for the speaker\'s', () => {
		const text = 'Mr. Khan (Pakistan): China voted against the text; we regret it.';
		assert.equal(voteOf(text, turnOf(text, 'Pakistan'), [], vocab), null);
	});

	it('does not read a state or group whose name begins like "I" or "We" as the speaker', () => {
		for (const other of ['India', 'Israel', 'Italy', 'Ireland', 'Western European and other States']) {
			const text = `Mr. Khan (Pakistan): ${other} voted against the text; we regret it.`;
			assert.equal(voteOf(text, turnOf(text, 'Pakistan'), [], vocab), null, other);
		}
	});

	it('skips a mention that is not the speaker\'s and reads on', () => {
		const text = 'Mr. Khan (Pakistan): China voted against the text. We voted in favour.';
		assert.equal(voteOf(text, turnOf(text, 'Pakistan'), [], vocab), 'in-favour');
	});

	it('falls back on the last recorded vote before the statement, or the next one', () => {
		const text = 'x'.repeat(50) + 'Mr. Khan (Pakistan): I explain our position.' + 'x'.repeat(50);
		const turn = turnOf(text, 'Pakistan', 50, 95);
		const before = record(10, { abstaining: ['Pakistan'] }), after = record(120, { inFavour: ['Pakistan'] });
		assert.equal(voteOf(text, turn, [before, after], vocab), 'abstaining');
		assert.equal(voteOf(text, turn, [after], vocab), 'in-favour');
		assert.equal(voteOf(text, turnOf(text, null, 50, 95), [before], vocab), null);
	});

	it('finds the nearest vote by binary search as the linear search did, in ordered lists and others', () => {
		const linear = (votes: readonly VoteRecord[], turn: Turn) => {
			let near: VoteRecord | null = null;
			for (const v of votes) if (v.span.start < turn.start) near = v;
			return near ?? votes.find(v => v.span.start >= turn.end) ?? null;
		};
		// Short lists are read through; longer ones (over 32) searched when in order.
		const starts = fc.oneof(fc.array(fc.nat(60), { maxLength: 8 }), fc.array(fc.nat(200), { minLength: 33, maxLength: 80 }));
		fc.assert(fc.property(starts, fc.boolean(), fc.nat(200), fc.nat(20), (s, sort, start, length) => {
			const votes = (sort ? [...s].sort((a, b) => a - b) : s).map(p => record(p, {}));
			const turn = turnOf('x'.repeat(230), 'Chile', start, start + length);
			assert.equal(nearestVote(votes, turn), linear(votes, turn));
		}), { numRuns: 5000 });
	});
});
