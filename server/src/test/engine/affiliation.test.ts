/** Who a speaker speaks for, read from the opening of a statement. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { affiliationFromTitle, BEHALF, holdsBehalfNeedle, onBehalfOf, resolveAffiliation, resolveAnew, UNITED_NATIONS } from '../../core/affiliation';
import { tokenize } from '../../core/tokens';
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

describe('the needle test before the on-behalf-of scan', () => {
	const holdsOne = (t: string) => BEHALF.needles.some(n => t.includes(n));
	const anyMatch = (t: string) => new RegExp(BEHALF.pattern.source, 'g').test(t);

	it('finds each needle wherever it stands, and near misses are not needles', () => {
		for (const needle of BEHALF.needles) {
			for (const t of [needle, `${needle} `, `x ${needle} Norway`, `éé${needle}`, `of of for ${needle}`]) assert.equal(holdsBehalfNeedle(t), true, t);
		}
		for (const t of ['', 'f', 'of', 'for', 'for the African', 'on behalf', 'behalf of', 'speakfor', 'in the name', 'name of', 'alsofor',
			'speaking fo', 'for the three Afric', 'for the 4 African', 'On behalf of', 'In the name of Norway', 'Speak for']) {
			assert.equal(holdsBehalfNeedle(t), false, t);
		}
	});

	it('agrees with a search for every needle, and where it finds none the pattern matches nowhere (property)', () => {
		const pieces = [...BEHALF.needles, ...BEHALF.needles.map(n => n.slice(0, -1)), ...BEHALF.needles.map(n => n.slice(1)),
			'f', 'o', 'of', 'for', ' ', '  ', 'l', 'a', 'beha', 'speak', 'speaking', 'also', 'name', 'in the', 'Africa', 'African', 'three', '3',
			'the', 'é', '\n', 'Norway', 'Group of 77', 'x'];
		const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map(a => a.join(''));
		fc.assert(fc.property(text, t => {
			assert.equal(holdsBehalfNeedle(t), holdsOne(t));
			if (!holdsBehalfNeedle(t)) assert.equal(anyMatch(t), false);
		}), { numRuns: 5000 });
	});
});

describe('the parties named, read from the whole text\'s words', () => {
	/** onBehalfOf of text[start, end) with the text's words, and without. */
	const both = (text: string, start: number, end: number) => {
		const words = tokenize(text, 0, text.length, vocab.words);
		return [onBehalfOf(text.slice(start, end), null, vocab, words, start), onBehalfOf(text.slice(start, end), null, vocab)];
	};

	it('finds what the opening tokenized alone finds', () => {
		const text = 'Mr. Dupont (France): I speak on behalf of Germany, Belgium and the Netherlands. We also speak for the European Union AND the African Union.';
		const [withWords, alone] = both(text, text.indexOf(':') + 1, text.length);
		for (const party of ['Germany', 'Belgium', 'European Union', 'African Union']) assert.ok(alone.includes(party), alone.join());
		assert.deepEqual(withWords, alone);
	});

	it('agrees with tokenizing the opening alone, wherever the opening is cut and however spaced (property)', () => {
		const pieces = ['on behalf of ', 'speak for ', 'in the name of ', 'Germany', 'Belgium', 'South Africa', 'the European Union', 'Group of 77',
			' and ', ' AND ', ' And ', ', ', ' the ', ' THE ', '  ', '\n', '\t', 'x', '-', 'peace-\nkeeping ', 'Mr. A (Chile): ', '.', 'é'];
		const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map(a => a.join(''));
		fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
			const start = a % (t.length + 1), end = start + b % (t.length - start + 1);
			const [withWords, alone] = both(t, start, end);
			assert.deepEqual(withWords, alone);
		}), { numRuns: 3000 });
	});
});

describe('the affiliation of a title read from the whole text\'s words', () => {
	it('is the one the title tokenized alone gives, wherever the title is cut (property)', () => {
		const pieces = ['Prime Minister of Estonia', 'Under-Secretary-General for Political and Peacebuilding Affairs', 'Chief Monitor of the OSCE',
			'Special Monitoring Mission', 'Special Representative of the Chairperson-in-Office of the OSCE', 'of the Secretary-General',
			'Minister of State for the Commonwealth', 'of the United Kingdom of Great Britain and Northern Ireland', 'African Union', 'United Nations',
			'Director of', 'the', 'European Union', 'Viet Nam', ', ', ' ', '  ', '\n', 'x', 'peace-\nkeeping', 'Xyzzyplugh'];
		const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map(a => a.join(' '));
		let named = 0;
		fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
			const start = a % (t.length + 1), end = start + b % (t.length - start + 1);
			const title = t.slice(start, end), words = tokenize(t, 0, t.length, vocab.words);
			const alone = affiliationFromTitle(title, vocab);
			if (alone) named++;
			assert.deepEqual(affiliationFromTitle(title, vocab, words, start), alone, JSON.stringify([t, start, end]));
		}), { numRuns: 3000 });
		assert.ok(named > 300, `only ${named} titles named anyone`);
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
