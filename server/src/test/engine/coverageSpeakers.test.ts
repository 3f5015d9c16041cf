/**
 * A coverage paragraph that opens with a word such as "The" or "He" is not tokenized to look for a
 * named speaker: the shortcut must hold exactly where the tokenizer and the state lexicon would
 * have found no one (the word is the first token, and no state's name begins there).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { introduceSpeaker, opensWithNonName } from '../../core/coverageSpeakers';
import { tokenize } from '../../core/tokens';
import { builtinVocabulary } from '../../core/vocabulary';

describe('coverage speakers', () => {
	const vocab = builtinVocabulary();
	const pieces = ['The', 'He', 'She', 'Speaking', 'Also', 'In', 'Members', 'Thereby', 'the', 'HE', 'China', 'Saint Kitts and Nevis', 'United Kingdom',
		'Gambia', 'Kaja Kallas', ' ', '  ', ',', '.', '-', '’s', "'", '(', ')', '\n', 'said', 'representative of', 'é', '1'];
	// Most heads open with a word, then a separator: the shortcut's case, and its near misses.
	const head = fc.tuple(fc.constantFrom(...pieces.slice(0, 14)), fc.constantFrom(' ', ' ', ',', '-', '’s ', ''), fc.array(fc.constantFrom(...pieces), { maxLength: 10 }))
		.map(([w, sep, rest]) => w + sep + rest.join(''));

	it('skips a head only where its first token is that word and no state begins there', () => {
		let skipped = 0;
		fc.assert(fc.property(head, h => {
			if (!opensWithNonName(h, 0, vocab)) return;
			skipped++;
			const words = tokenize(h, 0, Math.min(h.length, 120), vocab.words);
			const first = /^[A-Za-z]+/.exec(h)![0];
			assert.equal(words.start[0], 0);
			assert.equal(words.word(0), first);
			assert.equal(vocab.stateLexicon.longestAt(words, 0), null);
		}), { numRuns: 3000 });
		// About one head in six takes it (half the opening words, a third of the separators).
		assert.ok(skipped > 200, `only ${skipped} heads took the shortcut`);
	});

	it('still finds the speakers such paragraphs introduce in other ways', () => {
		const rep = introduceSpeaker('The representative of China said that the text was balanced.', 0, vocab, false);
		assert.equal(rep?.speaker.affiliation, 'China');
		assert.equal(introduceSpeaker('He added that the text was balanced.', 0, vocab, false), null);
		const named = introduceSpeaker('Kaja Kallas, Prime Minister of Estonia, said that the text was balanced.', 0, vocab, false);
		assert.equal(named?.speaker.name, 'Kaja Kallas');
	});
});
