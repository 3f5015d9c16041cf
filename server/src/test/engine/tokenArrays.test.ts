/**
 * The tokenizer's fast paths against slower definitions: short texts are scanned into arrays shared
 * by every call and copied out (into slabs of memory shared by many results, or a buffer of the
 * result's own), long ones into arrays of their own; a word's prefixes are probed
 * with the hash its scan already made, where a word joined across a line break goes through
 * strings; a word's Initial bits come from one table. Each pair must agree.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dropScratch } from '../../core/analyze';
import { Initial, isCapitalized, tokenize, Words } from '../../core/tokens';
import { builtinVocabulary } from '../../core/vocabulary';
import { STEM } from '../../core/wordTable';

const vocab = builtinVocabulary();

/** Every field of word i, with offsets made relative to `base` and its prefix ids listed. */
function wordAt(w: Words, i: number, base: number): unknown[] {
	return [w.word(i), w.start[i] - base, w.end[i] - base, w.id[i], w.initial[i], [...w.prefixIds.subarray(w.prefixFrom[i], w.prefixFrom[i + 1])]];
}

/** A prose-like text of `paragraphs` paragraphs, with cue words (and their prefixes) among plain ones. */
function prose(paragraphs: number): string {
	const pool = ['The', 'Security', 'Council', 'terrorism', 'terrorist', 'humanitarian', 'peace-\nkeeping', 'Member', 'States', 'resolution', 'of', 'and', '1325', 'Éric', 'дом', 'sanctions', 'Secretary-General’s', 'report', 'Ukraine', 'Mali'];
	const out: string[] = [];
	for (let p = 0; p < paragraphs; p++) {
		const words: string[] = [];
		for (let k = 0; k < 40 + (p * 7) % 30; k++) words.push(pool[(p * 31 + k * 17) % pool.length] + ((k + p) % 9 === 8 ? ',' : ''));
		out.push(words.join(' ') + '.');
	}
	return out.join('\n\n');
}

describe('tokenizer arrays and fast paths', function () {
	this.timeout(30_000);

	it('a long text (arrays of its own) reads as its paragraphs tokenized one by one (shared arrays)', () => {
		const text = prose(400);
		assert.ok(text.length > 5 * 4096 * 2, 'long enough to get arrays of its own');
		const whole = tokenize(text, 0, text.length, vocab.words);
		let i = 0;
		for (let from = 0; from < text.length;) {
			const to = text.indexOf('\n\n', from) < 0 ? text.length : text.indexOf('\n\n', from);
			const part = tokenize(text, from, to, vocab.words);
			assert.ok(part.count > 0);
			for (let k = 0; k < part.count; k++, i++) {
				assert.deepEqual(wordAt(part, k, 0), wordAt(whole, i, 0), `word ${i}`);
				if (k > 0) assert.equal(part.gapBefore[k], whole.gapBefore[i], `gap before word ${i}`);
			}
			from = to + 2;
		}
		assert.equal(i, whole.count);
	});

	it('keeps the words of a short text intact through later calls', () => {
		const first = tokenize('Security Council resolution 2334 on terrorism', 0, 45, vocab.words);
		const before = Array.from({ length: first.count }, (_, i) => wordAt(first, i, 0));
		for (let k = 0; k < 50; k++) tokenize(`Member States ${k} and the humanitarian situation in Mali`, 0, 40, vocab.words);
		assert.deepEqual(Array.from({ length: first.count }, (_, i) => wordAt(first, i, 0)), before);
		assert.equal(first.start.length, first.count, 'arrays cut to the word count');
		assert.equal(first.prefixFrom.length, first.count + 1);
	});

	it('cuts a short text’s arrays from shared slabs, a larger one’s from a buffer of its own, and none changes later', () => {
		const text = prose(120);
		const whole = tokenize(text, 0, text.length, vocab.words);
		// Word counts around the native copy's threshold (64), the slab's largest cut (about 227 words) and past the shared arrays (4096).
		const counts = [1, 2, 3, 7, 16, 17, 50, 63, 64, 65, 226, 227, 228, 300, 1000, 4000];
		const parts: { words: Words; first: number }[] = [];
		for (let round = 0; round < 40; round++) {
			for (const count of counts) {
				const first = (round * 131 + count * 7) % (whole.count - count);
				parts.push({ words: tokenize(text, whole.start[first], whole.end[first + count - 1], vocab.words), first });
			}
		}
		for (const { words, first } of parts) {
			for (let k = 0; k < words.count; k++) {
				assert.deepEqual(wordAt(words, k, 0), wordAt(whole, first + k, 0), `word ${first + k}`);
				if (k > 0) assert.equal(words.gapBefore[k], whole.gapBefore[first + k]);
			}
			assert.equal(words.start.length, words.count);
			assert.equal(words.initial.length, words.count);
			assert.equal(words.prefixFrom.length, words.count + 1);
		}
		assert.ok(whole.count > 4000 + 200, 'the text is long enough for every count');
	});

	it('grows past the estimate of words, from the shared arrays and from its own', () => {
		for (const count of [5000, 40_000]) {
			const text = Array.from({ length: count }, (_, k) => 'abcdefghij'[k % 10]).join(' ');
			const w = tokenize(text, 0, text.length, vocab.words);
			assert.equal(w.count, count);
			for (const i of [0, 1, 4095, 4096, 4097, count - 1]) {
				assert.equal(w.start[i], 2 * i);
				assert.equal(w.word(i), text[2 * i]);
			}
		}
	});

	it('reuses a released long text’s memory for the next one, which reads as if tokenized afresh', () => {
		dropScratch(); // (memory kept by earlier tests would be handed out first)
		const first = prose(400), second = prose(300);
		const held = tokenize(second, 0, second.length, vocab.words);
		const expected = Array.from({ length: held.count }, (_, i) => wordAt(held, i, 0));
		const a = tokenize(first, 0, first.length, vocab.words);
		a.release();
		a.release(); // (a second release hands nothing back twice)
		const b = tokenize(second, 0, second.length, vocab.words);
		assert.equal(b.start.buffer, a.start.buffer, 'the released memory is used again');
		// Prefix ids too (written into a scratch array, grown from its first size, and copied out).
		assert.ok(a.prefixIds.length > 4096 && b.prefixIds.length > 0);
		assert.equal(b.prefixIds.buffer, a.prefixIds.buffer, 'the released prefix ids’ memory is used again');
		assert.deepEqual(Array.from({ length: b.count }, (_, i) => wordAt(b, i, 0)), expected);
		for (let i = 1; i < b.count; i++) assert.equal(b.gapBefore[i], held.gapBefore[i], `gap before word ${i}`);
		assert.equal(b.start.length, b.count);
		assert.equal(b.prefixFrom.length, b.count + 1);
		// Words still held are never handed out again.
		const c = tokenize(second, 0, second.length, vocab.words);
		assert.notEqual(c.start.buffer, b.start.buffer);
		assert.notEqual(c.prefixIds.buffer, b.prefixIds.buffer);
		// A short text's words are not a buffer of their own: releasing them hands nothing back.
		tokenize('Security Council', 0, 16, vocab.words).release();
		b.release();
		assert.equal(tokenize(first, 0, first.length, vocab.words).start.buffer, b.start.buffer, 'the larger buffer kept');
	});

	it('probes prefixes with the scan’s hash as the string path does, and reads Initial bits as the first character', () => {
		// Cues ending in * (weapon*, peacekeep*, countr*, fund*, condemn*) and words near them.
		const words = ['weapon', 'weapons', 'Weaponry', 'weap', 'peacekeeping', 'PEACEKEEPERS', 'peacekee', 'country', 'countries', 'Countr', 'fund', 'funds', 'Funding', 'condemns', 'condemnation', 'terrorism', 'humanitär', 'ÉCONOMIE', '2334', 'a', 'an', 'дом'];
		let withPrefixes = 0;
		const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }).map(ws => ws.join(' '));
		fc.assert(fc.property(text, t => {
			const w = tokenize(t, 0, t.length, vocab.words);
			for (let i = 0; i < w.count; i++) {
				const word = w.word(i);
				const expected: number[] = [];
				for (let k = STEM; k <= Math.min(31, word.length); k++) {
					if ((vocab.words.prefixLengths >>> k) & 1) {
						const p = vocab.words.lookupString(word.slice(0, k), true);
						if (p >= 0) expected.push(p);
					}
				}
				assert.deepEqual([...w.prefixIds.subarray(w.prefixFrom[i], w.prefixFrom[i + 1])], expected, word);
				if (expected.length > 0) withPrefixes++;
				assert.equal(w.id[i], vocab.words.lookupString(word), word);
				const c = word.charCodeAt(0);
				const initial = c >= 97 && c <= 122 ? Initial.AsciiLower : c >= 48 && c <= 57 ? Initial.AsciiDigit : isCapitalized(word) ? Initial.Upper : 0;
				assert.equal(w.initial[i], initial, word);
			}
		}));
		assert.ok(withPrefixes > 100, 'the words did carry prefixes');
	});
});
