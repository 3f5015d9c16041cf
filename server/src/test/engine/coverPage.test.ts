/** The cover page of a verbatim record: who presides, the members, the year. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCoverPage } from '../../core/coverPage';
import { tokenize } from '../../core/tokens';
import { builtinVocabulary } from '../../core/vocabulary';

const vocab = builtinVocabulary();

describe('cover page', () => {
	it('reads the President and the country in parentheses, on the line or the next', () => {
		assert.deepEqual(parseCoverPage(['President: Mr. Ismat Kittani (Iraq)'], vocab).president, { name: 'Ismat Kittani', affiliation: 'Iraq' });
		assert.deepEqual(parseCoverPage(['President: Mr. Insanally . . . . . . (Guyana)'], vocab).president, { name: 'Insanally', affiliation: 'Guyana' });
		assert.deepEqual(parseCoverPage(['President: Mr. Insanally', '(Guyana)'], vocab).president, { name: 'Insanally', affiliation: 'Guyana' });
		assert.deepEqual(parseCoverPage(['President: Mr. Insanally ...'], vocab).president, { name: 'Insanally', affiliation: null });
	});

	it('keeps a name that runs on after a long gap, and reads empty parentheses as part of the name', () => {
		const gap = ' '.repeat(5000);
		assert.deepEqual(parseCoverPage([`President: Mr. Ab${gap}Cd`], vocab).president, { name: `Ab${gap}Cd`, affiliation: null });
		assert.deepEqual(parseCoverPage([`President: Mr. Ab${gap}() (France)`], vocab).president, { name: `Ab${gap}()`, affiliation: 'France' });
	});

	it('reads the members and the year', () => {
		const cover = parseCoverPage(['Security Council', 'Seventy-fourth year', '8 June 2019', 'Members: China', 'France', 'Agenda'], vocab);
		assert.equal(cover.year, 2019);
		assert.deepEqual([...cover.members], ['China', 'France']);
	});

	it('reads the members, asked for after the rest, from the lines an eager reading took them from', () => {
		// The members as the one loop over the lines read them: every line but the President's.
		const eagerMembers = (lines: string[]) => {
			const members = new Set<string>();
			let inMembers = false, president = false;
			for (const raw of lines) {
				const line = raw.trim();
				if (!president && /^(?:President|Chair|Chairman|Chairperson|Temporary President)\s*:/.test(line) && parseCoverPage([line], vocab).president) { president = true; continue; }
				if (/^Members\s*:/.test(line)) inMembers = true;
				else if (/^(?:Agenda|The meeting was called)/.test(line)) inMembers = false;
				if (inMembers) {
					const member = line.replace(/^Members\s*:\s*/, '');
					const words = tokenize(member, 0, member.length, vocab.words);
					const m = words.count ? vocab.stateLexicon.longestAt(words, 0) : null;
					if (m) members.add(m.value.name);
				}
			}
			return members;
		};
		const line = fc.constantFrom('President: Mr. Ab Cd (France)', 'President: Ms. Ef', 'Chair: Mr. Gh (China)', 'Members: China', 'Members:', 'France',
			'Russian Federation', '  Viet Nam  ', 'Agenda', 'The meeting was called to order', '8 June 2019', 'May 1990', 'Security Council', '(Guyana)', '');
		fc.assert(fc.property(fc.array(line, { maxLength: 14 }), lines => {
			const cover = parseCoverPage(lines, vocab);
			assert.deepEqual([...cover.members], [...eagerMembers(lines)]);
			assert.equal(cover.members, cover.members, 'read once, then kept');
		}), { numRuns: 1500 });
	});
});
