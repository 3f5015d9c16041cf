/**
 * The words every lexicon knows, interned as small integers. The tokenizer hashes each word of a
 * text while it scans it, without cutting it out as a string, and finds its id here: a word no
 * lexicon knows costs one probe, and most words of prose are such words.
 *
 * Words are compared case-folded (A–Z and other letters to lower case). A cue ending in `*` is
 * interned as a prefix: words that begin with it carry its id too.
 */
import { codeUnits, foldCode, FOLDED } from './chars';


/** FNV-1a step over one folded code unit. */
export function hashStep(h: number, c: number): number {
	return Math.imul(h ^ c, 16777619);
}
export const HASH_SEED = 0x811c9dc5 | 0;

/** Prefixes have at least this many letters; their first STEM letters gate the longer probes. */
export const STEM = 4;

/**
 * The first STEM (or fewer) folded code units of a word packed 8 bits each, `sig = sig << 8 | unit`,
 * or 0 when one of them is 256 or above. It is never 0 otherwise (a word's units are not 0), and two
 * words of the same length with the same non-zero sig begin alike: the table compares it instead
 * of those units, and a word of up to four Latin-1 letters ("the", "of", "fund") reads no units.
 */
export function sigOf(folded: ArrayLike<number>, start: number, end: number): number {
	let sig = 0;
	for (let i = start; i < Math.min(end, start + STEM); i++) {
		if (folded[i] > 255) return 0;
		sig = sig << 8 | folded[i];
	}
	return sig;
}

/**
 * The folded code units of a word after its first STEM, the last four of them (or fewer) packed as
 * sigOf packs the first, `tail = tail << 8 | unit` over all of them: 0 for a word of STEM units or
 * fewer, or when one of them is 256 or above. With the sig, it stands for all the units of a word
 * of up to 2 * STEM: the table compares units only in the middle of a longer word.
 */
export function tailOf(folded: ArrayLike<number>, start: number, end: number): number {
	let tail = 0, wide = 0;
	for (let i = start + STEM; i < end; i++) {
		tail = tail << 8 | folded[i];
		wide |= folded[i];
	}
	return wide > 255 ? 0 : tail;
}

/**
 * The folded code units units[start + STEM, start + 2 * STEM) packed as sigOf packs a word's first,
 * for a word whose tail is not 0 (so they are below 256): with its sig and tail, it stands for all
 * the units of a word of up to 3 * STEM. The units must have been classified.
 */
export function midOf(units: Uint16Array, start: number): number {
	const at = start + STEM;
	return FOLDED[units[at]] << 24 | FOLDED[units[at + 1]] << 16 | FOLDED[units[at + 2]] << 8 | FOLDED[units[at + 3]];
}

/** Where the entry of unknownPrefixes (see WordTable) of a word of hash `h` starts. */
export function unknownAt(h: number): number {
	return (h & 1023) << 3;
}

const enum Kind { Word = 0, Prefix = 1, Stem = 2 }

export class WordTable {
	/**
	 * Open addressing, four Int32 per slot so that a probe reads one place: the id (-1 when empty),
	 * the key's length << 2 | kind, its sig and its tail (see sigOf, tailOf), which tell a word of up
	 * to eight Latin-1 letters without reading its units. The hash only places the key. keyFrom[id]
	 * is where its code units start in `keyUnits` (all keys' units, one after another).
	 */
	private slots = new Int32Array(4 * 1024).fill(-1);
	private mask = 1023;
	private keyUnits = new Uint16Array(4096);
	private keyUnitCount = 0;
	private readonly keyFrom: number[] = [];
	private readonly keys: string[] = [];
	private readonly hashes: number[] = [];
	private readonly kinds: Kind[] = [];
	/** Bit k set when some prefix has k code units (k < 32). */
	prefixLengths = 0;
	/** By the id of a stem: bit k set when some prefix of k code units (k < 32) begins with it. */
	private readonly stemPrefixLengths: number[] = [];
	/**
	 * One bit per low 16 bits of a hash, set for every key (words and prefixes) and, separately, for
	 * every stem: a word whose bit is clear is known to be absent without probing the table.
	 */
	readonly keyBits = new Uint8Array(8192);
	readonly stemBits = new Uint8Array(8192);

	/** See prefixMemo: one Int32 per key, start << 5 | count into memoIds, or -1. */
	private memo = new Int32Array(0);
	/** The prefix ids of the words in the memo, each word's together, in the tokenizer's order. */
	readonly memoIds: number[] = [];
	/**
	 * The prefix ids of unknown words whose first STEM letters begin a prefix ("country", "continue"),
	 * by their hash (see unknownAt): the word's sig, tail, midOf and length, its count of prefix ids
	 * (-1 while not probed) and up to three of them, eight Int32 per entry. A later word of the same
	 * entry takes its place. Made afresh with the memo.
	 */
	unknownPrefixes = new Int32Array(0);

	get size(): number {
		return this.keys.length;
	}

	/**
	 * Where the prefix ids of each word (by id) are kept in memoIds, as start << 5 | count (a word
	 * has at most 28 prefix lengths), or -1 while the tokenizer has not probed them. A word's prefix
	 * ids depend on its letters alone, and most words of a text are known ones met again and again:
	 * the tokenizer probes each once. The memo starts afresh when keys have been added since.
	 */
	prefixMemo(): Int32Array {
		if (this.memo.length !== this.keys.length) {
			this.memo = new Int32Array(this.keys.length).fill(-1);
			this.memoIds.length = 0;
			this.unknownPrefixes = new Int32Array(8 * 1024);
		}
		return this.memo;
	}

	/** Records prefixIds[from, to) as the prefix ids of word `id` (see prefixMemo). */
	rememberPrefixes(id: number, prefixIds: Int32Array, from: number, to: number): void {
		this.memo[id] = this.memoIds.length << 5 | (to - from);
		for (let k = from; k < to; k++) this.memoIds.push(prefixIds[k]);
	}

	/**
	 * Records prefixIds[from, to) as the prefix ids of the unknown word of entry `at` of
	 * unknownPrefixes, when they are three at most.
	 */
	rememberUnknown(at: number, prefixIds: Int32Array, from: number, to: number): void {
		if (to - from > 3) return;
		this.unknownPrefixes[at + 4] = to - from;
		for (let k = from; k < to; k++) this.unknownPrefixes[at + 5 + k - from] = prefixIds[k];
	}

	/** The id of a folded word (or prefix), adding it when new. */
	intern(word: string, isPrefix = false): number {
		const key = word.toLowerCase();
		if (isPrefix) {
			const stem = this.add(key.slice(0, STEM), Kind.Stem);
			while (this.stemPrefixLengths.length <= stem) this.stemPrefixLengths.push(0);
			if (key.length < 32) this.stemPrefixLengths[stem] |= 1 << key.length;
		}
		return this.add(key, isPrefix ? Kind.Prefix : Kind.Word);
	}

	private add(key: string, kind: Kind): number {
		const h = hashString(key);
		const units = codeUnits(key, 0, key.length);
		const folded = foldedUnits(units);
		const found = this.find(units, 0, key.length, h, sigOf(folded, 0, key.length), tailOf(folded, 0, key.length), kind);
		if (found >= 0) return found;
		// A sparse table: most words of a text are not in it, and a miss should end at an empty slot.
		if ((this.keys.length + 1) * 4 > this.mask + 1) this.grow();
		const id = this.keys.length;
		this.keys.push(key);
		if (this.keyUnitCount + key.length > this.keyUnits.length) {
			const units = new Uint16Array(Math.max(this.keyUnits.length * 2, this.keyUnitCount + key.length));
			units.set(this.keyUnits);
			this.keyUnits = units;
		}
		this.keyFrom.push(this.keyUnitCount);
		for (let i = 0; i < key.length; i++) this.keyUnits[this.keyUnitCount++] = key.charCodeAt(i);
		this.hashes.push(h);
		this.kinds.push(kind);
		if (kind === Kind.Prefix && key.length < 32) this.prefixLengths |= 1 << key.length;
		const bits = kind === Kind.Stem ? this.stemBits : this.keyBits;
		bits[(h >>> 3) & 8191] |= 1 << (h & 7);
		this.place(id);
		return id;
	}

	/**
	 * The id of the word units[start, end) (folded), or -1 when no lexicon knows it. `h` is its hash,
	 * `sig` and `tail` the sigOf and tailOf of its folded units (the tokenizer makes all three while
	 * it scans the word).
	 */
	lookup(units: Uint16Array, start: number, end: number, h: number, sig: number, tail: number, isPrefix = false): number {
		if (!((this.keyBits[(h >>> 3) & 8191] >> (h & 7)) & 1)) return -1;
		return this.find(units, start, end, h, sig, tail, isPrefix ? Kind.Prefix : Kind.Word);
	}

	/**
	 * The lengths of the prefixes that begin with the four letters units[start, start + 4), of hash
	 * `h` and sig `sig`, as bits (bit k for k code units, k < 32; see prefixLengths): 0 when none
	 * does. A word is then probed at those lengths only, most stems having one or two prefixes.
	 */
	stemPrefixes(units: Uint16Array, start: number, h: number, sig: number): number {
		if (!((this.stemBits[(h >>> 3) & 8191] >> (h & 7)) & 1)) return 0;
		const stem = this.find(units, start, start + STEM, h, sig, 0, Kind.Stem);
		return stem < 0 ? 0 : this.stemPrefixLengths[stem];
	}

	/** The id of a word given as a string (for words joined across a line break), or -1. */
	lookupString(word: string, isPrefix = false): number {
		const h = hashString(word); // (classifies, and so folds, every unit first)
		const units = codeUnits(word, 0, word.length);
		const folded = foldedUnits(units);
		return this.lookup(units, 0, word.length, h, sigOf(folded, 0, word.length), tailOf(folded, 0, word.length), isPrefix);
	}

	private find(units: Uint16Array, start: number, end: number, h: number, sig: number, tail: number, kind: Kind): number {
		const slots = this.slots, mask = this.mask;
		const length = end - start;
		const tag = length << 2 | kind;
		for (let s = h & mask; ; s = (s + 1) & mask) {
			const at = s << 2;
			const id = slots[at];
			if (id < 0) return -1;
			if (slots[at + 1] === tag && slots[at + 2] === sig && slots[at + 3] === tail) {
				// A non-zero sig stands for the first STEM units and a non-zero tail for the last (up to)
				// STEM after them: only a longer word's middle is compared.
				if (sig === 0 || (tail === 0 && length > STEM)) { if (this.sameUnits(id, 0, units, start, end)) return id; }
				else if (length <= 2 * STEM || this.sameUnits(id, STEM, units, start, end - STEM)) return id;
			}
		}
	}

	/** Whether units[start + skip, end) fold to the code units of key `id` from its `skip`th on. */
	private sameUnits(id: number, skip: number, units: Uint16Array, start: number, end: number): boolean {
		const keyUnits = this.keyUnits;
		let from = this.keyFrom[id] + skip;
		// Every code unit compared was classified (and so folded) before.
		for (let i = start + skip; i < end; i++) if (keyUnits[from++] !== FOLDED[units[i]]) return false;
		return true;
	}

	private place(id: number): void {
		const mask = this.mask;
		const h = this.hashes[id];
		let s = h & mask;
		while (this.slots[s << 2] >= 0) s = (s + 1) & mask;
		const at = s << 2;
		this.slots[at] = id;
		const from = this.keyFrom[id], length = this.keys[id].length;
		this.slots[at + 1] = length << 2 | this.kinds[id];
		this.slots[at + 2] = sigOf(this.keyUnits, from, from + length);
		this.slots[at + 3] = tailOf(this.keyUnits, from, from + length);
	}

	private grow(): void {
		const size = (this.mask + 1) * 2;
		this.slots = new Int32Array(4 * size).fill(-1);
		this.mask = size - 1;
		for (let id = 0; id < this.keys.length; id++) this.place(id);
	}
}

function hashString(word: string): number {
	let h = HASH_SEED;
	for (let i = 0; i < word.length; i++) h = hashStep(h, foldCode(word.charCodeAt(i)));
	return h;
}

/** FOLDED of each unit (all classified before, by hashString). */
function foldedUnits(units: Uint16Array): Uint16Array {
	return units.map(c => FOLDED[c]);
}
