/**
 * nameWordAgrees settles most words of a name without reading the text (NameWord.onMatch): it must
 * answer as the string definition, wordCaseAgrees, for every text word that folds to the lexicon
 * word, in any spelling.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NameWord, nameWordAgrees, OnMatch, wordCaseAgrees } from '../../core/nameCase';
import { tokenize } from '../../core/tokens';
import { WordTable } from '../../core/wordTable';

const LEXICON_WORDS = ['Council', 'of', 'the', 'AU', 'ECOWAS', 'Kosovo', 'peacekeeping', 'Côte', 'd', 'Rights', 'G77', '3rd', 'and', 'Kinshasa', 's'];

/** Spellings of a word that fold to its lower case, as a text might print it. */
function spellings(w: string): string[] {
	const lower = w.toLowerCase(), upper = w.toUpperCase();
	return [w, lower, upper, lower[0].toUpperCase() + lower.slice(1), lower.slice(0, -1) + upper.slice(-1)];
}

describe('name case agreement', () => {
	const table = new WordTable();
	const entries = LEXICON_WORDS.map(w => ({ word: new NameWord(w), id: table.intern(w) }));

	it('settles ASCII connectors and capitalised words without reading, and reads acronyms and other words', () => {
		const of = (w: string) => entries.find(e => e.word.text === w)!.word.onMatch;
		assert.equal(of('of'), OnMatch.Agree);
		assert.equal(of('Council'), OnMatch.Capitalized);
		assert.equal(of('AU'), OnMatch.Read);
		assert.equal(of('Côte'), OnMatch.Read);
		assert.equal(of('peacekeeping'), OnMatch.Read);
	});

	it('agrees as wordCaseAgrees does for every spelling that folds to the lexicon word', () => {
		const cases = entries.flatMap(e => spellings(e.word.text).map(s => [e, s] as const));
		fc.assert(fc.property(fc.constantFrom(...cases), fc.constantFrom('', 'The ', '(', 'x, '), ([entry, spelling], before) => {
			const text = before + spelling + ' said';
			const words = tokenize(text, 0, text.length, table);
			const i = words.count - 2;
			assert.equal(words.word(i), spelling);
			// The lexicon matched the word by its id: only then is agreement asked.
			fc.pre(words.id[i] === entry.id);
			assert.equal(nameWordAgrees(entry.word, words, i), wordCaseAgrees(entry.word.text, spelling), `${entry.word.text} / ${spelling}`);
		}), { numRuns: 500 });
	});

	it('leaves the one other code unit that lower-cases into ASCII, the Kelvin sign, outside words', () => {
		for (let c = 128; c < 65536; c++) {
			const lower = String.fromCharCode(c).toLowerCase();
			if (lower.length !== 1 || lower.charCodeAt(0) >= 128) continue;
			const words = tokenize(`a${String.fromCharCode(c)}b`);
			assert.equal(words.count, 2, `U+${c.toString(16)} would join a word that folds into ASCII`);
		}
	});
});
