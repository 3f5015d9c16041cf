/**
 * Whether a word of the text may stand for a word of a proper name in a lexicon, decided from the
 * text's code units where possible: the lexicons test this for every phrase they match, and
 * cutting the text word out as a string each time cost more than the match itself.
 */
import { isAllCaps, isCapitalized, Words } from './tokens';

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'against', 'de', 'du', 'des', 'la', 'le', 'et', 'with', 'at', 'a', 's']);

/** A word of a name, with the forms the agreement test compares against, computed once. */
export class NameWord {
	readonly upper: string;
	readonly lower: string;
	/** An acronym ("AU"): only the exact form agrees. */
	readonly acronym: boolean;
	/** A connector ("of", "the"): any case agrees, as long as the letters do. */
	readonly connector: boolean;
	readonly capitalized: boolean;
	/**
	 * What a text word that matched this one by its folded id, at the same length, agrees as: Agree
	 * or Capitalized (it agrees if it is capitalised) when that is settled without reading the text,
	 * else Read. Settled only for words in ASCII, whose folded form is their lower case.
	 */
	readonly onMatch: OnMatch;

	constructor(readonly text: string) {
		this.upper = text.toUpperCase();
		this.lower = text.toLowerCase();
		this.acronym = text.length > 1 && isAllCaps(text);
		this.connector = CONNECTORS.has(this.lower);
		this.capitalized = isCapitalized(text);
		this.onMatch = !/^[\x00-\x7f]*$/.test(text) || this.acronym ? OnMatch.Read
			: this.connector ? OnMatch.Agree : this.capitalized ? OnMatch.Capitalized : OnMatch.Read;
	}
}

/** See NameWord.onMatch. */
export const enum OnMatch { Read, Agree, Capitalized }

/**
 * Whether word i of `words` agrees in case with `expected` (see `wordCaseAgrees`). Word i has
 * already matched `expected` case-folded, by id or as a prefix.
 */
export function nameWordAgrees(expected: NameWord, words: Words, i: number): boolean {
	const src = words.source;
	const s = words.start[i];
	const n = expected.text.length;
	// Folding keeps lengths, so a span as long as the lexicon word is the word itself: neither a word
	// joined across a line break (its span holds the hyphen) nor a longer word matched by a prefix.
	if (words.end[i] - s !== n) return wordCaseAgrees(expected.text, words.word(i));
	// The text word folds to the lexicon word's lower case. For a word in ASCII that leaves only its
	// capital to weigh (the only other code unit that lower-cases into ASCII, the Kelvin sign, is no
	// word character).
	if (expected.onMatch === OnMatch.Agree) return true;
	if (expected.onMatch === OnMatch.Capitalized) return words.capitalized(i);
	if (sameUnits(src, s, expected.text)) return true;
	if (expected.acronym) return false;
	if (n > 1 && expected.upper.length === n && sameUnits(src, s, expected.upper)) return true;
	if (!expected.connector && !(expected.capitalized && words.capitalized(i))) return false;
	// Both lower-cased must be equal; ASCII is lower-cased here, anything else as a string.
	for (let k = 0; k < n; k++) {
		let c = src.charCodeAt(s + k);
		if (c >= 128) return wordCaseAgrees(expected.text, words.word(i));
		if (c >= 65 && c <= 90) c += 32;
		if (c !== expected.lower.charCodeAt(k)) return false;
	}
	return expected.lower.length === n;
}

function sameUnits(src: string, s: number, word: string): boolean {
	for (let k = 0; k < word.length; k++) if (src.charCodeAt(s + k) !== word.charCodeAt(k)) return false;
	return true;
}

/** Whether a text word may stand for a lexicon word in a proper name. */
export function wordCaseAgrees(expected: string, actual: string): boolean {
	if (expected === actual) return true;
	if (expected.length > 1 && isAllCaps(expected)) return false; // acronyms match exactly
	if (actual.length > 1 && actual === expected.toUpperCase()) return true; // an all-capitals heading
	if (CONNECTORS.has(expected.toLowerCase())) return expected.toLowerCase() === actual.toLowerCase();
	return isCapitalized(actual) && isCapitalized(expected) && actual.toLowerCase() === expected.toLowerCase();
}
