/** Who a speaker speaks for, read from the opening of a statement. */
import assert from 'node:assert/strict';
import { onBehalfOf, resolveAffiliation, resolveAnew, UNITED_NATIONS } from '../../core/affiliation';
import { builtinVocabulary, compileVocabulary } from '../../core/vocabulary';

const vocab = builtinVocabulary();

describe('on behalf of', () => {
	it('reads the groups and states named after "on behalf of", "speak for", "in the name of"', () => {
		assert.deepEqual(onBehalfOf('I have the honour to speak on behalf of Germany and Belgium.', null, vocab), ['Germany', 'Belgium']);
		assert.deepEqual(onBehalfOf('I speak for Brazil, India and South Africa.', null, vocab), ['Brazil', 'India', 'South Africa']);
		assert.deepEqual(onBehalfOf('In the name of Norway, I thank you.', null, vocab), []);
		assert.deepEqual(onBehalfOf('I speak in the name of Norway.', null, vocab), ['Norway']);
	});

	it('reads a bare "for" only before the three African members', () => {
		const a3 = onBehalfOf('I speak today for the three African members of the Council.', null, vocab);
		assert.equal(a3.length, 1);
		assert.match(a3[0], /^three African members/);
		assert.deepEqual(onBehalfOf('I speak today for the people of Norway.', null, vocab), []);
		// Such a phrase runs on to the sentence end, so no later "for" inside it is read.
		assert.deepEqual(onBehalfOf('We speak today for the 3 African members and also for Norway.', null, vocab), []);
		assert.deepEqual(onBehalfOf('We speak today for the African members and also for Norway.', null, vocab), ['Norway']);
	});

	it('leaves out the speaker\'s own state and statements made by others', () => {
		assert.deepEqual(onBehalfOf('I speak on behalf of Germany and Belgium.', 'Germany', vocab), ['Belgium']);
		assert.deepEqual(onBehalfOf('We align ourselves with the statement made on behalf of the European Union.', null, vocab), []);
	});
});

describe('affiliations in parentheses', () => {
	it('resolves a spelling asked again as it resolved it the first time, and as without memory', () => {
		const spellings = ['France', 'france', 'Viet Nam', 'the Niger', 'Bolivia (Plurinational State of)', 'Holy See', 'State of Palestine',
			'European Union', 'African Union', 'Department of Political and Peacebuilding Affairs', 'Office for Disarmament Affairs',
			'Secretariat', 'United Nations', 'Nowhereland', 'Côte d’Ivoire', "Cote d'Ivoire", '  France  ', ''];
		for (let round = 0; round < 3; round++) {
			for (const raw of spellings) assert.deepEqual(resolveAffiliation(raw, vocab), resolveAnew(raw, vocab), raw);
		}
		// The United Nations is returned as the one constant, which callers compare by identity.
		assert.equal(resolveAffiliation('Secretariat', vocab), UNITED_NATIONS);
		assert.equal(resolveAnew('Secretariat', vocab), UNITED_NATIONS);
		assert.deepEqual(resolveAffiliation('France', vocab), { name: 'France', kind: 'state' });
		assert.deepEqual(resolveAffiliation('Holy See', vocab), { name: 'Holy See', kind: 'observer' });
	});

	it('keeps its answers apart by vocabulary', () => {
		const other = compileVocabulary([]);
		assert.notEqual(other, vocab);
		assert.deepEqual(resolveAffiliation('France', other), resolveAnew('France', other));
		assert.deepEqual(resolveAffiliation('Nowhereland', other), { name: 'Nowhereland', kind: 'organization' });
	});
});
