/** Speaker labels of verbatim records, including the forms OCR and old records produce. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countSpaces, looksLikeBrokenLabel, mayOpenLabelAt, parseLabel, trimAndCollapse } from '../../core/labels';

describe('speaker labels', () => {
	const cases: [string, { name?: string | null; office?: string | null; affiliation?: string | null; title?: string | null }][] = [
		['Mr. Delattre (France) (spoke in French): France welcomes', { name: 'Delattre', affiliation: 'France' }],
		['Mr. INDERFURTH (United States of America): On behalf of', { name: 'INDERFURTH', affiliation: 'United States of America' }],
		['Mr. Ma Zhaoxu (China) (spoke in Chinese): The United Nations', { name: 'Ma Zhaoxu', affiliation: 'China' }],
		['Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee: It is a great honour', { name: 'Garayev', affiliation: 'Azerbaijan', title: 'Rapporteur of the Third Committee' }],
		['Mr. Llorentty Solíz (Bolivia (Plurinational State of)) (spoke in Spanish): We', { name: 'Llorentty Solíz', affiliation: 'Bolivia (Plurinational State of)' }],
		['Mr. CHIRILA (Romania) (interpretation from French): The report', { name: 'CHIRILA', affiliation: 'Romania' }],
		['Mrs. Nakamitsu: I thank the President', { name: 'Nakamitsu', affiliation: null }],
		['The President: I now give the floor', { office: 'President' }],
		['The President (spoke in French): The draft resolution', { office: 'President' }],
		['The Acting President: I call on', { office: 'Acting President' }],
		['The PRESIDENT: The Assembly will now', { office: 'President' }],
		['The ACTING PRESIDENT (interpretation from Spanish): I', { office: 'Acting President' }],
		['The Secretary-General: Let me begin', { office: 'Secretary-General' }],
		['Tan Sri Razali Ismail (Malaysia): The Assembly', { name: 'Razali Ismail', affiliation: 'Malaysia' }],
		// A colon typed after the name as well as at the end.
		['Mr. Briz Gutiérrez: (Guatemala) (spoke in Spanish): My delegation', { name: 'Briz Gutiérrez', affiliation: 'Guatemala' }],
		['Ms. Ferrer: (Cuba): We', { name: 'Ferrer', affiliation: 'Cuba' }],
		['Mr. Okafor: (spoke in French): Thank you', { name: 'Okafor', affiliation: null }],
		['Mrs. Nakamitsu: (Applause) I thank', { name: 'Nakamitsu', affiliation: null }],
	];
	for (const [line, want] of cases) {
		it(`reads "${line.slice(0, 50)}…"`, () => {
			const label = parseLabel(line);
			assert.ok(label, 'no label');
			for (const [k, v] of Object.entries(want)) assert.equal(label[k as keyof typeof label], v, k);
			assert.equal(line[label.length - 1], ':', 'the label ends at its colon');
		});
	}

	const prose = [
		'The fourth message is related to the third: we must act.',
		'Mr. Blix, the Director General, noted the following: safeguards',
		'Mr. President, I congratulate you on your election.',
		'The Council reaffirms its commitment: peace.',
		'Members of the Council have before them document S/2018/1016.',
		'Mr. Smith said that the proposal, which was discussed at length by the committee on Monday: it failed.',
	];
	for (const line of prose) {
		it(`does not take prose for a label: "${line.slice(0, 40)}…"`, () => assert.equal(parseLabel(line), null));
	}

	it('reads an office the same however often it occurs and however its words are spaced', () => {
		// Offices are remembered by their spelling, up to a bound: past it they are read afresh.
		for (let round = 0; round < 2; round++) {
			assert.equal(parseLabel('The ACTING PRESIDENT: We')?.office, 'Acting President');
			assert.equal(parseLabel('The Vice-President: We')?.office, 'Vice-President');
		}
		for (let n = 1; n <= 600; n++) {
			const label = parseLabel('The ACTING' + ' \t'.repeat(n) + 'PRESIDENT (spoke in French): We');
			assert.equal(label?.office, 'Acting President', `${n} spaces`);
		}
		assert.equal(parseLabel('The Acting  President: We')?.office, 'Acting President');
	});

	it('tidies the parts of a label by character code as trim, replace and split did', () => {
		const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', 'Ab', 'é', '.', '(', 'x');
		fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map(a => a.join('')), part => {
			assert.equal(trimAndCollapse(part), part.trim().replace(/\s+/g, ' '));
			assert.equal(countSpaces(part), part.split(' ').length - 1);
		}), { numRuns: 3000 });
		const label = parseLabel('Mr.\u00a0Ab\t Cd \u3000(United\n  Kingdom)\u2028, Chair\u00a0 of the  Board :');
		assert.deepEqual([label?.name, label?.affiliation, label?.title], ['Ab Cd', 'United Kingdom', 'Chair of the Board']);
	});

	it('recognizes the first half of a label broken across lines', () => {
		assert.equal(looksLikeBrokenLabel('Mr. Nebenzia (Russian'), true);
		assert.equal(looksLikeBrokenLabel('Mr. Nebenzia (Russian Federation): We'), false);
		assert.equal(looksLikeBrokenLabel('In that regard, we note (with concern'), false);
	});

	it('reads a label whose parts stand apart, and refuses a long line that is no label', () => {
		const spaced = parseLabel('Mr. Ab' + ' '.repeat(2000) + '(France)' + ' '.repeat(2000) + ':');
		assert.equal(spaced?.name, 'Ab');
		assert.equal(spaced?.affiliation, 'France');
		// Spaces then a colon out of place: no label (the pattern must not try every split of the spaces).
		assert.equal(parseLabel('Mr. Ab' + ' '.repeat(2000) + 'x:'), null);
		assert.equal(parseLabel('Mr. Ab, Cd' + ' '.repeat(2000) + 'x:'), null);
	});

	it('rules out by its first two units only lines that parse as no label (mayOpenLabelAt)', () => {
		// Every honorific and office, glued to every kind of second unit, before a plausible label's rest.
		const opener = fc.constantFrom('Mr', 'Mrs', 'Ms', 'Miss', 'Mme', 'Dr', 'Sir', 'Dame', 'Lord', 'Baroness', 'Baron', 'Sheikh', 'Sheikha', 'Shaikh', 'Prince',
			'Princess', 'Archbishop', 'Monsignor', 'Msgr', 'Mgr', 'Cardinal', 'Father', 'Rev', 'Reverend', 'Judge', 'Ambassador', 'Professor', 'Prof', 'Dato', "Dato'",
			'Datuk', 'Tan Sri', 'U', 'Daw', 'MR', 'MRS', 'MS', 'The', 'THE', 'M', 'T', 'D', 'My', 'I', 'We', 'In', 'As', 'Tan', 'Ta', 'Fi', 'Ja', 'Mx', 'Th', '');
		const rest = fc.constantFrom('. Ab (Cd):', ' Ab:', '.\u00a0Ab (Cd):', ' President:', ' Acting President (spoke in French):', '\tAb, Chair of the Board:', ' Ab', ':', 'x', ' ', '. ', '');
		let refused = 0;
		fc.assert(fc.property(opener, rest, fc.constantFrom('', ' text', ': text'), (a, b, c) => {
			const line = a + b + c;
			const may = mayOpenLabelAt('xx' + line, 2); // read at an offset, as in a whole text
			if (!may) refused++;
			if (parseLabel(line) !== null) assert.ok(may, line);
		}), { numRuns: 4000 });
		assert.ok(refused > 100);
		assert.equal(mayOpenLabelAt('I thank the President: it is', 0), false);
		assert.equal(mayOpenLabelAt('U Kyaw Tint Swe (Myanmar):', 0), true);
	});
});
