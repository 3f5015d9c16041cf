/**
 * Themes and stances of one statement, from the cue phrases of the vocabulary: a theme counts when
 * its cues recur in the statement; a stance attaches to a theme when a stance cue and the theme's
 * cue share a sentence ("We condemn the attacks on humanitarian convoys").
 */
import { Cue, Span, ThemeStance } from './model';
import { busiestSentence, rankedThemes, sentencesOf, themeStances } from './themeCounts';
import { Words } from './tokens';
import { Vocabulary } from './vocabulary';
import { collapseWhiteSpace, isWhiteSpace } from './whiteSpace';

export interface StatementThemes {
	readonly themes: string[];
	readonly stances: ThemeStance[];
	readonly themeCues: Cue[];
	readonly stanceCues: Cue[];
	readonly keySentence: string;
}

/** Themes, stances, cues and key sentence of the statement covering words [from, to) of `text`. */
export function statementThemes(text: string, span: Span, words: Words, from: number, to: number, vocab: Vocabulary): StatementThemes {
	const themeCues: Cue[] = [];
	const stanceCues: Cue[] = [];
	const cues = vocab.cues.scan(words, from, to);
	for (let k = 0; k < cues.count; k++) {
		const span = { start: words.start[cues.first[k]], end: words.end[cues.last[k]] };
		const cue = cues.value(k);
		if (cue.theme !== undefined) themeCues.push({ span, theme: cue.theme });
		else stanceCues.push({ span, stance: cue.stance });
	}

	const themes = rankedThemes(themeCues, span.end - span.start > 1500);
	const sentences = sentenceEnds(text, span);
	const themeAt = sentencesOf(themeCues, sentences), stanceAt = sentencesOf(stanceCues, sentences);
	const stances = themeStances(themes, themeCues, themeAt, stanceCues, stanceAt);
	const best = busiestSentence(themeAt, stanceAt);
	const keySentence = sentenceText(text, span, sentences, best >= 0 ? best : 0);
	return { themes, stances, themeCues, stanceCues, keySentence };
}

/**
 * Offsets at which the sentences of text[span) end, ascending, the last being span.end: the ends
 * of the matches of /[.!?…]["”’)]?(?=\s|$)/g in the span's slice. The marks are found by
 * `indexOf`, one search per kind of mark, which skips the text between them several times faster
 * than the pattern (or a loop over the code units) does.
 */
export function sentenceEnds(text: string, span: Span): number[] {
	const ends: number[] = [];
	const n = span.end - span.start;
	const slice = text.slice(span.start, span.end);
	// Where each kind of mark next occurs in the slice, n when no more do (one comparison a kind to
	// pick the nearest, no test for -1).
	let dot = slice.indexOf('.'), bang = slice.indexOf('!'), question = slice.indexOf('?'), ellipsis = slice.indexOf('…');
	if (dot < 0) dot = n;
	if (bang < 0) bang = n;
	if (question < 0) question = n;
	if (ellipsis < 0) ellipsis = n;
	for (;;) {
		let p = dot;
		if (bang < p) p = bang;
		if (question < p) p = question;
		if (ellipsis < p) p = ellipsis;
		if (p === n) break;
		// The mark ends a sentence when white space follows it, or a closing quote or bracket and then
		// white space (the closer then ends the sentence too). One that ends the slice needs no test:
		// the slice's end is an end anyway (and charCodeAt past it is NaN, no white space).
		const next = p + 1;
		if (isWhiteSpace(slice.charCodeAt(next))) ends.push(span.start + next);
		else if (isCloser(slice.charCodeAt(next)) && isWhiteSpace(slice.charCodeAt(next + 1))) ends.push(span.start + next + 1);
		if (p === dot) { if ((dot = slice.indexOf('.', next)) < 0) dot = n; }
		else if (p === bang) { if ((bang = slice.indexOf('!', next)) < 0) bang = n; }
		else if (p === question) { if ((question = slice.indexOf('?', next)) < 0) question = n; }
		else if ((ellipsis = slice.indexOf('…', next)) < 0) ellipsis = n;
	}
	if (!ends.length || ends[ends.length - 1] < span.end) ends.push(span.end);
	return ends;
}

/** The closing quotes and bracket that may follow a sentence's mark: " ” ’ ) */
function isCloser(c: number): boolean {
	return c === 34 || c === 0x201d || c === 0x2019 || c === 41;
}

function sentenceText(text: string, span: Span, ends: readonly number[], k: number): string {
	return keySentenceText(text, k === 0 ? span.start : ends[k - 1], ends[k]);
}

/**
 * Code units of a sentence read at first for its key-sentence text, and what they must make once
 * collapsed: the label removed below takes at most 166 of them (3 + 1 + 160 + ":" + a space), the
 * text kept 297 and the test of its length one more, so that any collapsed start at least this long
 * gives the text the whole sentence gives.
 */
const KEY_READ = 640, KEY_ENOUGH = 480;
/**
 * The same for a sentence that begins with neither letter a label begins with (M, T): no label is
 * removed, so 301 collapsed units tell the text (297 kept, and its length over 300).
 */
const PLAIN_READ = 320, PLAIN_ENOUGH = 301;
/** The furthest a label's colon may be: "Mrs." or "The." (4 units), then at most 160 other units. */
const LABEL_COLON = 164;

/**
 * The key-sentence text of text[start, end): white space collapsed, trimmed, a verbatim speaker's
 * label dropped, cut to 300 units with an ellipsis.
 */
export function keySentenceText(text: string, start: number, end: number): string {
	// White space at either end is what trim would remove from the collapsed text (trim and \s know
	// the same characters): it is skipped here, so that there is nothing to trim.
	while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
	while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
	// A long sentence is cut: only its start need be collapsed (the runs of white space are found by
	// a pattern over the whole slice it is given), less of it where no label can open it.
	const first = text.charCodeAt(start), mayLabel = first === 77 || first === 84;
	const read = mayLabel ? KEY_READ : PLAIN_READ, enough = mayLabel ? KEY_ENOUGH : PLAIN_ENOUGH;
	let raw = end - start > read ? collapseWhiteSpace(text, start, start + read) : '';
	if (raw.length < enough) raw = collapseWhiteSpace(text, start, end);
	// Skip the speaker's label in a verbatim turn. The pattern is tried only where it may match: the
	// text begins with its first letter (M or T) and has a colon where the label's may be (the first
	// colon, since the words before it have none, at most 4 + 160 units in).
	let body = raw;
	if (mayLabel) {
		const colon = raw.indexOf(':');
		if (colon >= 0 && colon <= LABEL_COLON) body = raw.replace(/^(?:Mr|Mrs|Ms|The)\.?[^:]{0,160}:\s*/, '');
	}
	return body.length > 300 ? body.slice(0, 297) + '…' : body;
}
