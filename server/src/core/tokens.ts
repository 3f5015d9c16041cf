/**
 * One pass over the text that cuts it into words, the unit every lexicon matches on.
 *
 * A word is a run of letters or digits. Hyphens, apostrophes and slashes split words, so that
 * "Secretary-General", "Secretary General" and an OCR "Secretary- General" all read alike. A word
 * broken at a line end by a hyphen ("peace-\nkeeping") is joined again when the second half starts
 * in lower case, as PDF and OCR dumps break words that way.
 */

/** How two neighbouring words are separated, from loosest to tightest. */
export const enum Gap {
	/** Spaces, line breaks, hyphens, apostrophes, slashes, a full stop: a phrase may run on. */
	Join = 0,
	/** A comma (names such as "Truth, Reconciliation and Reparations Commission"). */
	Comma = 1,
	/** Anything else (brackets, colons, quotes, dashes, blank lines): a phrase stops here. */
	Break = 2,
}

export interface Words {
	readonly count: number;
	readonly start: Int32Array;
	readonly end: Int32Array;
	/** The gap between word i-1 and word i (Gap.Break for the first word). */
	readonly gapBefore: Uint8Array;
	/** The word as printed (a joined hyphenated word without its hyphen and line break). */
	readonly text: string[];
	/** The same words in lower case, for case-insensitive lexicons. */
	readonly lower: string[];
}

/** True for letters and digits, including accented and non-Latin letters. */
export function isWordChar(c: number): boolean {
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
	// General punctuation, symbols and spaces above ASCII are not word characters.
	if (c === 0xa0 || c === 0xad || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff || c === 0xfffd) return false;
	if (c === 0xab || c === 0xbb || c === 0xb7 || c === 0xd7 || c === 0xf7 || c === 0xa7 || c === 0xb6 || c === 0xb0) return false;
	return c >= 0xc0 || (c >= 0xaa && c !== 0xac && c !== 0xae && c !== 0xaf && c !== 0xb1 && c !== 0xb4);
}

function gapKind(text: string, from: number, to: number): Gap {
	let kind = Gap.Join;
	let newlines = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 32 || c === 9 || c === 0xa0) continue;
		if (c === 10 || c === 13) {
			if (c === 10 && ++newlines > 1) return Gap.Break;
			continue;
		}
		// A full stop before a space ends a sentence, unless it follows an initial ("Keisal M. Peters").
		if (c === 46) {
			const next = text.charCodeAt(i + 1);
			const initial = i === from && (from < 2 || !isWordChar(text.charCodeAt(from - 2)));
			if ((next === 32 || next === 10 || next === 13 || next === 9 || i + 1 >= to) && !initial) return Gap.Break;
			continue;
		}
		// hyphen, apostrophes, slash, soft and non-breaking hyphens, typographic apostrophes
		if (c === 45 || c === 39 || c === 47 || c === 0xad || c === 0x2010 || c === 0x2011 || c === 0x2019 || c === 0x2018) continue;
		if (c === 44) { kind = Gap.Comma; continue; }
		return Gap.Break;
	}
	return kind;
}

/** Cuts `text` into words (see module comment). Linear in the text's length. */
export function tokenize(text: string, from = 0, to = text.length): Words {
	const start: number[] = [];
	const end: number[] = [];
	const gaps: number[] = [];
	const words: string[] = [];
	let i = from;
	let prevEnd = -1;
	while (i < to) {
		if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
		const s = i;
		while (i < to && isWordChar(text.charCodeAt(i))) i++;
		let word = text.slice(s, i);
		// "peace-\nkeeping": join a word broken by a hyphen at a line end.
		if (text.charCodeAt(i) === 45 && (text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13)) {
			let j = i + 1;
			while (j < to && (text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 32)) j++;
			const c = text.charCodeAt(j);
			if (c >= 97 && c <= 122) {
				const s2 = j;
				while (j < to && isWordChar(text.charCodeAt(j))) j++;
				word += text.slice(s2, j);
				i = j;
			}
		}
		gaps.push(prevEnd < 0 ? Gap.Break : gapKind(text, prevEnd, s));
		start.push(s);
		end.push(i);
		words.push(word);
		prevEnd = i;
	}
	return {
		count: words.length,
		start: Int32Array.from(start),
		end: Int32Array.from(end),
		gapBefore: Uint8Array.from(gaps),
		text: words,
		// Most words of prose are already lower case: keep the same string rather than copy it.
		lower: words.map(w => { const c = w.charCodeAt(0); return c >= 97 && c <= 122 && !/[A-Z]/.test(w) ? w : w.toLowerCase(); }),
	};
}

/** True when the word begins with an upper-case letter. */
export function isCapitalized(word: string): boolean {
	const c = word.charCodeAt(0);
	if (c >= 65 && c <= 90) return true;
	if (c < 128) return false;
	const ch = word[0];
	return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when every letter of the word is upper case and it has at least one letter. */
export function isAllCaps(word: string): boolean {
	return word.toUpperCase() === word && word.toLowerCase() !== word;
}
