/**
 * Themes and stances of one statement, from the cue phrases of the vocabulary: a theme counts when
 * its cues recur in the statement; a stance attaches to a theme when a stance cue and the theme's
 * cue share a sentence ("We condemn the attacks on humanitarian convoys").
 */
import { Cue, Span, ThemeStance } from './model';
import { busiestSentence, rankedThemes, sentencesOf, themeStances } from './themeCounts';
import { Words } from './tokens';
import { Vocabulary } from './vocabulary';
import { collapseWhiteSpace } from './whiteSpace';

export interface StatementThemes {
	readonly themes: string[];
	readonly stances: ThemeStance[];
	readonly themeCues: Cue[];
	readonly stanceCues: Cue[];
	readonly keySentence: string;
}

const SENTENCE_END = /[.!?…]["”’)]?(?=\s|$)/g;

/** Themes, stances, cues and key sentence of the statement covering words [from, to) of `text`. */
export function statementThemes(text: string, span: Span, words: Words, from: number, to: number, vocab: Vocabulary): StatementThemes {
	const themeCues: Cue[] = [];
	const stanceCues: Cue[] = [];
	for (const m of vocab.cues.matchAll(words, from, to)) {
		const span = { start: words.start[m.first], end: words.end[m.last] };
		if (m.value.theme !== undefined) themeCues.push({ span, theme: m.value.theme });
		else stanceCues.push({ span, stance: m.value.stance });
	}

	const themes = rankedThemes(themeCues, span.end - span.start > 1500);
	const sentences = sentenceBounds(text, span);
	const themeAt = sentencesOf(themeCues, sentences), stanceAt = sentencesOf(stanceCues, sentences);
	const stances = themeStances(themes, themeCues, themeAt, stanceCues, stanceAt);
	const best = busiestSentence(themeAt, stanceAt);
	const keySentence = sentenceText(text, span, sentences, best >= 0 ? best : 0);
	return { themes, stances, themeCues, stanceCues, keySentence };
}

/** Offsets at which the statement's sentences end, ascending. */
function sentenceBounds(text: string, span: Span): number[] {
	const ends: number[] = [];
	const slice = text.slice(span.start, span.end);
	SENTENCE_END.lastIndex = 0;
	// test() moves lastIndex to each match's end, which is all we keep: no match array per sentence.
	while (SENTENCE_END.test(slice)) ends.push(span.start + SENTENCE_END.lastIndex);
	if (!ends.length || ends[ends.length - 1] < span.end) ends.push(span.end);
	return ends;
}

function sentenceText(text: string, span: Span, ends: readonly number[], k: number): string {
	const start = k === 0 ? span.start : ends[k - 1];
	const raw = collapseWhiteSpace(text, start, ends[k]).trim();
	// Skip the speaker's label in a verbatim turn.
	const body = raw.replace(/^(?:Mr|Mrs|Ms|The)\.?[^:]{0,160}:\s*/, '');
	return body.length > 300 ? body.slice(0, 297) + '…' : body;
}
