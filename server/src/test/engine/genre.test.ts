/**
 * Genre detection stops counting its evidence at two, skips the marker scans once the labels
 * decide, and tries the marker patterns only where they can begin, a window at a time: it must
 * decide exactly as counting every match of the patterns did.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countCoverageMarkers, COVERAGE_MARKERS, detectGenre, nextCapitalsSaid } from '../../core/genre';
import { parseLabel } from '../../core/labels';

// The patterns as they were: one global pattern each, every match counted.
const UN = /\b(?:United Nations|Security Council|General Assembly|Secretary-General|Member States|Economic and Social Council|resolution \d{2,4}|delegation)\b/g;
const COVERAGE = /\b(?:[Tt]he representative of|representative said|For information media|Meetings Coverage|told the (?:Council|Assembly|Security Council|General Assembly)|Also speaking (?:were|was))\b|['’]s representative\b|\b[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)+ \([A-Z][^)]{2,40}\),? said\b/g;

function count(re: RegExp, text: string): number {
	re.lastIndex = 0;
	let n = 0;
	while (re.exec(text)) n++;
	return n;
}

function reference(text: string): { genre: string; unText: boolean } {
	const sample = text.slice(0, 200_000);
	const un = count(UN, sample), coverage = count(COVERAGE, sample);
	const labels = sample.split('\n').filter(l => parseLabel(l.slice(0, 400))).length;
	const unText = un >= 2 || labels >= 2 || coverage >= 2;
	if (labels >= 2 || labels >= 1 && un >= 1) return { genre: 'verbatim-record', unText: true };
	if (coverage >= 2 && unText) return { genre: 'meeting-coverage', unText };
	return { genre: 'other', unText };
}

describe('genre', () => {
	const pieces = [
		'The representative of China said', 'the representative of', 'representative said', 'China’s representative', "China's representative said",
		'PEKKA LINDGREN-AHO (Finland) said', 'KAJA KALLAS (Estonia), said', 'AB CD (Xy) said', 'AB (Xy) said',
		'CHINA’s representative', "AB CD's representative said", "O'NEIL SMITH (Ireland) said", 'xAB CD EF (Xy) said', 'AB CD', 'EF',
		'United Nations', 'Security Council', 'resolution 2417', 'resolution 24', 'delegation', 'delegations',
		'Also speaking were', 'told the Council', 'told the Security Council', 'Meetings Coverage',
		'Mr. Delattre (France):', 'The President:', '\n', ' ', '. ', 'said', 'x',
		// Near misses around "sentat", by which the phrases with "representative" are searched.
		'representatives of', 'the representation of', 'xthe representative of', "s representative", 'representative sai', 'sentat', 'The',
	];
	const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map(a => a.join(''));

	it('decides as counting every match of the single patterns did', () => {
		fc.assert(fc.property(text, t => assert.deepEqual(detectGenre(t), reference(t))), { numRuns: 3000 });
	});

	it('counts coverage markers as the single pattern matches them, up to two, however the parts overlap', () => {
		// A name in capitals whose parentheses hold a phrase; phrases that begin inside another match.
		const overlapping = [...pieces, 'AB CD (The representative of Xy) said', 'AB CD (Xy’s representative) said', 'The representative of AB CD (Xy) said', '(', ')', ', said'];
		const t = fc.array(fc.constantFrom(...overlapping), { maxLength: 30 }).map(a => a.join(''));
		fc.assert(fc.property(t, fc.nat(), (x, cut) => {
			const end = cut % (x.length + 1);
			const want = Math.min(2, count(COVERAGE_MARKERS, x.slice(0, end)));
			assert.equal(countCoverageMarkers(x, end), want);
			assert.equal(want, Math.min(2, count(COVERAGE, x.slice(0, end))), 'the lookbehind changes no match');
		}), { numRuns: 3000 });
	});

	it('finds the capitals pattern\'s next match as its global exec does, trying it only before ") said" or "), said"', () => {
		const capitals = /\b[A-Z](?<!(?:^|\W)[A-Z][A-Z'’-]+ [A-Z])[A-Z'’-]+(?: [A-Z][A-Z'’-]+)+ \([A-Z][^)]{2,40}\),? said\b/g;
		const parts = [...pieces, '(', ')', '),', ', sai', 'd', ' said', '), sai', '), saidx', ') said_', ') sai', 'AB CD (Xy),', 'AB CD (Xy) (Zw) said'];
		const t = fc.array(fc.constantFrom(...parts), { maxLength: 30 }).map(a => a.join(''));
		fc.assert(fc.property(t, fc.nat(), (x, cut) => {
			const from = cut % (x.length + 1);
			capitals.lastIndex = from;
			const want = capitals.exec(x), got = nextCapitalsSaid(x, from);
			assert.deepEqual(got && [got.index, got[0]], want && [want.index, want[0]]);
		}), { numRuns: 3000 });
	});

	it('decides the same on long texts, where markers straddle the windows it reads by and the 200 kB cut', function () {
		this.timeout(120_000); // long texts, each also searched in full by the reference
		const filler = fc.constantFrom('x'.repeat(4093), ' '.repeat(8190), 'word '.repeat(3000), 'AB CD '.repeat(300));
		const long = fc.array(fc.oneof(fc.constantFrom(...pieces), filler), { maxLength: 50 }).map(a => a.join(''));
		fc.assert(fc.property(long, t => assert.deepEqual(detectGenre(t), reference(t))), { numRuns: 100 });
	});

	it('reads long runs of capitals once: none is a marker, unless "(Country) said" follows it', () => {
		assert.deepEqual(detectGenre('AB CD '.repeat(20_000)), { genre: 'other', unText: false });
		// Two markers: the whole run with the country after it, and a name in capitals.
		assert.equal(detectGenre('AB CD '.repeat(20_000) + '(Finland) said. PEKKA LINDGREN-AHO (Finland) said').genre, 'meeting-coverage');
	});

	it('tells a coverage release from a verbatim record and from other text', () => {
		assert.equal(detectGenre('Meetings Coverage\nThe representative of China said that peace mattered.\nAlso speaking were Brazil and Chile.').genre, 'meeting-coverage');
		assert.equal(detectGenre('Mr. Delattre (France): We thank you.\nThe President: I give the floor.').genre, 'verbatim-record');
		assert.deepEqual(detectGenre('A recipe for bread: flour, water, salt.'), { genre: 'other', unText: false });
	});
});
