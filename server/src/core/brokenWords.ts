/**
 * Words broken by a hyphen at a line end ("peace-\nkeeping"), which the tokenizer joins again when
 * the next line goes on in lower case: rare, so kept out of its loop (and file).
 */
import { charClass, WORD } from './chars';
import { STEM, WordTable } from './wordTable';

/**
 * The word units[s, i) joined with the next line's first word when a hyphen at i ends its line
 * and the next line goes on in lower case: the joined word, its id and prefix ids, and where it
 * ends (a units index). Null when the hyphen is an ordinary one.
 */
export function joinBroken(text: string, units: Uint16Array, from: number, length: number, s: number, i: number, table: WordTable): { word: string; id: number; prefixIds: number[]; end: number } | null {
	const after = unitAt(text, units, from, length, i + 1);
	if (after !== 10 && after !== 13) return null;
	let j = i + 1;
	while (j < length && (units[j] === 10 || units[j] === 13 || units[j] === 32)) j++;
	const d = unitAt(text, units, from, length, j);
	if (!(d >= 97 && d <= 122)) return null; // (NaN past the end of the text: no join)
	const s2 = j;
	while (j < length && (charClass(units[j]) & WORD) !== 0) j++;
	const word = text.slice(from + s, from + i) + text.slice(from + s2, from + j);
	const prefixIds: number[] = [];
	for (let k = STEM; k <= Math.min(31, word.length); k++) {
		if ((table.prefixLengths >>> k) & 1) {
			const p = table.lookupString(word.slice(0, k), true);
			if (p >= 0) prefixIds.push(p);
		}
	}
	return { word, id: table.lookupString(word), prefixIds, end: j };
}

/** The code unit at units index k, read from the text where k lies outside units[0, length). */
export function unitAt(text: string, units: Uint16Array, from: number, length: number, k: number): number {
	return k >= 0 && k < length ? units[k] : text.charCodeAt(from + k);
}

