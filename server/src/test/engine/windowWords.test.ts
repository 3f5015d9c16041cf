/**
 * A window's words read from the whole text's words (the fast path for the first sentences of a
 * coverage release's paragraphs) are the words the window tokenized alone gives; where a word crosses
 * an end of the window it is tokenized alone. A paragraph's speaker is the same either way.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { segmentCoverage } from '../../core/coverage';
import { introduceSpeaker } from '../../core/coverageSpeakers';
import { detectGenre } from '../../core/genre';
import { LineIndex } from '../../core/lines';
import { windowWords } from '../../core/lineWords';
import { tokenize } from '../../core/tokens';
import { builtinVocabulary } from '../../core/vocabulary';
import { assertSameWords } from './sameWords';

const vocab = builtinVocabulary();

/** Pieces of coverage prose: speakers of every form the engine reads, names long enough to cross 120 units, separators. */
const PIECES = ['Kaja Kallas', 'Prime Minister of Estonia', 'said', 'The representative of China said', "China's representative",
	'the speaker for Tunisia', 'Speaking after the vote', 'the representative of the United Kingdom of Great Britain and Northern Ireland',
	'Introducing the draft', 'PEKKA LINDGREN-AHO (Finland) said', 'Assembly President Jan Eliasson (Sweden), who chaired the hearing, said',
	'the United Nations political affairs chief said today', 'Maria Fernanda Espinosa Garcés de la Torre Villavicencio', 'Côte d’Ivoire',
	'Bosnia and Herze-\ngovina', 'St. Lucia', 'Under-Secretary-General for Political and Peacebuilding Affairs', 'Mr. Türk', 'the', 'A.',
	'Security Council', 'peace-\nkeeping', 'Sudanese', 'South Sudan', 'United', 'Democratic Republic of the', 'x'];
const SEPARATORS = [' ', ', ', '. ', ' (', ') ', '\n', '-', '’s ', ''];

const prose = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 16 })
	.map(parts => parts.map(([p, s]) => p + s).join(''));

describe('words of a window from the whole text', function () {
	this.timeout(60_000);

	it('are the words of the window tokenized alone, or the window is tokenized alone', () => {
		let reused = 0, fellBack = 0;
		fc.assert(fc.property(prose, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (text, a, b, c, d) => {
			const whole = tokenize(text, 0, text.length, vocab.words);
			// A slice of the text at `offset` (as a paragraph), and a window [from, to) of that slice.
			const offset = a % (text.length + 1), length = b % (text.length - offset + 1);
			const source = text.slice(offset, offset + length);
			const from = c % (length + 1), to = from + d % (length - from + 1);
			const alone = tokenize(source, from, to, vocab.words);
			const got = windowWords(source, from, to, vocab.words, whole, offset);
			const what = `[${from}, ${to}) of ${JSON.stringify(source)} in ${JSON.stringify(text)}`;
			if (got.words === whole) reused++;
			else {
				fellBack++;
				// Tokenized alone only where a word of the whole text runs across an end of the window.
				const s = offset + from, e = offset + to;
				const crosses = Array.from({ length: whole.count }, (_, i) => i)
					.some(i => (whole.start[i] < s && whole.end[i] > s) || (whole.start[i] < e && whole.end[i] > e));
				assert.ok(crosses, `${what}: no word crosses its ends`);
			}
			assertSameWords(got.words, got.first, got.to, alone, got.base, what);
		}), { numRuns: 3000 });
		assert.ok(reused > 300 && fellBack > 300, `reused ${reused}, fell back ${fellBack}`);
	});

	it('give the speaker the paragraph tokenized alone gives', () => {
		let found = 0;
		const before = fc.constantFrom('', 'Intro.\n', 'peace-\n', 'x', '\n\n', 'He said.\n', 'United ');
		// A name that the paragraph's last words begin goes on after it: no match may run out of the paragraph.
		const after = fc.constantFrom('', 'x', '\n\n', ' Kingdom of Great Britain and Northern Ireland said', ' Congo said', '-\nnia');
		fc.assert(fc.property(before, prose, after, fc.boolean(), fc.boolean(), (before, para, after, lead, afterLead) => {
			// A paragraph holds no line break (else it is folded and not the text's slice).
			para = para.replace(/\n/g, ' ');
			const text = before + para + after;
			const whole = tokenize(text, 0, text.length, vocab.words);
			const alone = introduceSpeaker(para, before.length, vocab, lead, afterLead);
			if (alone) found++;
			assert.deepEqual(introduceSpeaker(para, before.length, vocab, lead, afterLead, whole), alone, JSON.stringify(text));
		}), { numRuns: 3000 });
		assert.ok(found > 300, `only ${found} paragraphs introduced a speaker`);
	});

	it('find no name that runs on out of the paragraph', () => {
		// Each paragraph's last word begins a longer name that the text goes on with.
		for (const [para, after] of [['The representative of the United', ' Kingdom of Great Britain and Northern Ireland said.'],
			['Kaja Kallas, Prime Minister of the United', ' Kingdom of Great Britain and Northern Ireland, said.'],
			['Speaking for the Democratic Republic of the', ' Congo, the representative of the Democratic Republic of the Congo said.']]) {
			const text = 'Intro.\n' + para + after;
			const whole = tokenize(text, 0, text.length, vocab.words);
			const alone = introduceSpeaker(para, 7, vocab, true);
			assert.deepEqual(introduceSpeaker(para, 7, vocab, true, false, whole), alone, para);
		}
		// The paragraph's own words find no one there; the text's would have found the United Kingdom.
		assert.equal(introduceSpeaker('The representative of the United', 0, vocab, false), null);
		assert.equal(introduceSpeaker('The representative of the United Kingdom said.', 0, vocab, false)?.speaker.affiliation,
			'United Kingdom');
	});

	it('segment the corpus releases as their paragraphs tokenized alone do', function () {
		// As corpus.test.ts: the corpus sits beside the repository, and the test is skipped without it.
		const dir = path.resolve(__dirname, '../../../../../shared/corpus');
		const files: string[] = [];
		const walk = (d: string) => { for (const f of fs.readdirSync(d)) { const p = path.join(d, f); if (fs.statSync(p).isDirectory()) walk(p); else if (f.endsWith('.txt')) files.push(p); } };
		if (fs.existsSync(dir)) walk(dir);
		let releases = 0;
		for (const f of files) {
			const text = fs.readFileSync(f, 'utf8');
			if (detectGenre(text).genre !== 'meeting-coverage') continue;
			releases++;
			const index = new LineIndex(text);
			const words = tokenize(text, 0, text.length, vocab.words);
			assert.deepEqual(segmentCoverage(text, index, vocab, words), segmentCoverage(text, index, vocab), f);
		}
		if (files.length === 0) this.skip();
		assert.ok(releases > 0);
	});
});
