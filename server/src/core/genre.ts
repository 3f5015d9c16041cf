/**
 * Which kind of text this is: a verbatim record (turns opened by speaker labels), a Meetings
 * Coverage release (third-person reports), other United Nations text, or not a UN text at all.
 */
import { isRegExpWordCode } from './chars';
import { Genre } from './model';
import { mayOpenLabelAt, parseLabel } from './labels';
import { LiteralAnchoredPattern } from './literalScan';

const UN_MARKERS = /\b(?:United Nations|Security Council|General Assembly|Secretary-General|Member States|Economic and Social Council|resolution \d{2,4}|delegation)\b/g;
// The coverage markers are the phrases below or a name in capitals: "PEKKA LINDGREN-AHO (Finland)
// said". As one pattern they were tried at every position (6.7 ms/MB where no marker occurs); the
// phrases, each opening with a literal, are found by native search (see literalScan.ts), and the two
// scans merged as the one pattern's matches would run (see countCoverageMarkers).
const COVERAGE_PHRASES = new LiteralAnchoredPattern(
	/\b(?:[Tt]he representative of|representative said|For information media|Meetings Coverage|told the (?:Council|Assembly|Security Council|General Assembly)|Also speaking (?:were|was))\b|['’]s representative\b/,
	['The representative of', 'the representative of', 'representative said', 'For information media', 'Meetings Coverage', 'told the ', 'Also speaking ', "'s representative", '’s representative'],
	null,
	// The five phrases with "representative" found by one search for "sentat" (each compared around
	// it), not five, two of which ("'s representative", "’s representative") stopped at every "ve".
	['sentat'],
);
// The capitals are not tried again from a later word of the same run (the lookbehind), where they
// could only end as from the first word: a long run of capitals is then read once, not once per word.
const CAPITALS_SAID = /\b[A-Z](?<!(?:^|\W)[A-Z][A-Z'’-]+ [A-Z])[A-Z'’-]+(?: [A-Z][A-Z'’-]+)+ \([A-Z][^)]{2,40}\),? said\b/g;

/** The coverage markers as one pattern: `countCoverageMarkers` counts its matches, faster. */
export const COVERAGE_MARKERS = new RegExp(`${COVERAGE_PHRASES.pattern.source}|${CAPITALS_SAID.source}`, 'g');

export interface GenreGuess {
	readonly genre: Genre;
	/** True when the text mentions United Nations bodies often enough to be a UN text. */
	readonly unText: boolean;
}

/** How much of a text the genre is guessed from (UTF-16 code units). */
export const GENRE_SAMPLE = 200_000;

/**
 * Guesses the genre from the first 200 kB: enough for any cover page and many turns. Only whether
 * each kind of evidence occurs once or twice decides, so every count stops at two and the costlier
 * scans run only when the cheaper ones leave the answer open.
 */
export function detectGenre(text: string): GenreGuess {
	const end = Math.min(text.length, GENRE_SAMPLE);
	const labels = countLabels(text, end);
	if (labels >= 2) return { genre: 'verbatim-record', unText: true };
	const unMarkers = count(UN_MARKERS, text, end);
	if (labels >= 1 && unMarkers >= 1) return { genre: 'verbatim-record', unText: true };
	const coverage = countCoverageMarkers(text, end);
	const unText = unMarkers >= 2 || coverage >= 2;
	if (coverage >= 2 && unText) return { genre: 'meeting-coverage', unText };
	return { genre: 'other', unText };
}

/** Lines of text[0, end) that open with a speaker label, counted up to two. */
function countLabels(text: string, end: number): number {
	let labels = 0;
	let start = 0;
	while (start < end && labels < 2) {
		let lineEnd = text.indexOf('\n', start);
		if (lineEnd < 0 || lineEnd > end) lineEnd = end;
		if (mayOpenLabelAt(text, start) && parseLabel(text.slice(start, Math.min(lineEnd, start + 400)))) labels++;
		start = lineEnd + 1;
	}
	return labels;
}

/** Matches of the global `re` that end within text[0, end), counted up to two. */
function count(re: RegExp, text: string, end: number): number {
	const sample = end < text.length ? text.slice(0, end) : text;
	re.lastIndex = 0;
	let n = 0;
	while (n < 2 && re.exec(sample)) n++;
	return n;
}

/**
 * Matches of COVERAGE_MARKERS within text[0, end), counted up to two, as its global `exec` loop
 * counts them: the leftmost match of either part next, the phrases first where both begin at one
 * place (they come first in the pattern), and the next search from the end of the match taken.
 */
export function countCoverageMarkers(text: string, end: number): number {
	const sample = end < text.length ? text.slice(0, end) : text;
	const phrases = COVERAGE_PHRASES.scan(sample);
	let phrase = phrases.exec();
	let capitals = nextCapitalsSaid(sample, 0);
	let n = 0;
	while (n < 2 && (phrase || capitals)) {
		const m = phrase && (!capitals || phrase.index <= capitals.index) ? phrase : capitals!;
		n++;
		const next = m.index + m[0].length;
		if (phrase && phrase.index < next) {
			phrases.lastIndex = next;
			phrase = phrases.exec();
		}
		if (capitals && capitals.index < next) capitals = nextCapitalsSaid(sample, next);
	}
	return n;
}

/**
 * The match of CAPITALS_SAID that a global `exec` from `from` finds in `sample`, tried only before a
 * ")" that " said" or ", said" follows. A match holds one ")", its last unit, so it ends at the first
 * ")" after its start, and begins after the ")" before that: the pattern is tried over that stretch
 * alone, cut after "said" (its closing `\b` checked here), not at every capital to the text's end.
 */
export function nextCapitalsSaid(sample: string, from: number): RegExpExecArray | null {
	let start = from;
	for (let k = sample.indexOf(')', from); k >= 0; start = k + 1, k = sample.indexOf(')', k + 1)) {
		const end = sample.startsWith(' said', k + 1) ? k + 6 : sample.startsWith(', said', k + 1) ? k + 7 : -1;
		if (end < 0 || isRegExpWordCode(sample.charCodeAt(end))) continue;
		CAPITALS_SAID.lastIndex = start;
		const m = CAPITALS_SAID.exec(sample.slice(0, end));
		if (m) return m;
	}
	return null;
}
