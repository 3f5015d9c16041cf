/**
 * Themes and stances of one statement, from the cue phrases of the vocabulary: a theme counts when
 * its cues recur in the statement; a stance attaches to a theme when a stance cue and the theme's
 * cue share a sentence ("We condemn the attacks on humanitarian convoys").
 */
import { Cue, Span, Stance, ThemeStance } from './model';
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

const MAX_THEMES = 3;
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

	const counts = new Map<string, number>();
	for (const c of themeCues) counts.set(c.theme!, (counts.get(c.theme!) ?? 0) + 1);
	const ranked = [...counts].sort((a, b) => b[1] - a[1]);
	const top = ranked[0]?.[1] ?? 0;
	// A theme mentioned once in a long statement is a passing reference, not what it is about.
	const min = Math.max(1, Math.ceil(top / 3), span.end - span.start > 1500 ? 2 : 1);
	const themes = ranked.filter(([, n]) => n >= min).slice(0, MAX_THEMES).map(([id]) => id);

	const sentences = sentenceBounds(text, span);
	const sentenceOf = (offset: number) => upperBound(sentences, offset);
	const votes = new Map<string, Map<Stance, number>>();
	const themeSentences = new Map<number, Set<string>>();
	for (const c of themeCues) {
		const s = sentenceOf(c.span.start);
		let set = themeSentences.get(s);
		if (!set) themeSentences.set(s, set = new Set());
		set.add(c.theme!);
	}
	const score = new Map<number, number>();
	for (const c of [...themeCues, ...stanceCues]) {
		const s = sentenceOf(c.span.start);
		score.set(s, (score.get(s) ?? 0) + 1);
	}
	for (const c of stanceCues) {
		const s = sentenceOf(c.span.start);
		for (const theme of themeSentences.get(s) ?? []) {
			let m = votes.get(theme);
			if (!m) votes.set(theme, m = new Map());
			m.set(c.stance!, (m.get(c.stance!) ?? 0) + 1);
		}
	}
	const stances: ThemeStance[] = [];
	for (const theme of themes) {
		const m = votes.get(theme);
		if (!m) continue;
		const [stance] = [...m].sort((a, b) => b[1] - a[1])[0];
		stances.push({ theme, stance });
	}

	let best = -1, bestScore = 0;
	for (const [s, n] of score) if (n > bestScore || n === bestScore && s < best) { best = s; bestScore = n; }
	const keySentence = sentenceText(text, span, sentences, best >= 0 ? best : 0);
	return { themes, stances, themeCues, stanceCues, keySentence };
}

/** Offsets at which the statement's sentences end, ascending. */
function sentenceBounds(text: string, span: Span): number[] {
	const ends: number[] = [];
	const slice = text.slice(span.start, span.end);
	SENTENCE_END.lastIndex = 0;
	for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) ends.push(span.start + m.index + m[0].length);
	if (!ends.length || ends[ends.length - 1] < span.end) ends.push(span.end);
	return ends;
}

/** Index of the first sentence end greater than `offset`. */
function upperBound(ends: readonly number[], offset: number): number {
	let lo = 0, hi = ends.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ends[mid] > offset) hi = mid; else lo = mid + 1;
	}
	return lo;
}

function sentenceText(text: string, span: Span, ends: readonly number[], k: number): string {
	const start = k === 0 ? span.start : ends[k - 1];
	const raw = collapseWhiteSpace(text, start, ends[k]).trim();
	// Skip the speaker's label in a verbatim turn.
	const body = raw.replace(/^(?:Mr|Mrs|Ms|The)\.?[^:]{0,160}:\s*/, '');
	return body.length > 300 ? body.slice(0, 297) + '…' : body;
}
