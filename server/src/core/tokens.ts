/**
 * One pass over the text that cuts it into words, the unit every lexicon matches on.
 *
 * A word is a run of letters or digits. Hyphens, apostrophes and slashes split words, so that
 * "Secretary-General", "Secretary General" and an OCR "Secretary- General" all read alike. A word
 * broken at a line end by a hyphen ("peace-\nkeeping") is joined again when the second half starts
 * in lower case, as PDF and OCR dumps break words that way.
 *
 * Words are not cut out as strings while scanning: each is hashed as it is read and looked up in
 * the vocabulary's WordTable; the string is made only when a caller asks for it.
 */
import { buildClass, CHAR_CLASS, charClass, FOLDED, Initial, INITIAL, scratchUnits, UPPER, WORD_FOLD } from './chars';
import { joinBroken } from './brokenWords';
import { Gap, gapKind } from './gaps';
import { HASH_SEED, midOf, STEM, unknownAt, WordTable } from './wordTable';
import { copy32, copy8, longPrefixes, longWords, moreScratchPrefixes, releaseLongPrefixes, releaseLongWords, reserve, scratchPrefixes, sharedWords } from './wordSlab';

/** Bits of Words.initial: what a word's first character is. */
export { Initial };

/** How two neighbouring words are separated (see gaps.ts). */
export { Gap };

/** The words of a text (or of a slice of it), with offsets, gaps and vocabulary ids. */
export class Words {
	private cache: (string | undefined)[] | null = null;
	private lowerCache: (string | undefined)[] | null = null;

	constructor(
		readonly source: string,
		readonly count: number,
		readonly start: Int32Array,
		readonly end: Int32Array,
		/** The gap between word i-1 and word i (Gap.Break for the first word). */
		readonly gapBefore: Uint8Array,
		/** The word's id in the WordTable, or -1 when no lexicon knows it. */
		readonly id: Int32Array,
		/** Ids of known prefixes the word begins with: prefixIds[prefixFrom[i] .. prefixFrom[i+1]). */
		readonly prefixFrom: Int32Array,
		readonly prefixIds: Int32Array,
		/** Words joined across a hyphenated line break, by index. */
		private readonly joined: ReadonlyMap<number, string> | null,
		/** What each word's first character is (Initial bits), so that later passes need not read the text. */
		readonly initial: Uint8Array,
		/** True when the arrays are views of a buffer of this text's own (a long text's; see release). */
		private ownsBuffer = false,
	) {}

	/**
	 * Hands a long text's arrays back for the next long text (see wordSlab's longWords), when the
	 * caller is done with these words: none of its arrays may be read after this.
	 */
	release(): void {
		if (!this.ownsBuffer) return;
		this.ownsBuffer = false;
		releaseLongWords(this.start.buffer as ArrayBuffer);
		releaseLongPrefixes(this.prefixIds);
	}

	/** The word as printed (a joined hyphenated word without its hyphen and line break). */
	word(i: number): string {
		// Sized at once: writing far past the end of an empty array turns it into a slow dictionary.
		const cache = this.cache ??= new Array<string | undefined>(this.count);
		return cache[i] ??= this.joined?.get(i) ?? this.source.slice(this.start[i], this.end[i]);
	}

	/** The word in lower case. */
	lowerWord(i: number): string {
		const cache = this.lowerCache ??= new Array<string | undefined>(this.count);
		return cache[i] ??= this.word(i).toLowerCase();
	}

	/** True when the word begins with an upper-case letter (read from the text, no string made). */
	capitalized(i: number): boolean {
		return (this.initial[i] & Initial.Upper) !== 0;
	}

	/** The words [from, to) as strings. */
	slice(from: number, to: number): string[] {
		const out: string[] = [];
		for (let i = from; i < to; i++) out.push(this.word(i));
		return out;
	}
}

const NO_WORDS = new WordTable();
const NO_IDS = new Int32Array(0);

/**
 * Texts of up to about this many words are scanned into arrays shared by every call (see
 * wordSlab's sharedWords) and copied out at their exact length: for a short text (a title, a vote
 * line, a name; the vocabulary tokenizes thousands of cues once, an analysis a few hundred heads and
 * lines) six fresh arrays cost more than the scan. A longer text gets arrays of its own (longWords).
 */
const SHARED_WORDS = sharedWords.capacity;

/**
 * Cuts text[from, to) into words (see module comment), looking each up in `table`. Linear in the
 * length of the text.
 */
export function tokenize(text: string, from = 0, to = text.length, table: WordTable = NO_WORDS): Words {
	// About one word in six code units in English; the arrays grow when a text has more.
	const estimate = Math.ceil((to - from) / 5) + 16;
	let arrays = estimate <= SHARED_WORDS ? sharedWords : longWords(estimate);
	let cap = arrays.capacity;
	let { start, end, id, prefixFrom, gaps, initial } = arrays;
	// Prefix ids are written into one scratch array shared by every call (as the code units are) and
	// copied out at the end: a number[] grown word by word was garbage of the size of the text's words.
	let prefixIds = scratchPrefixes();
	let pn = 0;
	let joined: Map<number, string> | null = null;
	const prefixLengths = table.prefixLengths;
	const memo = prefixLengths !== 0 ? table.prefixMemo() : NO_IDS, memoIds = table.memoIds, stemBits = table.stemBits;
	const unknown = table.unknownPrefixes;
	const classes = CHAR_CLASS, folded = FOLDED, initials = INITIAL;
	// units[k] is text[from + k]; offsets below are text offsets, so units are read at i - from.
	const length = to - from;
	// One unit more than the text, a 0 (no word character): the scans of a word need no bounds test.
	const units = scratchUnits(text, from, to, true);
	let n = 0;
	let i = 0;
	// Where the last word ended, and the code unit that ended it.
	let prevEnd = -1, prevUnit = 0;
	const wordFold = WORD_FOLD;
	while (i < length) {
		let c = units[i];
		let f = wordFold[c];
		if (f === 0) {
			// Not a word character, or one of a block of code units not seen yet.
			if (classes[c] !== 0 || (buildClass(c), f = wordFold[c]) === 0) { i++; continue; }
		}
		if (n === cap) {
			arrays = longWords(2 * cap, arrays, n);
			cap = arrays.capacity;
			({ start, end, id, prefixFrom, gaps, initial } = arrays);
		}
		const s = i;
		initial[n] = initials[c];
		// The first STEM units apart from the rest: their hash is the stem hash the prefixes need. Each
		// unit after the first is read under an if of its own, not in a loop that stops at the word's
		// end or after STEM units: each if has a branch of its own for the processor to foretell, and
		// that was foretold better (tokenize A/B 0.95 over a do-while loop testing both ends). STEM is 4.
		let h = Math.imul(HASH_SEED ^ f, 16777619), sig = f, wide = f;
		c = units[++i];
		f = wordFold[c];
		if (f !== 0) {
			h = Math.imul(h ^ f, 16777619);
			sig = sig << 8 | f;
			wide |= f;
			c = units[++i];
			f = wordFold[c];
			if (f !== 0) {
				h = Math.imul(h ^ f, 16777619);
				sig = sig << 8 | f;
				wide |= f;
				c = units[++i];
				f = wordFold[c];
				if (f !== 0) {
					h = Math.imul(h ^ f, 16777619);
					sig = sig << 8 | f;
					wide |= f;
					c = units[++i];
					f = wordFold[c];
				}
			}
		}
		const stemHash = h;
		if (wide > 255) sig = 0; // (see sigOf)
		// The units after the first STEM packed as well (see tailOf): the table then tells most known
		// words from their slot alone, without reading their units again.
		let tail = 0;
		wide = 0;
		while (f !== 0) {
			h = Math.imul(h ^ f, 16777619);
			tail = tail << 8 | f;
			wide |= f;
			c = units[++i];
			f = wordFold[c];
		}
		if (wide > 255) tail = 0;
		// WORD_FOLD is 0 for a block not built yet too: build it and read the word again. Kept out
		// of the loops above: with a call in them the compiler kept the hash, sig and position on
		// the stack, stored and reloaded on every unit, instead of in registers.
		if (classes[c] === 0) { buildClass(c); i = s; continue; }
		const prefixesFrom = pn;
		prefixFrom[n] = prefixesFrom;
		// Looked up at once. Lookups held back a word (done after the next word's scan, the first slot
		// read ahead) or left to a second loop over all words were slower, the loop's state no longer
		// fitting in registers; a table half the size was no faster: the slot reads do not stall it.
		let wordId = table.lookup(units, s, i, h, sig, tail);
		// A word whose first four letters begin no prefix (its stem's bit clear: every prefix sets its
		// stem's) has no prefix ids, known or not: told by the stem hash alone, before the lookup's
		// answer, and so for most words without waiting on the table's memory.
		if (prefixLengths !== 0 && i - s >= STEM && ((stemBits[(stemHash >>> 3) & 8191] >> (stemHash & 7)) & 1) !== 0) {
			// Room for the most prefixes a word has (one per length up to 31).
			if (pn + 32 > prefixIds.length) prefixIds = moreScratchPrefixes(pn + 32);
			// A known word's prefix ids are probed once (see WordTable.prefixMemo). An unknown word's are
			// kept by its hash when its sig, tail, middle and length tell it (up to 3 * STEM Latin-1
			// letters: most such words), and found again without a call: the calls of its probes were
			// about a twentieth of this loop's time.
			const m = wordId >= 0 ? memo[wordId] : -1;
			let at = -1;
			if (wordId < 0 && sig !== 0 && i - s <= 3 * STEM && (i - s <= STEM || tail !== 0)) {
				const mid = i - s > 2 * STEM ? midOf(units, s) : 0;
				at = unknownAt(h);
				if (unknown[at] !== sig || unknown[at + 1] !== tail || unknown[at + 2] !== mid || unknown[at + 3] !== i - s) {
					unknown[at] = sig;
					unknown[at + 1] = tail;
					unknown[at + 2] = mid;
					unknown[at + 3] = i - s;
					unknown[at + 4] = -1;
				}
			}
			if (m >= 0) {
				for (let k = m >> 5, e = k + (m & 31); k < e; k++) prefixIds[pn++] = memoIds[k];
			} else if (at >= 0 && unknown[at + 4] >= 0) {
				for (let k = at + 5, e = k + unknown[at + 4]; k < e; k++) prefixIds[pn++] = unknown[k];
			} else {
				// Prefixes are probed only for words whose first four letters begin some prefix, and only
				// at the lengths of the prefixes that begin so.
				const lengths = table.stemPrefixes(units, s, stemHash, sig);
				if (lengths !== 0) {
					let hp = stemHash, tp = 0, wp = 0;
					const longest = Math.min(i - s, 31 - Math.clz32(lengths));
					for (let k = STEM; k <= longest; k++) {
						if (k > STEM) {
							const u = folded[units[s + k - 1]];
							hp = Math.imul(hp ^ u, 16777619);
							tp = tp << 8 | u;
							wp |= u;
						}
						if ((lengths >>> k) & 1) {
							const p = table.lookup(units, s, s + k, hp, sig, wp > 255 ? 0 : tp, true);
							if (p >= 0) prefixIds[pn++] = p;
						}
					}
				}
				if (wordId >= 0) table.rememberPrefixes(wordId, prefixIds, prefixesFrom, pn);
				else if (at >= 0) table.rememberUnknown(at, prefixIds, prefixesFrom, pn);
			}
		}
		// "peace-\nkeeping": join a word broken by a hyphen at a line end (rare: kept out of this loop).
		if (c === 45 && i < length) {
			const broken = joinBroken(text, units, from, length, s, i, table);
			if (broken) {
				(joined ??= new Map()).set(n, broken.word);
				initial[n] |= Initial.Joined;
				wordId = broken.id;
				pn = prefixFrom[n];
				if (pn + broken.prefixIds.length > prefixIds.length) prefixIds = moreScratchPrefixes(pn + broken.prefixIds.length);
				for (const p of broken.prefixIds) prefixIds[pn++] = p;
				i = broken.end;
				c = units[i];
			}
		}
		// One space between most words, a comma and a space between most others (as gapKind says).
		gaps[n] = prevEnd < 0 ? Gap.Break : s - prevEnd === 1 && prevUnit === 32 ? Gap.Join
			: s - prevEnd === 2 && units[prevEnd] === 44 && units[prevEnd + 1] === 32 ? Gap.Comma : gapKind(text, units, from, length, prevEnd, s);
		start[n] = from + s;
		end[n] = from + i;
		id[n] = wordId;
		n++;
		prevEnd = i;
		prevUnit = c;
		// units[i] ended the word (joined or not), so it is no word character: the scan goes on after it.
		i++;
	}
	prefixFrom[n] = pn;
	// The shared arrays are copied out (the next call overwrites them); arrays of this call's own are handed out.
	if (arrays === sharedWords) {
		// Int32 arrays first, then bytes, so that every Int32Array starts 4-byte aligned (see reserve).
		reserve(4 * n + 1 + pn, 2 * n);
		const starts = copy32(start, n), ends = copy32(end, n), wordIds = copy32(id, n), from1 = copy32(prefixFrom, n + 1);
		const ids = pn === 0 ? NO_IDS : copy32(prefixIds, pn);
		return new Words(text, n, starts, ends, copy8(gaps, n), wordIds, from1, ids, joined, copy8(initial, n));
	}
	const ids = pn === 0 ? NO_IDS : longPrefixes(prefixIds, pn);
	return new Words(text, n, start.subarray(0, n), end.subarray(0, n), gaps.subarray(0, n), id.subarray(0, n),
		prefixFrom.subarray(0, n + 1), ids, joined, initial.subarray(0, n), true);
}

/** True when the word begins with an upper-case letter. */
export function isCapitalized(word: string): boolean {
	return word.length > 0 && (charClass(word.charCodeAt(0)) & UPPER) !== 0;
}

/** True when every letter of the word is upper case and it has at least one letter. */
export function isAllCaps(word: string): boolean {
	return word.toUpperCase() === word && word.toLowerCase() !== word;
}
