/**
 * The pass that finds institutions skips work the plain definitions did: these properties hold each
 * short cut to its definition, on texts full of heads, connectors, digits, capitals and odd gaps.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findInstitutions } from '../../core/institutions';
import { capitalisedRun, genericName, lastHeadAtOrBefore, nameMayGoOn, nameMayLeaveRun, ofWithin, runHead, runLast } from '../../core/genericNames';
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

	it('a name read from a word of a run the scan cannot leave ends in the run, after a head in it, and begins at that word unless an "of" follows it', () => {
		// findInstitutions reads no name where these say there can be none (or none that could be taken).
		const seen = { shut: 0, noHeadAfter: 0, names: 0, elsewhere: 0 };
		fc.assert(fc.property(text, t => {
			const words = tokenize(t, 0, t.length, vocab.words);
			for (let i = 0; i < words.count; i++) {
				const e = runLast(capitalisedRun(words, i, nw));
				if (nameMayLeaveRun(words, e, nw)) continue;
				seen.shut++;
				const g = genericName(t, words, i, vocab);
				const where = `word ${i} (run to ${e}) of ${JSON.stringify(t)}`;
				const headAfter = runHead(capitalisedRun(words, i, nw)) && lastHeadAtOrBefore(words, e, nw) >= i;
				if (!headAfter) seen.noHeadAfter++;
				if (i === e || !headAfter) assert.equal(g, null, where);
				if (!g) continue;
				seen.names++;
				assert.ok(g.last <= e, where);
				if (g.first !== i) {
					seen.elsewhere++;
					assert.ok(ofWithin(words, i + 1, e, nw), where);
				}
			}
		}), { numRuns: 1500 });
		// The property said something: these cases came up.
		assert.ok(seen.noHeadAfter > 100 && seen.names > 50, JSON.stringify(seen));
		// A name that begins after an "of" (rare in the texts above): the run, and the "of" in it.
		const t = 'Lillian Mworeko of the Lake Chad Basin Commission said';
		const words = tokenize(t, 0, t.length, vocab.words);
		const e = runLast(capitalisedRun(words, 0, nw));
		assert.equal(e, 7);
		assert.equal(nameMayLeaveRun(words, e, nw), false);
		assert.deepEqual(genericName(t, words, 0, vocab), { first: 4, last: 7, kind: 'subsidiary-body' });
		assert.equal(ofWithin(words, 1, e, nw), true);
		assert.equal(ofWithin(words, 3, e, nw), false);
	});

	it('nameMayLeaveRun says yes before a connector, a joined number or the like, no before prose or a break', () => {
		const t = 'the Security Council said. Mission of\n\nthe Court 1540 Committee';
		const words = tokenize(t, 0, t.length, vocab.words);
		// Words: the Security Council said Mission of the Court 1540 Committee
		assert.equal(nameMayLeaveRun(words, 2, nw), false, '"said" begins in lower case');
		assert.equal(nameMayLeaveRun(words, 3, nw), false, 'a full stop before "Mission"');
		assert.equal(nameMayLeaveRun(words, 5, nw), true, '"the" is a connector, whatever the break before it');
		assert.equal(nameMayLeaveRun(words, 7, nw), true, '"1540" is joined and no lower-case word');
		assert.equal(nameMayLeaveRun(words, 9, nw), false, 'past the last word');
		// "The" after a full stop is no connector as the scan spells them.
		const u = 'the Security Council met. The Court';
		const uWords = tokenize(u, 0, u.length, vocab.words);
		assert.equal(nameMayLeaveRun(uWords, 2, nw), false, '"met" begins in lower case');
		const v = 'the Security Council. The Court';
		const vWords = tokenize(v, 0, v.length, vocab.words);
		assert.equal(nameMayLeaveRun(vWords, 2, nw), false, '"The" after a full stop');
	});

	it('in a run without a head, a known name or a learned acronym after words that begin none is found, an acronym by its id and letters', () => {
		// The scan passes over such words at once: what follows them in the run is still read.
		const t = 'The Lake Chad Basin Commission (LCBC) met. Yesterday LCBC Officials and Mr Smith LCBC said. Yesterday Brazil ASEAN Leaders met.';
		const words = tokenize(t, 0, t.length, vocab.words);
		const found = findInstitutions(t, words, vocab, () => 1).map(e => [e.acronym, e.mentions.map(m => m.text + '@' + m.span.start)]);
		assert.deepEqual(found, [
			['LCBC', ['Lake Chad Basin Commission@4', 'LCBC@32', 'LCBC@53', 'LCBC@81']],
			['ASEAN', ['ASEAN@109']],
		]);
		// An acronym spelled as a word the lexicons know ("Chad"): told by its id, then by its letters.
		const u = 'The Lake Chad Basin Commission (CHAD) met. Yesterday CHAD and Chad Officials met, and chad, CHAD.';
		const uWords = tokenize(u, 0, u.length, vocab.words);
		assert.ok(vocab.words.lookupString('CHAD') >= 0);
		const mentions = findInstitutions(u, uWords, vocab, () => 1).map(e => e.mentions.map(m => m.text + '@' + m.span.start));
		assert.deepEqual(mentions, [['Lake Chad Basin Commission@4', 'CHAD@32', 'CHAD@53', 'CHAD@92']]);
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
