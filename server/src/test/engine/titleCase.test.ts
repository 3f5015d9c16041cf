/**
 * TitleCaseLines looks for a line's start no further back than a headline can reach: this property
 * holds it to the plain definition (the whole line found, then weighed), on texts whose lines are
 * about as long as that limit, asked in any order.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TitleCaseLines } from '../../core/titleCase';

/** The plain definition: the line between line feeds around `offset`, in title case when at most 400 long. */
function plainAt(text: string, offset: number): boolean {
	const from = text.lastIndexOf('\n', offset) + 1;
	let to = text.indexOf('\n', offset);
	if (to < 0) to = text.length;
	if (to - from > 400) return false;
	const words = text.slice(from, to).split(/\s+/).filter(w => /^[A-Za-z]{4}/.test(w));
	return words.length >= 4 && words.filter(w => /^[A-Z]/.test(w)).length / words.length > 0.7;
}

describe('title-case lines', () => {
	it('answers as the whole line weighed does, lines near 400 characters long included', () => {
		// Lines of title-case words (or prose), some just under and some just over the limit.
		const line = fc.tuple(fc.constantFrom('Council Report Mission ', 'the council said ', 'Peace Building Commission Review '), fc.integer({ min: 0, max: 30 }), fc.string({ unit: fc.constantFrom('a', 'B', ' '), maxLength: 6 }))
			.map(([unit, n, tail]) => unit.repeat(n) + tail);
		const text = fc.array(line, { minLength: 1, maxLength: 6 }).map(ls => ls.join('\n'));
		fc.assert(fc.property(text, fc.array(fc.nat(), { maxLength: 20 }), (t, picks) => {
			const lines = new TitleCaseLines(t);
			// Offsets in text order, then some out of order, never a line feed.
			const offsets = [...picks.map(p => p % (t.length || 1)).sort((a, b) => a - b), ...picks.map(p => (p * 7) % (t.length || 1))];
			for (const o of offsets) {
				if (t.length === 0 || t.charCodeAt(o) === 10) continue;
				assert.equal(lines.at(o), plainAt(t, o), `offset ${o} of ${JSON.stringify(t)}`);
			}
		}), { numRuns: 1500 });
	});

	it('finds a headline after a long paragraph and not in it', () => {
		const prose = 'the council met and said that it would meet again soon. '.repeat(12);
		const text = prose + '\nSecurity Council Extends Mission Mandate\n' + prose;
		const lines = new TitleCaseLines(text);
		assert.equal(lines.at(5), false);
		assert.equal(lines.at(prose.length + 3), true);
		assert.equal(lines.at(text.length - 3), false);
	});
});
