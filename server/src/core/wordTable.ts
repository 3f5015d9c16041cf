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

const enum Kind { Word = 0, Prefix = 1, Stem = 2 }

export class WordTable {
	/**
	 * Open addressing, four Int32 per slot so that a probe reads one place: the id (-1 when empty),
	 * that key's hash, its length << 2 | kind, and where its code units start in `keyUnits` (all
	 * keys' units, one after another).
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
	/**
	 * One bit per low 16 bits of a hash, set for every key (words and prefixes) and, separately, for
	 * every stem: a word whose bit is clear is known to be absent without probing the table.
	 */
	readonly keyBits = new Uint8Array(8192);
	readonly stemBits = new Uint8Array(8192);

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
		const h = hashString(key);
		const found = this.find(codeUnits(key, 0, key.length), 0, key.length, h, kind);
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

	/** The id of the word units[start, end) (folded), or -1 when no lexicon knows it. */
	lookup(units: Uint16Array, start: number, end: number, h: number, isPrefix = false): number {
		if (!((this.keyBits[(h >>> 3) & 8191] >> (h & 7)) & 1)) return -1;
		return this.find(units, start, end, h, isPrefix ? Kind.Prefix : Kind.Word);
	}

	/** True when some prefix begins with the four letters units[start, start + 4) hashed to `h`. */
	hasStem(units: Uint16Array, start: number, h: number): boolean {
		if (!((this.stemBits[(h >>> 3) & 8191] >> (h & 7)) & 1)) return false;
		return this.find(units, start, start + STEM, h, Kind.Stem) >= 0;
	}

	/** The id of a word given as a string (for words joined across a line break), or -1. */
	lookupString(word: string, isPrefix = false): number {
		return this.lookup(codeUnits(word, 0, word.length), 0, word.length, hashString(word), isPrefix);
	}

	private find(units: Uint16Array, start: number, end: number, h: number, kind: Kind): number {
		const slots = this.slots, mask = this.mask;
		const tag = (end - start) << 2 | kind;
		for (let s = h & mask; ; s = (s + 1) & mask) {
			const at = s << 2;
			const id = slots[at];
			if (id < 0) return -1;
			if (slots[at + 1] === h && slots[at + 2] === tag && this.sameKey(slots[at + 3], units, start, end)) return id;
		}
	}

	/** Whether units[start, end) folds to the key whose code units begin at `from`. */
	private sameKey(from: number, units: Uint16Array, start: number, end: number): boolean {
		const keyUnits = this.keyUnits;
		// Every code unit compared was classified (and so folded) before.
		for (let i = start; i < end; i++) if (keyUnits[from++] !== FOLDED[units[i]]) return false;
		return true;
	}

	private place(id: number): void {
		const mask = this.mask;
		const h = this.hashes[id];
		let s = h & mask;
		while (this.slots[s << 2] >= 0) s = (s + 1) & mask;
		const at = s << 2;
		this.slots[at] = id;
		this.slots[at + 1] = h;
		this.slots[at + 2] = this.keys[id].length << 2 | this.kinds[id];
		this.slots[at + 3] = this.keyFrom[id];
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
