/** The literal-anchored scan must find exactly the matches a global RegExp loop finds. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LiteralAnchoredPattern } from '../../core/literalScan';

function globalMatches(re: RegExp, text: string): [number, string, string | undefined][] {
	const g = new RegExp(re.source, re.flags + 'g');
	const out: [number, string, string | undefined][] = [];
	for (let m = g.exec(text); m; m = g.exec(text)) out.push([m.index, m[0], m[1]]);
	return out;
}

function scanMatches(p: LiteralAnchoredPattern, text: string): [number, string, string | undefined][] {
	const out: [number, string, string | undefined][] = [];
	const scan = p.scan(text);
	for (let m = scan.exec(); m; m = scan.exec()) out.push([m.index, m[0], m[1]]);
	return out;
}

describe('literal-anchored scan', () => {
	// Patterns shaped like the engine's: a word boundary, alternatives that share prefixes, a lookahead.
	const patterns: [RegExp, string[], string[]?][] = [
		[/\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z]\w*)(?=[,.])/, ['Mr', 'Ms', 'Miss', 'Dr']],
		[/\b(?:on behalf of|speak(?:ing)? for|(?=for the A)for)\s+(?:the\s+)?([A-Z][^.]{0,12})/, ['on behalf of', 'speak', 'for']],
		[/\b(?:vote|voted|abstain)(ed)?\b/, ['vote', 'abstain']],
		// Needles longer than the searched key: the rest of each is checked where the key occurs.
		[/\b(?:on behalf of|(?=for the three African)for)\s+(\w+)/, ['on behalf of', 'for the three African']],
		// Needles sharing a first letter, searched once by it and told apart where it occurs.
		[/\b(?:Mr|Ms|Miss|Dr|Dame)\.?\s+([A-Z]\w*)/, ['Mr', 'Ms', 'Miss', 'Dr', 'Dame'], ['M', 'D']],
		// Needles searched by one unit they all hold, at different depths: two may begin around one
		// "f" ("also for the three African"), and the pattern may fail at the first (a letter before "also").
		[/\b(?:on behalf of|speaking for|speak for|in the name of|also for|(?=for the (?:three|3) African)for)\s+(?:the\s+)?([A-Z]\w*)/,
			['on behalf of', 'speaking for', 'speak for', 'in the name of', 'also for', 'for the three African', 'for the 3 African'], ['f']],
		// Some needles under an anchor of two units, the others searched alone.
		[/\b(?:on behalf of|speaking for|speak for|in the name of|also for|(?=for the (?:three|3) African)for)\s+(?:the\s+)?([A-Z]\w*)/,
			['on behalf of', 'speaking for', 'speak for', 'in the name of', 'also for', 'for the three African', 'for the 3 African'], ['fo']],
		// Two anchors, as the engine's: a needle goes to the first it holds.
		[/\b(?:on behalf of|speaking for|speak for|in the name of|also for|(?=for the (?:three|3) African)for)\s+(?:the\s+)?([A-Z]\w*)/,
			['on behalf of', 'speaking for', 'speak for', 'in the name of', 'also for', 'for the three African', 'for the 3 African'], ['Africa', 'f']],
	];
	const pieces = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Da', 'Dame', 'M', 'Mi', 'D', '.', ',', ' ', 'Ab', 'x', 'on behalf of', 'behalf of', 'on ', 'k', 'speaking', 'speak', ' for', 'for', 'the ', 'A', 'vote', 'd', 'abstain', 'bstain', 'ed', '\n', 'é', 'behalf', 'behalf o', 'Africa', 'African', 'for the three ', 'for the 3 ', 'also', 'xalso', 'in the name of', 'name of', ' of', 'of', 'f', 'ff', 'fo', 'o', 'speak for', 'ing for'];
	const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map(a => a.join(''));

	patterns.forEach(([re, needles, anchor], k) => {
		it(`matches like a global exec loop (pattern ${k + 1})`, () => {
			const p = new LiteralAnchoredPattern(re, needles, null, anchor);
			fc.assert(fc.property(text, t => assert.deepEqual(scanMatches(p, t), globalMatches(re, t))), { numRuns: 2000 });
		});
	});

	it('tries the pattern only where `admit` allows, and finds every match where admit is true at each', () => {
		const re = /\b(?:Mr|Ms|Dr)\.?\s+([A-Z]\w*),/;
		// True at every match (a capital two or three units on), false elsewhere often.
		const admit = (t: string, at: number) => /^\w+\.?\s+[A-Z]/.test(t.slice(at, at + 12));
		const tried: number[] = [];
		const counting = (t: string, at: number) => { tried.push(at); return admit(t, at); };
		const p = new LiteralAnchoredPattern(re, ['Mr', 'Ms', 'Dr'], counting);
		fc.assert(fc.property(text, t => assert.deepEqual(scanMatches(p, t), globalMatches(re, t))), { numRuns: 2000 });
		assert.ok(tried.length > 0);
		// An admit that refuses everything finds nothing: the pattern is not tried where it says no.
		assert.deepEqual(scanMatches(new LiteralAnchoredPattern(re, ['Mr'], () => false), 'Mr Ab, Mr Cd,'), []);
		assert.equal(scanMatches(new LiteralAnchoredPattern(re, ['Mr'], admit), 'Mr Ab, Mr Cd,').length, 2);
	});

	it('resumes after a match, not inside it, as a global loop does', () => {
		const re = /\bMr \w+ Mr\b/;
		const t = 'Mr a Mr b Mr c Mr';
		assert.deepEqual(scanMatches(new LiteralAnchoredPattern(re, ['Mr']), t), globalMatches(re, t));
		assert.equal(scanMatches(new LiteralAnchoredPattern(re, ['Mr']), t).length, 2);
	});

	it('with an anchor, tries the second phrase around one anchor where the pattern fails at the first', () => {
		const re = /\b(?:also for|(?=for the three African)for)\s+(\w+)/;
		const p = new LiteralAnchoredPattern(re, ['also for', 'for the three African'], null, ['fo']);
		for (const t of ['also for the three African', 'xalso for the three African', 'xalso for the people', 'also for them'])
			assert.deepEqual(scanMatches(p, t), globalMatches(re, t), t);
		assert.equal(scanMatches(p, 'xalso for the three African')[0][0], 6);
	});

	it('matches like a global exec loop in long texts, where the groups are searched in growing windows', () => {
		// Stretches without needles of every length around the first windows (a thousand units, doubled),
		// so that a group's next candidate lies in a later window, at its edge, or nowhere.
		const filler = fc.constantFrom('x'.repeat(300), 'y '.repeat(500), 'z'.repeat(1021), 'x'.repeat(1023), 'w'.repeat(2047), 'v '.repeat(2500), 'u'.repeat(9000));
		const long = fc.array(fc.oneof(fc.constantFrom(...pieces), filler), { maxLength: 40 }).map(a => a.join(''));
		for (const [re, needles, anchor] of patterns) {
			const p = new LiteralAnchoredPattern(re, needles, null, anchor);
			fc.assert(fc.property(long, t => assert.deepEqual(scanMatches(p, t), globalMatches(re, t))), { numRuns: 300 });
		}
		// Needles whose heads reach back across a window's edge: the later group's candidate comes first.
		const re = /\b(?:speaking for|Mr)\s+(\w+)/;
		const p = new LiteralAnchoredPattern(re, ['speaking for', 'Mr'], null, ['f']);
		for (const gap of [1000, 1013, 1016, 1024, 2040, 2048, 5000]) {
			const t = 'x'.repeat(gap) + ' speaking for Ab ' + 'y'.repeat(gap) + ' Mr Cd';
			assert.deepEqual(scanMatches(p, t), globalMatches(re, t), String(gap));
			assert.equal(scanMatches(p, t).length, 2);
		}
	});

	it('takes a candidate found past a window only once every group is searched that far', () => {
		// The first window ends at 1024: the "f" group's search reads on to its longest head past it and
		// finds "for" at 1030, while "Mr" at 1024 lies past the window its own search read.
		const re = /\b(?:Mr|speaking for|(?=for the three African)for)\s+(\w+)/;
		const p = new LiteralAnchoredPattern(re, ['Mr', 'speaking for', 'for the three African'], null, ['f']);
		const t = ' '.repeat(1024) + 'Mr Ab for the three African members';
		assert.deepEqual(scanMatches(p, t), globalMatches(re, t));
		assert.deepEqual(scanMatches(p, t).map(m => m[1]), ['Mr Ab', 'for the']);
	});

	it('finds nothing in a text without the needles', () => {
		assert.deepEqual(scanMatches(new LiteralAnchoredPattern(/\bMr\b/, ['Mr']), 'Ms Dr'), []);
	});
});
