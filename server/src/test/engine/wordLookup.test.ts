/**
 * The word table finds a word of up to eight Latin-1 letters by the packed units it keeps in its
 * slot (sigOf, tailOf) and compares code units only for the middle of a longer word, or for all of
 * one with a letter above Latin-1. Whatever the path, a word's id and prefix ids must be
 * what a plain Map of lower-cased strings says.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../core/tokens';
import { HASH_SEED, hashStep, sigOf, STEM, tailOf, WordTable } from '../../core/wordTable';

// Keys of every length around STEM and 2 * STEM, in ASCII, Latin-1 and Cyrillic, with the first
// letter above Latin-1 at each of the first five places and in the middle and end of a longer word.
const KEYS = ['a', 'of', 'the', 'fund', 'funds', 'funding', 'fundings', 'fundament', 'fundamental', 'été', 'éte', 'ét', 'mère', 'mères', 'dépenserà',
	'дом', 'дома', 'xдом', 'xxдо', 'xxxд', 'xxxxд', 'xxxxxд', 'xxxxдxxxx', 'xxxxxxxxд', 'ñandú', 'ñand'];
const PREFIXES = ['fund', 'fundam', 'mère', 'дома', 'xxxx', 'ñand'];
/** Near misses: each key with one letter changed at each place, and in other cases. */
const NEAR = KEYS.flatMap(k => [...k].map((_, i) => k.slice(0, i) + (k[i] === 'z' ? 'y' : 'z') + k.slice(i + 1)));
const SPELL = (w: string) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)];

/**
 * Pairs of words with the same hash and length (found by hashing every word of a few millions):
 * four Latin-1 letters (told apart by their packed units alone), the same first four letters (by
 * the rest), a Cyrillic first letter (no packed units: by all their units).
 */
const SAME_HASH = [['úùxs', 'æhdz'], ['xböç', 'dñêè'], ['fundllbvf', 'fundracxt'], ['дcplvf', 'дyumxt']];
const hashOf = (w: string) => [...w].reduce((h, c) => hashStep(h, c.charCodeAt(0)), HASH_SEED);

describe('word table lookups', () => {
	const table = new WordTable();
	const ids = new Map(KEYS.map(k => [k, table.intern(k)]));
	const prefixIds = new Map(PREFIXES.map(p => [p, table.intern(p, true)]));

	it('packs the first four units below 256, and the last four after them, and gives 0 for any above', () => {
		const units = (s: string) => [...s].map(c => c.charCodeAt(0));
		assert.equal(sigOf(units('of'), 0, 2), (111 << 8) | 102);
		assert.equal(sigOf(units('funding'), 0, 7), sigOf(units('fund'), 0, 4));
		assert.equal(sigOf(units('été'), 0, 3), (0xe9 << 16) | (116 << 8) | 0xe9);
		assert.equal(sigOf(units('xxxд'), 0, 4), 0);
		assert.notEqual(sigOf(units('xxxxд'), 0, 5), 0, 'only the first four count');
		assert.equal(tailOf(units('fund'), 0, 4), 0);
		assert.equal(tailOf(units('funds'), 0, 5), 115);
		assert.equal(tailOf(units('fundament'), 0, 9), tailOf(units('xxxxxment'), 0, 9), 'only the last four count');
		assert.equal(tailOf(units('fundдment'), 0, 9), 0, 'but all are below 256');
	});

	it('gives each word the id and prefix ids a Map of lower-cased strings gives', () => {
		const word = fc.constantFrom(...[...KEYS, ...NEAR, ...PREFIXES].flatMap(SPELL));
		fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), ws => {
			const text = ws.join(' ');
			const w = tokenize(text, 0, text.length, table);
			assert.equal(w.count, ws.length);
			for (let i = 0; i < w.count; i++) {
				const lower = w.word(i).toLowerCase();
				assert.equal(w.id[i], ids.get(lower) ?? -1, w.word(i));
				const expected = PREFIXES.filter(p => p.length >= STEM && lower.startsWith(p)).sort((a, b) => a.length - b.length).map(p => prefixIds.get(p));
				assert.deepEqual([...w.prefixIds.subarray(w.prefixFrom[i], w.prefixFrom[i + 1])], expected, w.word(i));
			}
		}));
	});

	it('tells the lengths of the prefixes that begin with a stem, and none for other stems', () => {
		const stem = (w: string) => {
			const units = Uint16Array.from([...w.toLowerCase()].map(c => c.charCodeAt(0)));
			return table.stemPrefixes(units, 0, hashOf(w.slice(0, STEM).toLowerCase()), sigOf(units, 0, STEM));
		};
		assert.equal(stem('funding'), 1 << 4 | 1 << 6, 'fund and fundam');
		assert.equal(stem('Дома'), 1 << 4);
		assert.equal(stem('funs'), 0);
		assert.equal(stem('mèrx'), 0);
		const t = new WordTable();
		t.intern('fundamentalism', true);
		t.intern('fund', true);
		const units = Uint16Array.from([...'fundamentalist'].map(c => c.charCodeAt(0)));
		assert.equal(t.stemPrefixes(units, 0, hashOf('fund'), sigOf(units, 0, STEM)), 1 << 14 | 1 << 4, 'added to as prefixes are');
	});

	it('finds the same words through lookupString', () => {
		for (const k of [...KEYS, ...NEAR].flatMap(SPELL)) assert.equal(table.lookupString(k), ids.get(k.toLowerCase()) ?? -1, k);
	});

	it('tells apart words of the same hash and length, whichever way it compares them', () => {
		for (const [a, b] of SAME_HASH) {
			assert.equal(hashOf(a), hashOf(b), `${a} and ${b} share a hash`);
			assert.equal(a.length, b.length);
			for (const [known, other] of [[a, b], [b, a]]) {
				const t = new WordTable();
				const id = t.intern(known);
				const text = `${other} ${known} ${other.toUpperCase()}`;
				assert.deepEqual([...tokenize(text, 0, text.length, t).id], [-1, id, -1], text);
				assert.equal(t.lookupString(other), -1);
				assert.notEqual(t.intern(other), id, 'a key of its own');
			}
		}
	});
});
