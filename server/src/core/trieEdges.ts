/**
 * The edges of a trie whose nodes are numbers: the child of a node by a word id, in one
 * open-addressed hash table in a typed array. Phrase lexicons are walked for a good share of the
 * words of every text, and a walk through one small array stays in the processor's cache where one
 * through a Map per node (objects spread over the heap) does not. A slot's parent, key and child
 * sit side by side, so that a probe reads one cache line.
 */
const STRIDE = 4; // parent, key, child, unused
/** Bits of the filter per slot of the table: with the table at most half full, under one in eight of a miss's bits is set. */
const FILTER_BITS_PER_SLOT = 4;

export class TrieEdges {
	private slots = emptySlots(256);
	/**
	 * One bit per hash of an edge, set for every edge: a clear bit proves an edge absent. The bits
	 * are a few kilobytes where the table is a hundred, so that the many words no phrase goes on
	 * with ("in" then "the") are turned away from the processor's nearest cache.
	 */
	private filter = new Int32Array(256 * FILTER_BITS_PER_SLOT / 32);
	private count = 0;

	/** False when node `parent` certainly has no child by `key`; true when it may have one. */
	mayHave(parent: number, key: number): boolean {
		const bit = slot(parent, key) & (this.filter.length * 32 - 1);
		return (this.filter[bit >>> 5] & (1 << (bit & 31))) !== 0;
	}

	/** The child of node `parent` by word id `key`, or -1. */
	get(parent: number, key: number): number {
		// A walk ends on a miss (the word after a phrase), and in a full analysis the table has left
		// the nearest cache by then where the filter has not: most misses are answered by the filter.
		const h = slot(parent, key), bit = h & (this.filter.length * 32 - 1);
		if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
		const slots = this.slots, mask = slots.length / STRIDE - 1;
		for (let s = h & mask; ; s = (s + 1) & mask) {
			const at = s * STRIDE;
			const p = slots[at];
			if (p < 0) return -1;
			if (p === parent && slots[at + 1] === key) return slots[at + 2];
		}
	}

	/** Adds the edge parent → child by `key` (which the parent must not have yet). */
	set(parent: number, key: number, child: number): void {
		// Kept at most half full, so that a miss ends after a probe or two.
		if ((this.count + 1) * 2 > this.slots.length / STRIDE) this.grow();
		this.place(parent, key, child);
		this.count++;
	}

	private place(parent: number, key: number, child: number): void {
		const slots = this.slots, mask = slots.length / STRIDE - 1;
		let s = slot(parent, key) & mask;
		while (slots[s * STRIDE] >= 0) s = (s + 1) & mask;
		slots[s * STRIDE] = parent;
		slots[s * STRIDE + 1] = key;
		slots[s * STRIDE + 2] = child;
		const bit = slot(parent, key) & (this.filter.length * 32 - 1);
		this.filter[bit >>> 5] |= 1 << (bit & 31);
	}

	private grow(): void {
		const old = this.slots;
		this.slots = emptySlots(old.length / STRIDE * 2);
		this.filter = new Int32Array(this.slots.length / STRIDE * FILTER_BITS_PER_SLOT / 32);
		for (let at = 0; at < old.length; at += STRIDE) if (old[at] >= 0) this.place(old[at], old[at + 1], old[at + 2]);
	}
}

function emptySlots(n: number): Int32Array {
	const slots = new Int32Array(n * STRIDE);
	for (let at = 0; at < slots.length; at += STRIDE) slots[at] = -1;
	return slots;
}

function slot(parent: number, key: number): number {
	return Math.imul(parent ^ Math.imul(key + 1, 0x85ebca77), 0x9e3779b1) >>> 7;
}
