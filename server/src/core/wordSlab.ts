/**
 * Arrays for the words of short texts, cut out of shared slabs of memory.
 *
 * The tokenizer scans a short text (a title, a head, a vote line, a cue of the vocabulary) into
 * arrays shared by every call and then copies the words out at their exact length. A typed array
 * of more than 64 bytes gets memory of its own outside V8's heap, and that costs about a
 * microsecond per array, six arrays per call: more than the scan of a short text. Views into a
 * slab cost an object each and no memory of their own.
 *
 * A slab stays alive while any array cut from it does: slabs are kept small (16 KB) so that a
 * long-lived short text holds little dead memory.
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
	for (let k = 0; k < n; k++) b[k] = a[k];
	return b;
}

/** a[0, n) in a fresh Uint8Array cut from the reserved room (after every copy32 of the result). */
export function copy8(a: Uint8Array, n: number): Uint8Array {
	const b = new Uint8Array(buffer, at, n);
	at += n;
	for (let k = 0; k < n; k++) b[k] = a[k];
	return b;
}
