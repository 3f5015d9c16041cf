/**
 * The words of a coverage paragraph's name window read from the whole text even where the window
 * (120 units) cuts its last word: namedPerson finds the speaker it finds with the window tokenized
 * alone, since it reads neither that word for a name nor, past a word no lexicon knows, in a walk.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { introduceSpeaker, nameWindowWords } from '../../core/coverageSpeakers';
import { tokenize } from '../../core/tokens';
import { builtinVocabulary } from '../../core/vocabulary';

const vocab = builtinVocabulary();

// Names and titles of many words, known to the lexicons or not, so that windows cut at 120 units
// cut a word after seven or more, with and without an unknown word before the cut.
const PIECES = ['Kaja Kallas', 'Maria Fernanda Espinosa Garcés', 'Prime Minister of Estonia', 'said', 'Council President for June',
	'United Kingdom of Great Britain and Northern Ireland', 'Office of the United Nations High Commissioner for Refugees',
	'Democratic Republic of the Congo', 'Saint Vincent and the Grenadines', 'Under-Secretary-General for Political and Peacebuilding Affairs',
	'Assembly President', 'Jan Eliasson (Sweden)', 'who chaired the hearing', 'United Nations', 'Security Council', 'African Union',
	'Xyzzyplugh', 'Qwertyuiopasdfghjkl', 'the', 'of', 'and', 'China', 'Estonia', 'Internationalization'];
const SEPARATORS = [' ', ', ', ' (', ') ', ''];
const prose = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 20 })
	.map(parts => parts.map(([p, s]) => p + s).join(''));
// A paragraph opening as namedPerson reads one: a name (or a state), a title, a verb, and more.
const OPENERS = ['Kaja Kallas', 'Maria Fernanda Espinosa Garcés de la Torre', 'Assembly President Jan Eliasson (Sweden)', 'China', 'Xyzzyplugh Kallas',
	'Jan Eliasson Xyzzyplugh Qwertyuiopasdfghjkl Kallas Garcés Espinosa Torre'];
const paragraph = fc.tuple(fc.constantFrom(...OPENERS), prose, fc.constantFrom(', said', ', said that', ' said', ''), prose)
	.map(([name, title, verb, rest]) => `${name}, ${title}${verb} ${rest}`);

describe('name windows cut inside a word', function () {
	this.timeout(60_000);

	it('give the speaker the paragraph tokenized alone gives (property)', () => {
		let cutAndReused = 0, found = 0;
		fc.assert(fc.property(fc.constantFrom('', 'Intro.\n', 'x '), paragraph, fc.constantFrom('', ' said.', 'ization'), fc.boolean(), fc.boolean(),
			(before, para, after, lead, afterLead) => {
				const text = before + para + after;
				const whole = tokenize(text, 0, text.length, vocab.words);
				const alone = introduceSpeaker(para, before.length, vocab, lead, afterLead);
				if (alone) found++;
				assert.deepEqual(introduceSpeaker(para, before.length, vocab, lead, afterLead, whole), alone, JSON.stringify(text));
				// How often the window of the paragraph's start was cut in a word and still read from the text.
				const to = Math.min(para.length, 120), cutInWord = /\w/.test(para[to - 1] ?? '') && /\w/.test(para[to] ?? '');
				if (cutInWord && nameWindowWords(para, 0, to, vocab, whole, before.length).words === whole) cutAndReused++;
			}), { numRuns: 3000 });
		assert.ok(found > 100, `only ${found} paragraphs introduced a speaker`);
		assert.ok(cutAndReused > 100, `only ${cutAndReused} cut windows read from the text`);
	});

	it('are tokenized alone where a walk could reach the cut word, or a name could (the conditions the reuse rests on)', () => {
		// Every word before the cut is one the vocabulary knows: a walk from the first could go on into it.
		const known = 'United Kingdom of Great Britain and Northern Ireland and the United Kingdom of Great Britain and Northern Ireland and the Congo';
		const text = known + ' said.';
		const whole = tokenize(text, 0, text.length, vocab.words);
		assert.notEqual(nameWindowWords(text, 0, 120, vocab, whole, 0).words, whole);
		// Six words before the cut: a name of seven would read the cut one.
		const short = 'Kaja Kallas Xyzzyplugh Xyzzyplugh Xyzzyplugh Xyzzyplugh Qwertyuiopasdfghjklqwertyuiopasdfghjklqwertyuiopasdfghjklqwertyuiop said.';
		const shortWords = tokenize(short, 0, short.length, vocab.words);
		assert.notEqual(nameWindowWords(short, 0, 120, vocab, shortWords, 0).words, shortWords);
		// Seven words and an unknown one among them: read from the text.
		const long = 'Kaja Kallas Xyzzyplugh of the United Nations Security Council and the African Union Internationalization said.';
		const longText = long + long;
		const longWords = tokenize(longText, 0, longText.length, vocab.words);
		assert.equal(nameWindowWords(longText, 0, 120, vocab, longWords, 0).words, longWords);
	});
});
