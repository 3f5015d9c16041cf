/** The cover page of a verbatim record: who presides, the year. */
import assert from 'node:assert/strict';
import { parseCoverPage } from '../../core/coverPage';
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

	it('reads the year', () => {
		const cover = parseCoverPage(['Security Council', 'Seventy-fourth year', '8 June 2019', 'Members: China', 'France', 'Agenda'], vocab);
		assert.equal(cover.year, 2019);
		assert.equal(parseCoverPage(['Security Council', 'Seventy-fourth year'], vocab).year, null);
	});
});
