/**
 * A line's words taken from the words of the whole text instead of tokenizing the line again: a
 * record is tokenized once for its statements, and its vote lists (tens of kilobytes in a long
 * record) are among those words.
 */
import { MatchList, PhraseLexicon } from './phrases';
import { firstAtLeast } from './search';
import { tokenize, Words } from './tokens';
import { WordTable } from './wordTable';

/**
 * The words of `words` (the whole text's) inside text[start, end), as [first, to), or null when a
 * word runs across `start` or `end`. Inside, they are the words text.slice(start, end) tokenizes
 * into: a word and the gap before it are read from the units between the neighbouring words, which
 * lie inside. Across an end they differ: a word broken by a hyphen at a line end is joined with
 * the next line's first word, and a slice that cuts a word begins or ends with half of it.
 */
export function wordsWithin(words: Words, start: number, end: number): [first: number, to: number] | null {
	const first = firstAtLeast(words.end, start + 1);
	if (first < words.count && words.start[first] < start) return null;
	const to = firstAtLeast(words.start, end);
	if (to > first && words.end[to - 1] > end) return null;
	return [first, Math.max(first, to)];
}

/**
 * The values of `lexicon`'s matches in text.slice(start, end) tokenized alone, read from `words`
 * (the whole text's, or null) where wordsWithin finds the slice's own words there. The gap before
 * the slice's first word differs (a break when tokenized alone) but is never read: a match reads
 * the gaps after its first word. `matches`, when given, are all of the lexicon's matches in
 * `words` (findStates makes them): the slice's are read from them where valuesInside can.
 */
export function valuesWithin<T>(lexicon: PhraseLexicon<T>, text: string, start: number, end: number, table: WordTable, words: Words | null,
	matches: MatchList<T> | null = null): T[] {
	const range = words && wordsWithin(words, start, end);
	if (range) return (matches && valuesInside(matches, range[0], range[1])) ?? valuesOf(lexicon.scan(words!, range[0], range[1]));
	const slice = text.slice(start, end);
	return valuesOf(lexicon.scan(tokenize(slice, 0, slice.length, table)));
}

/** The values of `matches`, in order. */
function valuesOf<T>(matches: MatchList<T>): T[] {
	return Array.from({ length: matches.count }, (_, k) => matches.value(k));
}

/**
 * The values of `matches` (matchAll's over all words, in order) inside words [first, to), or null
 * when a match runs across `first` or `to`. Where none does, they are what matchAll finds in
 * [first, to) alone: the scan of all words tries word `first` as a start (no match covers it from
 * before), and from there both scans decide alike, since a walk that ends before `to` finds the same
 * longest match whichever bound it has, and one that would end past `to` is a match across it.
 */
export function valuesInside<T>(matches: MatchList<T>, first: number, to: number): T[] | null {
	// The first match that ends at or after `first` (the matches' ends ascend).
	const lo = firstAtLeast(matches.last, first, matches.count);
	if (lo < matches.count && matches.first[lo] < first) return null;
	const out: T[] = [];
	for (let k = lo; k < matches.count && matches.first[k] < to; k++) {
		if (matches.last[k] >= to) return null;
		out.push(matches.value(k));
	}
	return out;
}

/**
 * Words of a window of some string: words[first, to). An offset in the window's string is the
 * word's offset in `words.source` less `base`.
 */
export interface WindowWords {
	readonly words: Words;
	readonly first: number;
	readonly to: number;
	readonly base: number;
}

/**
 * The words source[from, to) tokenizes into. `whole`, when given, holds the words of a text of which
 * `source` is the slice at `offset` (the caller's promise): they are read from there where
 * wordsWithin finds them, which spares a tokenize whose fixed cost is most of a short window's
 * (a coverage paragraph's first sentence); otherwise the window is tokenized alone. As with
 * valuesWithin, the gap before the first word differs and must not be read.
 */
export function windowWords(source: string, from: number, to: number, table: WordTable, whole: Words | null, offset: number): WindowWords {
	const range = whole && wordsWithin(whole, offset + from, offset + to);
	if (range) return { words: whole!, first: range[0], to: range[1], base: offset };
	const words = tokenize(source, from, to, table);
	return { words, first: 0, to: words.count, base: 0 };
}
