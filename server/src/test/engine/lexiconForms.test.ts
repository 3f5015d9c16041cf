/**
 * Every form the built-in lexicon lists for an institution (name, variants, acronym), and every cue
 * of a theme or stance, must be found where a text prints it: a form the engine can never match is
 * dead data, and the users who read it in the data expect it to work.
 */
import assert from 'node:assert/strict';
import institutions from '../../../data/institutions.json';
import stances from '../../../data/stances.json';
import themes from '../../../data/themes.json';
import { analyze } from '../../core/analyze';
import { tokenize } from '../../core/tokens';
import { builtinVocabulary } from '../../core/vocabulary';

/** A short verbatim record in which one delegate names `form` twice. */
function recordNaming(form: string): string {
	return ['UNITED NATIONS', 'Security Council', 'S/PV.9999', '',
		'The President: I give the floor to the representative of France.', '',
		`Mr. Durand (France) (spoke in French): We thank the ${form} for its work, and we will meet the ${form} again.`, ''].join('\n');
}

describe('lexicon forms', () => {
	it('finds each institution by every form the lexicon lists for it', () => {
		const missed: string[] = [];
		for (const entry of institutions.institutions) {
			const forms = [entry.name, ...entry.variants, ...(entry.acronym ? [entry.acronym] : [])];
			for (const form of forms) {
				const found = analyze(recordNaming(form)).institutions.find(i => i.id === entry.id);
				// (The record's heading names the Security Council on a line of its own.)
				if (found?.mentions.filter(m => m.line === 7).length !== 2) missed.push(form);
			}
		}
		// A sign inside a name reads as a break between its words, which no walk crosses (a full stop
		// after an abbreviation excepted): "5+5" is the one such form, noted as a limit.
		assert.deepEqual(missed, ['5+5 Joint Military Commission']);
	});

	it('finds each theme and stance cue with its own theme or stance', () => {
		const vocab = builtinVocabulary();
		const valuesIn = (sentence: string) => vocab.cues.matchAll(tokenize(sentence, 0, sentence.length, vocab.words)).map(m => m.value);
		const cues = [
			...themes.themes.flatMap(t => t.cues.map(cue => ({ cue, is: (v: { theme?: string }) => v.theme === t.id }))),
			...stances.stances.flatMap(s => s.cues.map(cue => ({ cue, is: (v: { stance?: string }) => v.stance === s.id }))),
		];
		const missed: string[] = [];
		for (const { cue, is } of cues) {
			// A prefix ("encourag*") must be found in some word it begins; a word, as it is.
			const forms = cue.endsWith('*') ? ['', 'e', 'es', 'ed', 'ing', 's', 'ment'].map(end => cue.slice(0, -1) + end) : [cue];
			if (!forms.some(form => valuesIn(`We said that ${form} matters.`).some(is))) missed.push(cue);
		}
		assert.deepEqual(missed, []);
		// Of two cues as long, the one that names the word wins over a prefix: "encouraging" welcomes.
		assert.deepEqual(valuesIn('This is encouraging.').map(v => v.stance), ['welcomes']);
		assert.deepEqual(valuesIn('It encourages the parties.').map(v => v.stance), ['calls-for']);
	});
});
