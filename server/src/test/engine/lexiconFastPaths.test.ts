/**
 * The lexicons decide from word ids and the text's code units what they once decided from strings:
 * these properties hold the fast paths to the plain definitions, on texts full of the hard cases
 * (capitals, accents, all-capital headings, words broken across lines, commas inside names).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordCaseAgrees } from '../../core/nameCase';
import { PhraseLexicon } from '../../core/phrases';
import { Gap, Initial, tokenize, Words } from '../../core/tokens';
import { builtinVocabulary, foldName } from '../../core/vocabulary';
import { WordTable } from '../../core/wordTable';

/** Joins words with the separators that make the tokenizer's gaps, and words broken at line ends. */
function textOf(parts: readonly [string, string][]): string {
	return parts.map(([w, sep]) => w + sep).join('');
}
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', '-\n', ' (', '’s '];
const SPELLINGS = (w: string) => [w, w.toLowerCase(), w.toUpperCase(), w[0].toUpperCase() + w.slice(1).toLowerCase(), w.replace(/[aeiou]/, 'é')];
/** Word w broken across a line end (joined again by the tokenizer when the second half begins in lower case). */
const BROKEN = (w: string) => w.length > 3 ? [w.slice(0, 2) + '-\n' + w.slice(2).toLowerCase(), w.slice(0, 2) + '-\n' + w[2].toLowerCase() + w.slice(3).toUpperCase(), w.slice(0, 2) + '-\n' + w.slice(2)] : [w];

describe('lexicon fast paths', function () {
	// Property runs take about a second; a busy machine can take several.
	this.timeout(30_000);
	const vocab = builtinVocabulary();
	const nw = vocab.nameWords;
	const sets = Object.entries(nw).filter(([, s]) => s && typeof s === 'object' && 'strings' in s) as [string, { strings: ReadonlySet<string>; has(w: Words, i: number): boolean }][];
	const folded = new Set(['headsAnyCase', 'connectAnyCase', 'attributive', 'genericAdjectives']);
	const pool = [...new Set(sets.flatMap(([, s]) => [...s.strings]).concat(['Council', 'United', 'Nations', 'the', 'of', 'Lake', 'Chad']))];
	const word = fc.constantFrom(...pool).chain(w => fc.constantFrom(...SPELLINGS(w), ...BROKEN(w), ...BROKEN(w.toLowerCase())));
	const text = fc.array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 25 }).map(textOf);

	it('has() of every word set answers as the Set of strings does, for each word and past the end', () => {
		fc.assert(fc.property(text, t => {
			const words = tokenize(t, 0, t.length, vocab.words);
			for (const [name, set] of sets) {
				for (let i = 0; i <= words.count; i++) {
					const expected = set.strings.has(folded.has(name) ? words.lowerWord(i) : words.word(i));
					assert.equal(set.has(words, i), expected, `${name} at word ${i} (${JSON.stringify(words.word(i))}) of ${JSON.stringify(t)}`);
				}
			}
		}), { numRuns: 300 });
	});

	it('Initial.Joined marks the words whose span is longer than the word, and only those', () => {
		// (The lexicons weigh a word's case without reading its span where this bit is clear.)
		let joined = 0;
		fc.assert(fc.property(text, t => {
			const words = tokenize(t, 0, t.length, vocab.words);
			for (let i = 0; i < words.count; i++) {
				const longer = words.end[i] - words.start[i] !== words.word(i).length;
				assert.equal((words.initial[i] & Initial.Joined) !== 0, longer, `word ${i} of ${JSON.stringify(t)}`);
				if (longer) joined++;
			}
		}), { numRuns: 300 });
		assert.ok(joined > 100, `only ${joined} joined words`);
	});

	it('foldName in one pass equals the chain of replacements it stands for', () => {
		const reference = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").toLowerCase()
			.replace(/[()[\],.]/g, ' ').replace(/[-‐‑–]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, '');
		const piece = fc.constantFrom('the ', 'The ', 'THE', ' ', '  ', '\t', '\n', '(', ')', '[', ']', ',', '.', '-', '`', "'", '’', 'UN', 'Côte', 'x', 'Q7', '_', '\u00a0');
		fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map(a => a.join('')), n => assert.equal(foldName(n), reference(n))), { numRuns: 3000 });
	});

	it('longestAt finds the longest phrase a plain word-by-word comparison finds', () => {
		// Phrases over a small vocabulary, some with commas or a trailing prefix; texts over the same words.
		const vocabulary = ['Security', 'Council', 'peace', 'peacekeeping', 'of', 'the', 'AU', 'Union', 'African', 'Lake', 'Chad', 'Basin'];
		const phraseWord = fc.constantFrom(...vocabulary);
		const phrase = fc.tuple(fc.array(phraseWord, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean())
			.map(([ws, comma, prefix]) => (comma && ws.length > 1 ? ws[0] + ', ' + ws.slice(1).join(' ') : ws.join(' ')) + (prefix && ws[ws.length - 1].length >= 4 ? '*' : ''));
		const textWord = fc.constantFrom(...vocabulary).chain(w => fc.constantFrom(...SPELLINGS(w), w + 's', ...BROKEN(w)));
		const sample = fc.array(fc.tuple(textWord, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 }).map(textOf);
		// A lexicon with no prefix, on a text with no word joined across a line break, settles case
		// without reading the words' spans: such lexicons and texts come up as often as the others.
		const unbrokenWord = fc.constantFrom(...vocabulary).chain(w => fc.constantFrom(...SPELLINGS(w), w + 's'));
		const unbroken = fc.array(fc.tuple(unbrokenWord, fc.constantFrom(...SEPARATORS.filter(s => !s.includes('-')))), { minLength: 1, maxLength: 12 }).map(textOf);
		fc.assert(fc.property(fc.array(phrase, { minLength: 1, maxLength: 12 }), fc.oneof(sample, unbroken), fc.constantFrom<'name' | 'any'>('name', 'any'), fc.boolean(), (all, t, mode, noPrefix) => {
			const phrases = noPrefix ? all.map(p => p.replace(/\*$/, '')) : all;
			const table = new WordTable();
			const lexicon = new PhraseLexicon<string>(table, mode);
			phrases.forEach(p => lexicon.add(p, p));
			const words = tokenize(t, 0, t.length, table);
			for (let i = 0; i < words.count; i++) {
				const found = lexicon.longestAt(words, i);
				const longest = referenceLongest(phrases, words, i, mode);
				assert.equal(found?.last ?? -1, longest.last, `at word ${i} of ${JSON.stringify(t)} with ${JSON.stringify(phrases)} (${mode})`);
				assert.equal(lexicon.longestLastAt(words, i), longest.last);
				if (found) assert.equal(lexicon.foundValue, found.value);
				if (found) assert.ok(longest.values.includes(found.value), `${found.value} is one of ${JSON.stringify(longest.values)}`);
			}
		}), { numRuns: 1500 });
	});
});

/**
 * The last word of the longest phrase at word i and the phrases that end there, by comparing words
 * one by one. A comma may stand before a phrase's word k when some phrase that begins with the same
 * k + 1 words has one there (the lexicon has always shared that between phrases).
 */
function referenceLongest(phrases: readonly string[], words: Words, i: number, mode: 'name' | 'any'): { last: number; values: string[] } {
	let last = -1, values: string[] = [];
	const first = words.word(i);
	if (mode === 'name' && !/^[A-Z0-9]/.test(first)) return { last, values };
	const parsed = phrases.map(p => {
		const prefix = /\w\*$/.test(p);
		const pw = tokenize(prefix ? p.slice(0, -1) : p);
		const keys = pw.slice(0, pw.count).map((w, k) => (prefix && k === pw.count - 1 && w.length >= 4 ? '*' : '') + w.toLowerCase());
		return { p, prefix, pw, keys };
	});
	const commaAt = new Set(parsed.flatMap(({ pw, keys }) => keys.flatMap((_, k) => (pw.gapBefore[k] === Gap.Comma ? [keys.slice(0, k + 1).join(' ')] : []))));
	for (const { p, prefix, pw, keys } of parsed) {
		if (i + pw.count > words.count) continue;
		let ok = true;
		for (let k = 0; k < pw.count && ok; k++) {
			const expected = pw.word(k), actual = words.word(i + k);
			const isPrefix = prefix && k === pw.count - 1 && expected.length >= 4;
			const same = isPrefix ? actual.toLowerCase().startsWith(expected.toLowerCase()) : actual.toLowerCase() === expected.toLowerCase();
			const gap = k === 0 ? Gap.Join : words.gapBefore[i + k];
			ok = same && (gap === Gap.Join || gap === Gap.Comma && commaAt.has(keys.slice(0, k + 1).join(' '))) && (mode === 'any' || wordCaseAgrees(expected, actual));
		}
		if (!ok) continue;
		const end = i + pw.count - 1;
		if (end > last) { last = end; values = []; }
		if (end === last) values.push(p);
	}
	return { last, values };
}
