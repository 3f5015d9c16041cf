/**
 * A line's words read from the whole text's words (the fast path for vote lists) are the words the
 * line tokenized alone gives, and the states found in them are the same; where a word crosses the
 * line's ends, the line is tokenized alone. The whole text's state matches inside a line are the
 * line's own, where none runs across its ends.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { detectGenre } from '../../core/genre';
import { LineIndex } from '../../core/lines';
import { MatchList } from '../../core/phrases';
import { valuesInside, valuesWithin, wordsWithin } from '../../core/lineWords';
import { Gap, tokenize } from '../../core/tokens';
import { trimmedLine } from '../../core/recordLines';
import { segmentVerbatim } from '../../core/verbatim';
import { builtinVocabulary } from '../../core/vocabulary';
import { assertSameWords } from './sameWords';

const vocab = builtinVocabulary();
const lex = vocab.stateLexicon;

/** Names in vote lists, some broken at a line end by a hyphen (joined when the rest begins in lower case). */
const NAMES = ['Albania', 'Bosnia and Herzegovina', 'Bosnia and Herze-\ngovina', 'Bosnia and Herze-\r\ngovina', "Côte d'Ivoire",
	"Cote d'Ivoire", 'Guinea-Bissau', 'Guinea-\nBissau', 'Alba-\nnia', 'Alba-\r\nnia', 'Timor-Leste', 'Tim-\nor-Leste', 'Russian Federation',
	'Russian\nFederation', 'Democratic Republic of the Congo', 'Saint Vincent and the Grenadines', 'United Kingdom', 'the', 'A.', 'In favour:',
	'Against:', 'Abstaining:', 'Infavour1', 'x'];
const SEPARATORS = [', ', ',\n', ',\r\n', '\n', '\r\n', '\r', ' ', '. ', ':\n', '\n\n', ''];

/** The slices a record's vote lists are read from: every trimmed line, and every cut of one (as after a list's header). */
function slicesOf(text: string): [number, number][] {
	const index = new LineIndex(text);
	const out: [number, number][] = [];
	for (let l = 1; l <= index.lineCount; l++) {
		const line = trimmedLine(text, index.starts[l - 1], index.lineEnd(l));
		if (!line) continue;
		for (let s = line.start; s < line.end; s++) out.push([s, line.end]);
	}
	return out;
}

describe('words of a line from the whole text', function () {
	this.timeout(30_000);
	const text = fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 14 })
		.map(parts => parts.map(([n, s]) => n + s).join(''));

	it('are the words of the slice tokenized alone, and name the same states, or are not used', () => {
		let reused = 0, fellBack = 0, matchesReused = 0, matchesCrossed = 0;
		fc.assert(fc.property(text, t => {
			const words = tokenize(t, 0, t.length, vocab.words);
			const matches = lex.scan(words, 0, words.count, new MatchList());
			for (const [s, e] of slicesOf(t)) {
				const slice = t.slice(s, e);
				const what = `${JSON.stringify(slice)} of ${JSON.stringify(t)}`;
				const alone = tokenize(slice, 0, slice.length, vocab.words);
				const range = wordsWithin(words, s, e);
				if (range) {
					reused++;
					assertSameWords(words, range[0], range[1], alone, s, what);
					// The whole text's matches inside the slice are the slice's own, unless one runs across an end.
					const inside = valuesInside(matches, range[0], range[1]);
					if (inside) {
						matchesReused++;
						assert.deepEqual(inside, lex.matchAll(alone).map(m => m.value), `${what}: matches inside`);
					} else {
						matchesCrossed++;
						const crossed = (k: number, at: number) => matches.first[k] < at && matches.last[k] >= at;
						assert.ok(Array.from({ length: matches.count }, (_, k) => k).some(k => crossed(k, range[0]) || crossed(k, range[1])), `${what}: no match crosses its ends`);
					}
				} else {
					fellBack++;
					// Null only where a word of the whole text runs across an end of the slice.
					const crosses = Array.from({ length: words.count }, (_, i) => i)
						.some(i => (words.start[i] < s && words.end[i] > s) || (words.start[i] < e && words.end[i] > e));
					assert.ok(crosses, `${what}: no word crosses its ends`);
				}
				assert.deepEqual(valuesWithin(lex, t, s, e, vocab.words, words), lex.matchAll(alone).map(m => m.value), what);
				assert.deepEqual(valuesWithin(lex, t, s, e, vocab.words, null), lex.matchAll(alone).map(m => m.value), what);
				assert.deepEqual(valuesWithin(lex, t, s, e, vocab.words, words, matches), lex.matchAll(alone).map(m => m.value), what);
			}
		}), { numRuns: 300 });
		// Every path was taken, many times.
		assert.ok(reused > 1000 && fellBack > 100, `reused ${reused}, fell back ${fellBack}`);
		assert.ok(matchesReused > 1000 && matchesCrossed > 100, `matches reused ${matchesReused}, crossing an end ${matchesCrossed}`);
	});

	it('fall back where a hyphenated word is joined across the line end', () => {
		for (const br of ['\n', '\r\n']) {
			const t = `In favour:${br}Albania, Bosnia and Herze-${br}govina, Chad${br}Denmark`;
			const words = tokenize(t, 0, t.length, vocab.words);
			const first = t.indexOf('Albania'), firstEnd = t.indexOf(br, first);
			const second = t.indexOf('govina'), secondEnd = t.indexOf(br, second);
			// Neither line's own words are the whole text's there: "Herzegovina" spans both.
			assert.equal(wordsWithin(words, first, firstEnd), null);
			assert.equal(wordsWithin(words, second, secondEnd), null);
			assert.deepEqual(valuesWithin(lex, t, first, firstEnd, vocab.words, words).map(v => v.name), ['Albania']);
			assert.deepEqual(valuesWithin(lex, t, second, secondEnd, vocab.words, words).map(v => v.name), ['Chad']);
			// The last line, with no break after it, and the header's line are read from the whole text's words.
			const last = t.indexOf('Denmark');
			const range = wordsWithin(words, last, t.length);
			assert.ok(range);
			assert.equal(words.word(range[0]), 'Denmark');
			assert.equal(words.gapBefore[range[0]], Gap.Join);
			assert.deepEqual(valuesWithin(lex, t, last, t.length, vocab.words, words).map(v => v.name), ['Denmark']);
			assert.ok(wordsWithin(words, 0, t.indexOf(br)));
		}
	});

	it('fall back where the slice cuts a word', () => {
		const t = "In favour Côte d'Ivoire, Chad";
		const words = tokenize(t, 0, t.length, vocab.words);
		const cut = t.indexOf('ô');
		assert.equal(wordsWithin(words, cut, t.length), null);
		assert.deepEqual(valuesWithin(lex, t, cut, t.length, vocab.words, words).map(v => v.name), ['Chad']);
	});

	it('read the corpus records as their lines tokenized alone do', function () {
		// As corpus.test.ts: the corpus sits beside the repository, and the test is skipped without it.
		const dir = path.resolve(__dirname, '../../../../../shared/corpus');
		const files: string[] = [];
		const walk = (d: string) => { for (const f of fs.readdirSync(d)) { const p = path.join(d, f); if (fs.statSync(p).isDirectory()) walk(p); else if (f.endsWith('.txt')) files.push(p); } };
		if (fs.existsSync(dir)) walk(dir);
		if (files.length === 0) this.skip();
		let voters = 0;
		for (const f of files) {
			const text = fs.readFileSync(f, 'utf8');
			if (detectGenre(text).genre !== 'verbatim-record') continue;
			const index = new LineIndex(text);
			const words = tokenize(text, 0, text.length, vocab.words);
			const alone = segmentVerbatim(text, index, vocab);
			for (const v of alone.votes) voters += v.inFavour.length + v.against.length + v.abstaining.length;
			assert.deepEqual(segmentVerbatim(text, index, vocab, words), alone, f);
			assert.deepEqual(segmentVerbatim(text, index, vocab, words, lex.scan(words, 0, words.count, new MatchList())), alone, f);
		}
		assert.ok(voters > 1000, `only ${voters} votes in the corpus records`);
	});
});
