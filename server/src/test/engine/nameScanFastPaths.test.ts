/**
 * The pass that finds institutions skips work the plain definitions did: these properties hold each
 * short cut to its definition, on texts full of heads, connectors, digits, capitals and odd gaps.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capitalisedRun, genericName, nameMayGoOn, runHead, runLast } from '../../core/genericNames';
import { Gap, tokenize, Words } from '../../core/tokens';
import { builtinVocabulary } from '../../core/vocabulary';

const vocab = builtinVocabulary();
const nw = vocab.nameWords;

/** capitalisedRun as first written: word strings tested against Sets of lower-case strings. */
function plainRun(words: Words, i: number): { last: number; head: boolean } {
	let j = i, head = false;
	for (;;) {
		if (nw.headsAnyCase.strings.has(words.lowerWord(j))) head = true;
		const k = j + 1;
		if (k >= words.count || words.gapBefore[k] === Gap.Break) break;
		if (!/^\p{Lu}/u.test(words.word(k)) && !(nw.connectAnyCase.strings.has(words.lowerWord(k)) && k + 1 < words.count)) break;
		j = k;
	}
	return { last: j, head };
}

// Words of names and of the prose around them, in several spellings, with the gaps names cross or stop at.
const WORDS = ['Council', 'council', 'COUNCIL', 'Committee', 'Mission', 'Office', 'Group', 'Security', 'General', 'Assembly',
	'United', 'Nations', 'Lake', 'Chad', 'Basin', 'Commission', 'Peace', 'African', 'Union', 'Working', 'Inquiry', 'Panel',
	'of', 'the', 'The', 'and', 'for', 'in', 'to', 'on', 'de', 'OF', 'Of', 'said', 'has', 'members', 'World', 'Fourth',
	'Report', 'Treaty', 'Special', 'Representative', 'National', 'Poland', 'Mali', 'UN', 'MINUSMA', 'ECOWAS', '1540', '2030', 'Éire', 'Ödegård'];
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', '.\n', '\n', '-', '-\n', ' (', ') ', ': '];
const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 30 })
	.map(parts => parts.map(([w, sep]) => w + sep).join(''));

describe('institution scan fast paths', function () {
	// Property runs take about a second; a busy machine can take several.
	this.timeout(30_000);

	it('capitalisedRun ends where, and finds a head when, the run of word strings does', () => {
		fc.assert(fc.property(text, t => {
			const words = tokenize(t, 0, t.length, vocab.words);
			for (let i = 0; i < words.count; i++) {
				const run = capitalisedRun(words, i, nw);
				assert.deepEqual({ last: runLast(run), head: runHead(run) }, plainRun(words, i), `word ${i} of ${JSON.stringify(t)}`);
			}
		}), { numRuns: 800 });
	});

	it('every word a generic name holds after its first may go on a name (so a known body ending before a word that may not is never outrun)', () => {
		let names = 0;
		fc.assert(fc.property(text, t => {
			const words = tokenize(t, 0, t.length, vocab.words);
			for (let i = 0; i < words.count; i++) {
				const g = genericName(t, words, i, vocab);
				if (!g) continue;
				names++;
				for (let k = i + 1; k <= g.last; k++) assert.ok(nameMayGoOn(words, k, nw), `word ${k} in the name at ${i} of ${JSON.stringify(t)}`);
			}
		}), { numRuns: 1500 });
		// The property said something: names were found.
		assert.ok(names > 50, `only ${names} names found`);
	});

	it('nameMayGoOn says no after a word followed by prose, a full stop or the end of the text', () => {
		const t = 'the Security Council said. Mission';
		const words = tokenize(t, 0, t.length, vocab.words);
		// Words: the Security Council said Mission
		assert.equal(nameMayGoOn(words, 3, nw), false, '"said" begins in lower case and joins nothing');
		assert.equal(nameMayGoOn(words, 4, nw), false, 'a full stop before "Mission"');
		assert.equal(nameMayGoOn(words, 5, nw), false, 'past the last word');
		assert.equal(nameMayGoOn(words, 2, nw), true, '"Council" after a space');
		assert.equal(nameMayGoOn(words, 0, nw), true, '"the" is a connector');
	});
});
