/**
 * Memory for the tokenizer's words: short texts' arrays cut out of shared slabs, long texts' kept
 * from one text to the next.
 *
 * The tokenizer scans a short text (a title, a head, a vote line, a cue of the vocabulary) into
 * arrays shared by every call and then copies the words out at their exact length. A typed array
 * of more than 64 bytes gets memory of its own outside V8's heap, and that costs about a
 * microsecond per array, six arrays per call: more than the scan of a short text. Views into a
 * slab cost an object each and no memory of their own.
 *
 * A slab stays alive while any array cut from it does: slabs are kept small (16 KB) so that a
 * long-lived short text holds little dead memory.
 *
 * A long text's words are scanned into one buffer of their own (longWords), which the caller hands
 * back when done (Words.release) for the next long text: memory fresh from the system costs a page
 * fault per 4 KB when first written, and a buffer used before costs none.
 */

const SLAB_BYTES = 16 * 1024;
/** Results larger than this get a buffer of their own (one allocation for all their arrays still). */
const LARGEST_CUT = SLAB_BYTES / 4;

let slab = new ArrayBuffer(SLAB_BYTES);
/** Bytes of `slab` handed out, a multiple of 4. */
let used = 0;
/** The buffer the arrays of the current result are cut from, and where the next one starts. */
let buffer = slab;
let at = 0;

/**
 * Reserves room for `int32s` Int32 and `bytes` byte entries, Int32 arrays to be cut first;
 * the next calls of copy32 and copy8 cut their arrays from it.
 */
export function reserve(int32s: number, bytes: number): void {
	const size = int32s * 4 + ((bytes + 3) & ~3);
	if (size > LARGEST_CUT) {
		buffer = new ArrayBuffer(size);
		at = 0;
		return;
	}
	if (used + size > SLAB_BYTES) {
		slab = new ArrayBuffer(SLAB_BYTES);
		used = 0;
	}
	buffer = slab;
	at = used;
	used += size;
}

/** a[0, n) in a fresh Int32Array cut from the reserved room. */
export function copy32(a: Int32Array, n: number): Int32Array {
	const b = new Int32Array(buffer, at, n);
	at += n * 4;
	// A native copy beyond a few dozen entries; below, the view it needs costs more than the loop.
	if (n > 64) b.set(a.subarray(0, n));
	else for (let k = 0; k < n; k++) b[k] = a[k];
	return b;
}

/** a[0, n) in a fresh Uint8Array cut from the reserved room (after every copy32 of the result). */
export function copy8(a: Uint8Array, n: number): Uint8Array {
	const b = new Uint8Array(buffer, at, n);
	at += n;
	if (n > 64) b.set(a.subarray(0, n));
	else for (let k = 0; k < n; k++) b[k] = a[k];
	return b;
}

/**
 * The words of a long text, six arrays that are views of one buffer (start, end and id, then
 * prefixFrom with one entry more, then gaps and initial), all `capacity` long.
 */
export interface LongWords {
	readonly capacity: number;
	readonly start: Int32Array;
	readonly end: Int32Array;
	readonly id: Int32Array;
	readonly prefixFrom: Int32Array;
	readonly gaps: Uint8Array;
	readonly initial: Uint8Array;
}

/**
 * One buffer kept from a long text for the next, the larger of two handed back. Memory fresh from
 * the system costs a page fault per 4 KB when first written, about 3.6 µs each here: for a long
 * text's words that was a tenth of the analysis (a fifth at 20 MB), while a buffer used before
 * costs nothing.
 */
class KeptBuffer {
	private buffer: ArrayBuffer | null = null;

	/** The kept buffer when it holds `bytes` (it is then no longer kept), else a new one. */
	take(bytes: number): ArrayBuffer {
		const kept = this.buffer;
		if (kept !== null && kept.byteLength >= bytes) {
			this.buffer = null;
			return kept;
		}
		return new ArrayBuffer(bytes);
	}

	/** Keeps `buffer` for the next long text, unless a larger one is kept. */
	give(buffer: ArrayBuffer): void {
		if (this.buffer === null || buffer.byteLength > this.buffer.byteLength) this.buffer = buffer;
	}

	drop(): void {
		this.buffer = null;
	}
}

/** The buffers of the last long text's words and of its prefix ids. */
const keptWords = new KeptBuffer(), keptPrefixes = new KeptBuffer();

function bytesFor(capacity: number): number {
	return 18 * capacity + 4;
}

/**
 * Arrays for at least `capacity` words: the kept buffer when it is large enough (all of it is
 * used), else a new one. With `from`, its first `count` words are copied in (the tokenizer
 * growing its arrays).
 */
export function longWords(capacity: number, from: LongWords | null = null, count = 0): LongWords {
	const words = viewsOf(keptWords.take(bytesFor(capacity)));
	if (from !== null) {
		words.start.set(from.start.subarray(0, count));
		words.end.set(from.end.subarray(0, count));
		words.id.set(from.id.subarray(0, count));
		words.prefixFrom.set(from.prefixFrom.subarray(0, count + 1));
		words.gaps.set(from.gaps.subarray(0, count));
		words.initial.set(from.initial.subarray(0, count));
		if (from !== sharedWords) releaseLongWords(from.start.buffer as ArrayBuffer);
	}
	return words;
}

/** The six arrays laid out in `buffer`, as long as it allows. */
function viewsOf(buffer: ArrayBuffer): LongWords {
	const cap = Math.floor((buffer.byteLength - 4) / 18);
	return {
		capacity: cap,
		start: new Int32Array(buffer, 0, cap),
		end: new Int32Array(buffer, 4 * cap, cap),
		id: new Int32Array(buffer, 8 * cap, cap),
		prefixFrom: new Int32Array(buffer, 12 * cap, cap + 1),
		gaps: new Uint8Array(buffer, 16 * cap + 4, cap),
		initial: new Uint8Array(buffer, 17 * cap + 4, cap),
	};
}

/**
 * Arrays shared by every call for the words of short texts (up to 4096 words), which are then
 * copied out at their exact length (see reserve). Never handed back or out.
 */
export const sharedWords = viewsOf(new ArrayBuffer(bytesFor(4096)));

/**
 * Hands the buffer of a long text's words back for the next long text; the larger of two is kept.
 * The caller must be done with every array of it.
 */
export function releaseLongWords(buffer: ArrayBuffer): void {
	keptWords.give(buffer);
}

/** Lets the kept buffers go (the server calls this when it has been idle a while). */
export function dropKeptWords(): void {
	keptWords.drop();
	keptPrefixes.drop();
	prefixScratch = new Int32Array(SCRATCH_PREFIXES);
}

const SCRATCH_PREFIXES = 4096;
let prefixScratch = new Int32Array(SCRATCH_PREFIXES);

/**
 * The array the tokenizer writes a text's prefix ids into, shared by every call (the caller copies
 * them out before the next): kept at the size of the longest text's since, as scratchUnits is.
 */
export function scratchPrefixes(): Int32Array {
	return prefixScratch;
}

/** The scratch prefix array grown to at least `size` entries, its entries kept. */
export function moreScratchPrefixes(size: number): Int32Array {
	const grown = new Int32Array(Math.max(size, 2 * prefixScratch.length));
	grown.set(prefixScratch);
	return prefixScratch = grown;
}

/**
 * ids[0, n) copied into an array of a long text's own: the kept buffer when it is large enough,
 * else fresh memory (a page fault per 4 KB, as for the words).
 */
export function longPrefixes(ids: Int32Array, n: number): Int32Array {
	const out = new Int32Array(keptPrefixes.take(4 * n), 0, n);
	out.set(ids.subarray(0, n));
	return out;
}

/** Hands a long text's prefix ids (from longPrefixes, or empty) back for the next long text; the larger of two is kept. */
export function releaseLongPrefixes(ids: Int32Array): void {
	if (ids.length !== 0) keptPrefixes.give(ids.buffer as ArrayBuffer);
}
