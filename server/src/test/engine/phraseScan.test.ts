/**
 * matchAll skips words quickly (the scan for a phrase's first word by id alone, the words with
 * prefixes found by their count, the walk inline, the filter of the table of edges); these
 * properties hold it to its definition: leftmost-longest matches, each the longest phrase
 * `longestAt` finds there.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PhraseLexicon, PhraseMatch } from '../../core/phrases';
import { tokenize, Words } from '../../core/tokens';
import { TrieEdges } from '../../core/trieEdges';
import { builtinVocabulary } from '../../core/vocabulary';
import { WordTable } from '../../core/wordTable';

/** matchAll by its definition: at each word the longest phrase, then on after it. */
function referenceMatches<T>(lexicon: PhraseLexicon<T>, words: Words, from: number, to: number): PhraseMatch<T>[] {
	const out: PhraseMatch<T>[] = [];
	for (let i = from; i < to; i++) {
		const m = lexicon.longestAt(words, i, to);
		if (m) { out.push(m); i = m.last; }
	}
	return out;
}

const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', '-\n', ' (', '’s '];

describe('phrase scan', function () {
	this.timeout(30_000);

	it('matchAll of the built-in cues and states is the leftmost-longest matching, on any stretch of words', () => {
		const vocab = builtinVocabulary();
		// Words of cue phrases and state names, and common words that begin cues but rarely go on as one.
		const pool = ['in', 'the', 'it', 'is', 'our', 'will', 'support', 'of', 'favour', 'accordance', 'with', 'united', 'Nations',
			'United', 'States', 'Kingdom', 'Republic', 'Democratic', 'Congo', 'security', 'Council', 'peace', 'peacekeeping', 'human',
			'rights', 'we', 'condemn', 'attacks', 'on', 'humanitarian', 'convoys', 'climate', 'change', 'sanctions', 'People', 'Mali', 'France'];
		const word = fc.constantFrom(...pool).chain(w => fc.constantFrom(w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)));
		const text = fc.array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 30 }).map(parts => parts.map(([w, s]) => w + s).join(''));
		fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
			const words = tokenize(t, 0, t.length, vocab.words);
			const from = Math.min(a, b) % (words.count + 1), to = Math.max(from, Math.max(a, b) % (words.count + 1));
			for (const lexicon of [vocab.cues, vocab.stateLexicon, vocab.institutionLexicon] as PhraseLexicon<unknown>[]) {
				assert.deepEqual(lexicon.matchAll(words, from, to), referenceMatches(lexicon, words, from, to), JSON.stringify([t, from, to]));
			}
		}), { numRuns: 1500 });
	});

	it('matchAll agrees with longestAt for small lexicons of phrases, prefixes and commas', () => {
		const vocabulary = ['in', 'the', 'support', 'of', 'peace', 'peacekeeping', 'Lake', 'Chad', 'Basin', 'AU'];
		const phraseWord = fc.constantFrom(...vocabulary);
		const phrase = fc.tuple(fc.array(phraseWord, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean())
			.map(([ws, comma, prefix]) => (comma && ws.length > 1 ? ws[0] + ', ' + ws.slice(1).join(' ') : ws.join(' ')) + (prefix && ws[ws.length - 1].length >= 4 ? '*' : ''));
		const text = fc.array(fc.tuple(fc.constantFrom(...vocabulary, 'peacebuilding', 'Supports', 'x'), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 16 })
			.map(parts => parts.map(([w, s]) => w + s).join(''));
		fc.assert(fc.property(fc.array(phrase, { minLength: 1, maxLength: 10 }), text, fc.constantFrom<'name' | 'any'>('name', 'any'), (phrases, t, mode) => {
			const table = new WordTable();
			const lexicon = new PhraseLexicon<string>(table, mode);
			phrases.forEach(p => lexicon.add(p, p));
			const words = tokenize(t, 0, t.length, table);
			assert.deepEqual(lexicon.matchAll(words), referenceMatches(lexicon, words, 0, words.count), JSON.stringify([t, phrases, mode]));
		}), { numRuns: 1500 });
	});

	it('nextStart stops at the first word whose id or one of whose prefixes begins a phrase', () => {
		// Cues begin with prefixes ("support*"), states do not: both scans of nextStart are taken.
		const vocab = builtinVocabulary();
		const pool = ['in', 'the', 'supports', 'supporting', 'peacekeeping', 'peacebuilding', 'x', 'of', 'France', 'Mali', 'United', 'Kingdom', 'condemns', 'we'];
		const text = fc.array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 30 }).map(parts => parts.map(([w, s]) => w + s).join(''));
		fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
			const words = tokenize(t, 0, t.length, vocab.words);
			const from = Math.min(a, b) % (words.count + 1), to = Math.max(from, Math.max(a, b) % (words.count + 1));
			for (const lexicon of [vocab.cues, vocab.stateLexicon] as PhraseLexicon<unknown>[]) {
				lexicon.nextStart(words, 0, 0);
				// The trie's index of first words, read as the plain definition needs it.
				const startOf = (lexicon as unknown as { startOf: Int32Array }).startOf;
				const starts = (id: number) => startOf[id + 1] >= 0;
				let expected = from;
				while (expected < to && !starts(words.id[expected]) && !Array.from(words.prefixIds.subarray(words.prefixFrom[expected], words.prefixFrom[expected + 1])).some(starts)) expected++;
				assert.equal(lexicon.nextStart(words, from, to), expected, JSON.stringify([t, from, to]));
				for (let k = from; k < expected; k++) assert.equal(lexicon.longestAt(words, k, to), null);
			}
		}), { numRuns: 1500 });
	});

	it('the filter of the table of edges never turns away an edge it holds, and lets few others by', () => {
		fc.assert(fc.property(fc.uniqueArray(fc.tuple(fc.nat(5000), fc.nat(20000)), { selector: ([p, k]) => p * 100000 + k, maxLength: 3000 }), edges => {
			const table = new TrieEdges();
			edges.forEach(([p, k], child) => table.set(p, k, child));
			edges.forEach(([p, k], child) => {
				assert.ok(table.mayHave(p, k));
				assert.equal(table.get(p, k), child);
			});
			let passed = 0, absent = 0;
			for (let p = 0; p < 60; p++) {
				for (let k = 0; k < 60; k++) {
					if (edges.some(([q, j]) => q === p + 6000 && j === k)) continue;
					absent++;
					if (table.mayHave(p + 6000, k)) passed++;
					assert.equal(table.get(p + 6000, k), -1);
				}
			}
			// At most half full with four bits a slot: about one in eight absent edges passes.
			assert.ok(passed <= absent / 4, `${passed} of ${absent} absent edges passed the filter`);
		}), { numRuns: 100 });
	});
});
