/**
 * The words every lexicon knows, interned as small integers. The tokenizer hashes each word of a
 * text while it scans it, without cutting it out as a string, and finds its id here: a word no
 * lexicon knows costs one probe, and most words of prose are such words.
 *
 * Words are compared case-folded (A–Z and other letters to lower case). A cue ending in `*` is
 * interned as a prefix: words that begin with it carry its id too.
 */

/** The folded (lower-case) code unit of `c`. */
export function fold(c: number): number {
	if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
	let f = FOLDED.get(c);
	if (f === undefined) {
		const lower = String.fromCharCode(c).toLowerCase();
		FOLDED.set(c, f = lower.length === 1 ? lower.charCodeAt(0) : c);
	}
	return f;
}
const FOLDED = new Map<number, number>();

/** FNV-1a step over one folded code unit. */
export function hashStep(h: number, c: number): number {
	return Math.imul(h ^ c, 16777619);
}
export const HASH_SEED = 0x811c9dc5 | 0;

/** Prefixes have at least this many letters; their first STEM letters gate the longer probes. */
export const STEM = 4;

const enum Kind { Word = 0, Prefix = 1, Stem = 2 }

export class WordTable {
	private slots = new Int32Array(1024).fill(-1);
	private readonly keys: string[] = [];
	private readonly hashes: number[] = [];
	/** 0 for words, 1 for prefixes, 2 for the first four letters of some prefix. */
	private readonly kinds: number[] = [];
	/** Bit k set when some prefix has k code units (k < 32). */
	prefixLengths = 0;

	get size(): number {
		return this.keys.length;
	}

	/** The id of a folded word (or prefix), adding it when new. */
	intern(word: string, isPrefix = false): number {
		const key = word.toLowerCase();
		if (isPrefix) this.add(key.slice(0, STEM), Kind.Stem);
		return this.add(key, isPrefix ? Kind.Prefix : Kind.Word);
	}

	private add(key: string, kind: Kind): number {
		let h = HASH_SEED;
		for (let i = 0; i < key.length; i++) h = hashStep(h, fold(key.charCodeAt(i)));
		const found = this.find(key, 0, key.length, h, kind);
		if (found >= 0) return found;
		// A sparse table: most words of a text are not in it, and a miss should end at an empty slot.
		if ((this.keys.length + 1) * 4 > this.slots.length) this.grow();
		const id = this.keys.length;
		this.keys.push(key);
		this.hashes.push(h);
		this.kinds.push(kind);
		if (kind === Kind.Prefix && key.length < 32) this.prefixLengths |= 1 << key.length;
		this.place(id, h);
		return id;
	}

	/** The id of the word text[start, end) (folded), or -1 when no lexicon knows it. */
	lookup(text: string, start: number, end: number, h: number, isPrefix = false): number {
		return this.find(text, start, end, h, isPrefix ? Kind.Prefix : Kind.Word);
	}

	/** True when some prefix begins with the four letters text[start, start + 4) hashed to `h`. */
	hasStem(text: string, start: number, h: number): boolean {
		return this.find(text, start, start + STEM, h, Kind.Stem) >= 0;
	}

	/** The id of a word given as a string (for words joined across a line break), or -1. */
	lookupString(word: string, isPrefix = false): number {
		let h = HASH_SEED;
		for (let i = 0; i < word.length; i++) h = hashStep(h, fold(word.charCodeAt(i)));
		return this.lookup(word, 0, word.length, h, isPrefix);
	}

	private find(text: string, start: number, end: number, h: number, kind: Kind): number {
		const mask = this.slots.length - 1;
		for (let s = h & mask; ; s = (s + 1) & mask) {
			const id = this.slots[s];
			if (id < 0) return -1;
			if (this.hashes[id] === h && this.kinds[id] === kind && sameFolded(this.keys[id], text, start, end)) return id;
		}
	}

	private place(id: number, h: number): void {
		const mask = this.slots.length - 1;
		let s = h & mask;
		while (this.slots[s] >= 0) s = (s + 1) & mask;
		this.slots[s] = id;
	}

	private grow(): void {
		this.slots = new Int32Array(this.slots.length * 2).fill(-1);
		for (let id = 0; id < this.keys.length; id++) this.place(id, this.hashes[id]);
	}
}

function sameFolded(key: string, text: string, start: number, end: number): boolean {
	if (key.length !== end - start) return false;
	for (let i = 0; i < key.length; i++) {
		const c = text.charCodeAt(start + i);
		if (key.charCodeAt(i) !== (c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : fold(c))) return false;
	}
	return true;
}
