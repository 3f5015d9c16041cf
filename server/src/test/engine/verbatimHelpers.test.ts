/** Helpers of verbatim segmentation that work by character code agree with the string methods they replace. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../core/analyze';
import { INVITE, InvitationReader, invitations, mayInviteAt, surname } from '../../core/invitations';

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
			'Datuk Ab, ', "Dato' Cd, ", 'Tan Sri Ef, ', 'Mr. Ab (Cd): ', 'Mr. Ab for ', 'Mr . Ab, ', 'Mr.\u00a0Ab, ', 'Mr Ab , ', 'Doctor, ', 'Madam, ',
			'High Representative for Disarmament Affairs', 'the Emergency Relief Coordinator', 'the \n Special Envoy', 'Director-General', '. ', '; ', ' to brief', 'x ', '\n');
		const keys = fc.array(fc.constantFrom('nakamitsu', 'griffiths', 'tedros', 'ab', 'ef', 'ij', 'absent'), { maxLength: 6 });
		fc.assert(fc.property(fc.array(piece, { maxLength: 25 }).map(a => a.join('')), keys, (text, asked) => {
			const all = invitations(text);
			// As a global loop over the pattern finds the invitations, the first of each surname kept.
			const reference = new Map<string, string>();
			const g = new RegExp(INVITE.pattern.source, INVITE.pattern.flags + 'g');
			for (let m = g.exec(text); m; m = g.exec(text)) if (!reference.has(surname(m[1]))) reference.set(surname(m[1]), m[2].replace(/^the\s+/, '').trim());
			assert.deepEqual([...all], [...reference]);
			const reader = new InvitationReader(text);
			for (const key of asked) {
				const title = reader.get(key);
				assert.equal(title, all.get(key), key);
				// Where the title stands in the text as given, for its words to be read from the text's.
				if (title !== undefined) assert.ok(text.startsWith(title, reader.offsetOf(key)), `${key} at ${reader.offsetOf(key)} in ${JSON.stringify(text)}`);
				else assert.equal(reader.offsetOf(key), -1);
			}
			assert.deepEqual([...new InvitationReader(text).titles], []);
		}), { numRuns: 2000 });
		assert.equal(invitations('I give the floor to Ms. Nakamitsu, High Representative for Disarmament Affairs.').get('nakamitsu'), 'High Representative for Disarmament Affairs');
	});

	it('never refuses a position where the invitation pattern matches (mayInviteAt)', () => {
		// Pieces around the test's edges: full stops, spaces of every kind, marks, digits, lower case
		// after a space, a comma after a space, titles glued to words, parentheses of labels.
		const piece = fc.constantFrom('Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Dame', 'Dato', "Dato'", 'Dato’', 'Datuk', 'Sir', 'Tan Sri', 'Member', 'Do',
			'.', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', ',', ', ', ';', ':', '(', ')', 'Ab', 'Cd-Ef', "O'Gh", 'Ødegård', 'Лавров', 'e\u0301', 'x', '7', '-', '’',
			'the ', 'Special Envoy', 'Director', ' to brief', ' who', ' I', 'It ', 'Tan',
			'Ms. Ab, ', 'Mr. Cd Ef, ', 'Dr Ab, ', 'Tan Sri Ab, ', 'Tan Sri. Ab, ', 'Datuk. Cd, ', 'Dato’. Ef, ', 'Special Envoy.', 'Director to brief', 'Head of the Office;');
		const pattern = new RegExp(INVITE.pattern.source, INVITE.pattern.flags.replace('g', '') + 'y');
		let matched = 0, refused = 0;
		fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map(a => a.join('')), text => {
			for (let at = 0; at < text.length; at++) {
				pattern.lastIndex = at;
				if (pattern.exec(text)) {
					matched++;
					assert.ok(mayInviteAt(text, at), `${JSON.stringify(text)} at ${at}`);
				} else if (!mayInviteAt(text, at)) refused++;
			}
		}), { numRuns: 3000 });
		// Both sides were exercised: matches seen, and positions refused without trying the pattern.
		assert.ok(matched > 100 && refused > 1000, `${matched} matched, ${refused} refused`);
		assert.equal(mayInviteAt('Mr. Nebenzia (Russian Federation):', 0), false);
		assert.equal(mayInviteAt('Mr. Guterres for his briefing.', 0), false);
		assert.equal(mayInviteAt('Ms. Nakamitsu, High Representative', 0), true);
		assert.equal(mayInviteAt('Tan Sri. Razali Ismail, Special Envoy.', 0), true);
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
