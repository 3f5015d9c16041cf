/**
 * Per-code-unit tables the tokenizer reads instead of calling functions per character: whether a
 * code unit belongs to a word, whether it is an upper-case letter, and its case-folded form.
 * Built lazily, 256 code units at a time.
 */

/** Bit set in CHAR_CLASS for letters and digits (including accented and non-Latin letters). */
export const WORD = 1;
/** Bit set in CHAR_CLASS for upper-case letters. */
export const UPPER = 2;

/** True for letters and digits, including accented and non-Latin letters. */
export function isWordCode(c: number): boolean {
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
	// General punctuation, symbols and spaces above ASCII are not word characters.
	if (c === 0xa0 || c === 0xad || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff || c === 0xfffd) return false;
	if (c === 0xab || c === 0xbb || c === 0xb7 || c === 0xd7 || c === 0xf7 || c === 0xa7 || c === 0xb6 || c === 0xb0) return false;
	return c >= 0xc0 || (c >= 0xaa && c !== 0xac && c !== 0xae && c !== 0xaf && c !== 0xb1 && c !== 0xb4);
}

/** True for a unit a regular expression's `\b` counts as a word's: an ASCII letter, digit or "_". */
export function isRegExpWordCode(c: number): boolean {
	return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}

/** What a word's first character is: the bits of INITIAL (and of Words.initial). */
export const enum Initial {
	/** a–z */
	AsciiLower = 1,
	/** Any upper-case letter (A–Z, É, Д, …). */
	Upper = 2,
	/** 0–9 */
	AsciiDigit = 4,
	/**
	 * No character: set on a word joined across a hyphenated line break (by the tokenizer), the only
	 * word whose span is longer than the word.
	 */
	Joined = 8,
}

/** Set on every entry once its block is built, so that 0 means "not built yet". */
export const KNOWN = 4;

/** WORD, UPPER and KNOWN bits per UTF-16 code unit; 0 until its block of 256 is built (see charClass). */
export const CHAR_CLASS = new Uint8Array(65536);
/** The lower-case form of each UTF-16 code unit, valid once CHAR_CLASS[c] is non-zero. */
export const FOLDED = new Uint16Array(65536);
/** FOLDED for word characters, 0 for all others: one read tells both (valid once CHAR_CLASS[c] is non-zero). */
export const WORD_FOLD = new Uint16Array(65536);
/** The Initial bits of each code unit, valid once CHAR_CLASS[c] is non-zero: one read where the tokenizer starts a word. */
export const INITIAL = new Uint8Array(65536);

/**
 * Builds the tables for the block of 256 code units holding `c` and returns c's class. Blocks are
 * built on first sight: a text in English touches two or three of them, and start-up stays instant.
 */
export function buildClass(c: number): number {
	const from = c & ~255;
	for (let d = from; d < from + 256; d++) {
		let bits = KNOWN | (isWordCode(d) ? WORD : 0);
		if (d < 128) {
			if (d >= 65 && d <= 90) bits |= UPPER;
			FOLDED[d] = d >= 65 && d <= 90 ? d + 32 : d;
		} else {
			const ch = String.fromCharCode(d);
			const lower = ch.toLowerCase();
			if (ch !== lower && ch === ch.toUpperCase()) bits |= UPPER;
			FOLDED[d] = lower.length === 1 ? lower.charCodeAt(0) : d;
		}
		CHAR_CLASS[d] = bits;
		WORD_FOLD[d] = bits & WORD ? FOLDED[d] : 0;
		INITIAL[d] = d >= 97 && d <= 122 ? Initial.AsciiLower : d >= 48 && d <= 57 ? Initial.AsciiDigit : bits & UPPER ? Initial.Upper : 0;
	}
	return CHAR_CLASS[c];
}

/** The class bits of code unit `c` (building its block when first seen). */
export function charClass(c: number): number {
	return CHAR_CLASS[c] || buildClass(c);
}

/** The folded (lower-case) code unit of `c`. */
export function foldCode(c: number): number {
	if (CHAR_CLASS[c] === 0) buildClass(c);
	return FOLDED[c];
}

buildClass(0);

interface NodeBufferView extends Uint8Array {
	write(text: string, offset: number, length: number, encoding: 'utf16le'): number;
}
/** Node's Buffer, when the engine runs in Node: it copies a string's code units natively. */
const NodeBuffer = (globalThis as {
	Buffer?: { from(text: string, encoding: 'utf16le'): Uint8Array; from(memory: ArrayBuffer): NodeBufferView };
}).Buffer;

/**
 * The UTF-16 code units of text[from, to) in a typed array. The tokenizer reads these rather than
 * the string: the engine is handed flat, sliced and concatenated strings, and a loop that reads
 * all three through charCodeAt runs at half the speed of one that sees a single kind.
 */
export function codeUnits(text: string, from: number, to: number): Uint16Array {
	const part = from === 0 && to === text.length ? text : text.slice(from, to);
	if (NodeBuffer && part.length > 64) {
		const bytes = NodeBuffer.from(part, 'utf16le');
		if (bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
	}
	const out = new Uint16Array(part.length);
	for (let i = 0; i < part.length; i++) out[i] = part.charCodeAt(i);
	return out;
}

let scratch = new Uint16Array(1024);
let scratchBytes: NodeBufferView | null = null;

/**
 * codeUnits(text, from, to) in an array reused by the next call: for a caller that is done with it
 * before it calls again (the tokenizer, which is called for every paragraph, title and vote line).
 * With `sentinel`, the array has one unit more, a 0, after the text's.
 *
 * The array is kept at the size of the longest text since (until dropScratchUnits): a long text's
 * units copied into fresh memory paid a page fault per 4 KB, two copies (Buffer.from, then the
 * array with the sentinel) about 7 ms per MB of text here.
 */
export function scratchUnits(text: string, from: number, to: number, sentinel = false): Uint16Array {
	const length = to - from;
	const size = sentinel ? length + 1 : length;
	if (size > scratch.length) {
		scratch = new Uint16Array(Math.max(size, scratch.length * 2));
		scratchBytes = null;
	}
	if (NodeBuffer && length > 64) {
		scratchBytes ??= NodeBuffer.from(scratch.buffer as ArrayBuffer);
		scratchBytes.write(from === 0 && to === text.length ? text : text.slice(from, to), 0, length * 2, 'utf16le');
	} else {
		for (let i = 0; i < length; i++) scratch[i] = text.charCodeAt(from + i);
	}
	if (sentinel) scratch[length] = 0;
	return scratch.subarray(0, size);
}

/** Lets the array of scratchUnits go, back to a small one (the server calls this when idle). */
export function dropScratchUnits(): void {
	scratch = new Uint16Array(1024);
	scratchBytes = null;
}
