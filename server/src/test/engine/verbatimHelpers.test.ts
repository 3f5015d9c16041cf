/** Helpers of verbatim segmentation that work by character code agree with the string methods they replace. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../core/analyze';
import { INVITE, InvitationReader, invitations, surname } from '../../core/verbatim';

describe('verbatim helpers', () => {
	it('takes the last word of a name, lower-cased, as trim and split did', () => {
		const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u200b', 'Ab', 'NAKAMITSU', 'é', 'Ö', '-', '.');
		fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map(a => a.join('')), name => {
			const parts = name.trim().split(/\s+/);
			assert.equal(surname(name), parts[parts.length - 1].toLowerCase());
		}), { numRuns: 3000 });
	});

	it('answers for invited briefers as reading every invitation first did, whatever is asked in whatever order', () => {
		// The same surname invited twice with different titles: the first invitation counts.
		const piece = fc.constantFrom('I give the floor to ', 'Ms. Nakamitsu, ', 'Mr. Ab Nakamitsu, ', 'Mr. Griffiths, ', 'Dr. Tedros, ', 'Dame Ab, ', 'Sir Cd Ef, ', 'Mrs Gh, ', 'Miss Ij, ', 'Member ', 'Mission, ',
			'High Representative for Disarmament Affairs', 'the Emergency Relief Coordinator', 'Director-General', '. ', '; ', ' to brief', 'x ', '\n');
		const keys = fc.array(fc.constantFrom('nakamitsu', 'griffiths', 'tedros', 'ab', 'ef', 'ij', 'absent'), { maxLength: 6 });
		fc.assert(fc.property(fc.array(piece, { maxLength: 25 }).map(a => a.join('')), keys, (text, asked) => {
			const all = invitations(text);
			// As a global loop over the pattern finds the invitations, the first of each surname kept.
			const reference = new Map<string, string>();
			const g = new RegExp(INVITE.pattern.source, INVITE.pattern.flags + 'g');
			for (let m = g.exec(text); m; m = g.exec(text)) if (!reference.has(surname(m[1]))) reference.set(surname(m[1]), m[2].replace(/^the\s+/, '').trim());
			assert.deepEqual([...all], [...reference]);
			const reader = new InvitationReader(text);
			for (const key of asked) assert.equal(reader.get(key), all.get(key), key);
			assert.deepEqual([...new InvitationReader(text).titles], []);
		}), { numRuns: 2000 });
		assert.equal(invitations('I give the floor to Ms. Nakamitsu, High Representative for Disarmament Affairs.').get('nakamitsu'), 'High Representative for Disarmament Affairs');
	});

	it('reads invitations of briefers whose names have accented or non-Latin letters', () => {
		const text = 'I give the floor to Mr. Gutiérrez, Special Envoy for the Region. I now give the floor to Ms. Åsa Ødegård-Lindqvist, '
			+ 'Director of the Institute. I give the floor to Mr. Сергей Лавров, Observer for the Union.';
		const all = invitations(text);
		assert.equal(all.get('gutiérrez'), 'Special Envoy for the Region');
		assert.equal(all.get('ødegård-lindqvist'), 'Director of the Institute');
		assert.equal(all.get('лавров'), 'Observer for the Union');
		const record = 'United Nations\nSecurity Council\nS/PV.9999\n\nThe President: I give the floor to Mr. Gutiérrez, Special Envoy for the Region.\n\n'
			+ 'Mr. Gutiérrez: I thank the President.\n';
		assert.equal(analyze(record).statements[1]?.speaker.title, 'Special Envoy for the Region');
		// A name followed by a clause is no invitation.
		assert.equal(invitations('Mr. Türk, I can say that he knows the system well. Ms. Ab, It is true.').size, 0);
	});

	it('reads invitations of briefers with Malay honorifics, as their labels print them', () => {
		const all = invitations('I invite His Excellency Dato Lim Kah Wei, Secretary-General of the Regional Forum, to participate in this meeting. '
			+ 'I give the floor to Tan Sri Aminah Yusof, Chair of the Panel. I welcome Datuk Seri Hamid Noor, Special Adviser, to the table.');
		assert.equal(all.get('wei'), 'Secretary-General of the Regional Forum');
		assert.equal(all.get('yusof'), 'Chair of the Panel');
		assert.equal(all.get('noor'), 'Special Adviser');
		const record = 'United Nations\nSecurity Council\nS/PV.9999\n\nThe President: I invite His Excellency Dato Lim Kah Wei, Secretary-General of the Regional Forum, to participate.\n\n'
			+ 'Dato Lim Kah Wei: I thank the President.\n';
		assert.equal(analyze(record).statements[1]?.speaker.title, 'Secretary-General of the Regional Forum');
	});
});
