/**
 * The tokenizer's scan of a word reads a per-code-unit table that is built a block of 256 code units
 * at a time, on first sight. The scan loops do not build blocks: a word that runs into a code unit
 * of a block not built yet ends there, the block is built and the word is read again. Words must come
 * out as a plain loop over isWordCode cuts them, wherever a new block first shows up (at a word's
 * start, inside it, or just after it), and at the very end of a text or of a slice of it. A known
 * word's prefix ids are probed once and then remembered by id, an unknown word's by its letters in
 * a small cache: they must be what the string lookups give, on first sight and after (whatever word
 * took a cache entry before), and must be probed again once the table has grown.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CHAR_CLASS, Initial, isWordCode, UPPER } from '../../core/chars';
import { tokenize, Words } from '../../core/tokens';
import { HASH_SEED, hashStep, STEM, unknownAt, WordTable } from '../../core/wordTable';

/** Start and end offsets of the runs of word characters of text[from, to), by isWordCode alone. */
function plainWords(text: string, from: number, to: number): [number, number][] {
	const out: [number, number][] = [];
	for (let i = from; i < to;) {
		if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
		const s = i;
		while (i < to && isWordCode(text.charCodeAt(i))) i++;
		out.push([s, i]);
	}
	return out;
}

function spans(w: Words): [number, number][] {
	return Array.from({ length: w.count }, (_, i) => [w.start[i], w.end[i]] as [number, number]);
}

/** Blocks of 256 code units that little else reads: Indic, South-East Asian, Ethiopic, CJK, Yi, Hangul, forms. */
const BLOCKS = [0x0900, 0x0a00, 0x0b00, 0x0c00, 0x0d00, 0x0e00, 0x0f00, 0x1000, 0x1200, 0x1300, 0x1400, 0x1500, 0x1600, 0x1700,
	0x1800, 0x1900, 0x1a00, 0x1b00, 0x1c00, 0x3100, 0x3200, 0x3300, 0x4e00, 0x5000, 0xa000, 0xa100, 0xa400, 0xa500, 0xa600,
	0xac00, 0xad00, 0xf900, 0xfb00, 0xfe00];

describe('tokenizer scan across code-unit blocks built on first sight', () => {
	it('cuts words as isWordCode does where a block is first seen inside, after or at the start of a word', () => {
		const fresh = BLOCKS.filter(b => CHAR_CLASS[b] === 0);
		assert.ok(fresh.length >= 10, `blocks not built yet: ${fresh.length}`);
		// Three texts per block, so that the first sight of it falls in a word, after one and at a start;
		// the offsets 0x41 and 0x0c pick a letter and, in several blocks, a sign or mark.
		const texts: string[] = [];
		fresh.forEach((b, k) => {
			const ch = String.fromCharCode(b + (k % 2 === 0 ? 0x41 : 0x0c));
			texts.push([`Sec${ch}urity Council`, `the Council${ch} and`, `${ch}Union of ${ch}${ch}`][k % 3]);
		});
		for (const text of texts) {
			const w = tokenize(text);
			assert.deepEqual(spans(w), plainWords(text, 0, text.length), JSON.stringify(text));
			for (let i = 0; i < w.count; i++) {
				const c = text.charCodeAt(w.start[i]);
				assert.equal((w.initial[i] & Initial.Upper) !== 0, (CHAR_CLASS[c] & UPPER) !== 0, `initial of ${w.word(i)}`);
			}
		}
		assert.ok(fresh.every(b => CHAR_CLASS[b] !== 0), 'every block built by the scan');
	});

	it('gives the ids and prefix ids of the string lookups, for whole texts and slices ending anywhere', () => {
		const table = new WordTable();
		const keys = ['fund', 'funds', 'été', 'дом', 'дома', 'xдом', 'council', 'a', 'of'];
		for (const k of keys) table.intern(k);
		for (const p of ['fund', 'fundam', 'дома', 'coun']) table.intern(p, true);
		const piece = fc.constantFrom(...keys, 'Funding', 'COUNCILS', 'fundamental', 'Дома', '2334', ' ', ', ', '. ', '\n', '(', 'é', 'ä', 'ß', 'ǅ', 'Ω');
		fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 25 }), fc.nat(), fc.nat(), (ps, x, y) => {
			const text = ps.join('');
			const from = x % (text.length + 1), to = from + y % (text.length - from + 1);
			const w = tokenize(text, from, to, table);
			assert.deepEqual(spans(w), plainWords(text, from, to));
			for (let i = 0; i < w.count; i++) {
				const word = w.word(i);
				assert.equal(w.id[i], table.lookupString(word), word);
				const prefixes: number[] = [];
				for (let k = STEM; k <= Math.min(31, word.length); k++) {
					if ((table.prefixLengths >>> k) & 1) {
						const p = table.lookupString(word.slice(0, k), true);
						if (p >= 0) prefixes.push(p);
					}
				}
				assert.deepEqual([...w.prefixIds.subarray(w.prefixFrom[i], w.prefixFrom[i + 1])], prefixes, word);
			}
		}), { numRuns: 2000 });
	});

	it('gives a known word the prefix ids it was probed for, and probes again once keys are added', () => {
		const table = new WordTable();
		const funding = table.intern('funding');
		const fund = table.intern('fund', true);
		const prefixesOf = (w: Words) => Array.from({ length: w.count }, (_, i) => [...w.prefixIds.subarray(w.prefixFrom[i], w.prefixFrom[i + 1])]);
		const text = 'Funding funding, FUNDING fundings';
		const first = tokenize(text, 0, text.length, table);
		assert.deepEqual([...first.id], [funding, funding, funding, -1]);
		assert.deepEqual(prefixesOf(first), [[fund], [fund], [fund], [fund]], 'probed, then remembered');
		assert.deepEqual(prefixesOf(tokenize(text, 0, text.length, table)), [[fund], [fund], [fund], [fund]], 'remembered');
		// A longer prefix added after the word was remembered: every word is probed again.
		const fundin = table.intern('fundin', true);
		assert.deepEqual(prefixesOf(tokenize(text, 0, text.length, table)), [[fund, fundin], [fund, fundin], [fund, fundin], [fund, fundin]]);
		// A known word without prefixes stays without them, remembered or not.
		const other = table.intern('funnel');
		assert.deepEqual([...tokenize('funnel Funnel', 0, 13, table).id], [other, other]);
		assert.deepEqual(prefixesOf(tokenize('funnel Funnel', 0, 13, table)), [[], []]);
	});

	it('gives unknown words the prefix ids of the string lookups, cached or not, of every length around 3 * STEM', () => {
		const table = new WordTable();
		for (const p of ['fund', 'funda', 'fundam', 'fundame', 'fundamental', 'fundamentalis', 'fundд', 'fundé']) table.intern(p, true);
		table.intern('fundamentals');
		const expected = (word: string) => {
			const out: number[] = [];
			for (let k = STEM; k <= Math.min(31, word.length); k++) {
				const p = (table.prefixLengths >>> k) & 1 ? table.lookupString(word.slice(0, k), true) : -1;
				if (p >= 0) out.push(p);
			}
			return out;
		};
		// Words that begin alike and differ anywhere after (Latin-1 or not), so that many share a stem,
		// a sig, a tail or a cache entry; each text is tokenized twice (probed, then found in the cache).
		const word = fc.tuple(fc.constantFrom('fund', 'FUND', 'Fund'), fc.array(fc.constantFrom('a', 'm', 'e', 'n', 't', 'l', 'i', 's', 'д', 'é', 'É'), { maxLength: 12 }))
			.map(([stem, rest]) => stem + rest.join(''));
		fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), words => {
			const text = words.join(' ');
			for (let pass = 0; pass < 2; pass++) {
				const w = tokenize(text, 0, text.length, table);
				for (let i = 0; i < w.count; i++) {
					assert.deepEqual([...w.prefixIds.subarray(w.prefixFrom[i], w.prefixFrom[i + 1])], expected(w.word(i)), w.word(i));
				}
			}
		}), { numRuns: 1000 });
		// A prefix added after the words were cached: they are probed again.
		table.intern('fundamen', true);
		const w = tokenize('fundamenta fundamen', 0, 19, table);
		assert.deepEqual([...w.prefixIds], [...expected('fundamenta'), ...expected('fundamen')]);
		assert.ok(expected('fundamen').includes(table.lookupString('fundamen', true)));
	});

	it('gives an unknown word that takes the cache entry of one alike but in its middle, end or length its own prefix ids', () => {
		const entryOf = (w: string) => unknownAt([...w].reduce((h, c) => hashStep(h, c.charCodeAt(0)), HASH_SEED));
		const letters = 'bcdefghijklmnopqrs0123456789àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ';
		const fours = function* () {
			for (let k = 0; k < letters.length ** 4; k++) yield [0, 1, 2, 3].map(d => letters[Math.floor(k / letters.length ** d) % letters.length]).join('');
		};
		// Pairs of words in one entry that differ only in their middle, only in their tail, only in
		// their length (sig, middle and tail alike: "fundbeeeq", "fundbeeeeq"), only in their sig
		// (Latin-1 or not), in a middle that is not Latin-1, or beyond 3 * STEM letters; with prefixes
		// that tell them apart.
		const cases: [(x: string) => [string, string], (other: string) => string[]][] = [
			[x => ['fundamexabcd', 'fund' + x + 'abcd'], () => ['fundame']],
			[x => ['fundamentalx', 'fundamen' + x], () => ['fundamental']],
			[x => ['fund' + x[0] + x[1].repeat(3) + x[2], 'fund' + x[0] + x[1].repeat(4) + x[2]], other => [other.slice(0, 9)]],
			[x => ['fundamexabcd', x + 'amexabcd'], other => [other.slice(0, STEM)]],
			[x => ['домаamexabcd', 'до' + x.slice(0, 2) + 'amexabcd'], other => ['дома', other.slice(0, STEM)]],
			[x => ['fundaдmeabcd', 'fundд' + x.slice(0, 3) + 'abcd'], () => ['funda']],
			[x => ['fundamentalwxyz', 'fundamen' + x.slice(0, 3) + 'wxyz'], () => ['fundamental']],
		];
		for (const [pair, extra] of cases) {
			let first = '', other = '';
			for (const x of fours()) {
				const [a, b] = pair(x);
				if (a !== b && x[1] !== x[2] && entryOf(a) === entryOf(b)) { [first, other] = [a, b]; break; }
			}
			assert.ok(other, pair('bcde').join(' '));
			const table = new WordTable();
			for (const p of ['fund', ...extra(other)]) table.intern(p, true);
			const prefixesOf = (word: string) => [STEM, 5, 7, 9, 11].filter(k => k <= word.length)
				.map(k => table.lookupString(word.slice(0, k), true)).filter(p => p >= 0);
			const text = `${first} ${other} ${first} ${other}`;
			const w = tokenize(text, 0, text.length, table);
			assert.deepEqual(w.slice(0, 4), [first, other, first, other]);
			assert.notDeepEqual(prefixesOf(first), prefixesOf(other), `${first} ${other}`);
			for (let i = 0; i < 4; i++) assert.deepEqual([...w.prefixIds.subarray(w.prefixFrom[i], w.prefixFrom[i + 1])], prefixesOf(w.word(i)), w.word(i));
		}
	});
});
