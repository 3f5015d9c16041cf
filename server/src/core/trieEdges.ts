/**
 * The edges of a trie whose nodes are numbers: the child of a node by a word id, in one
 * open-addressed hash table of typed arrays. Phrase lexicons are walked for a good share of the
 * words of every text, and a walk through a few small arrays stays in the processor's cache where
 * one through a Map per node (objects spread over the heap) does not.
 */
export class TrieEdges {
	private parents = new Int32Array(256).fill(-1);
	private keys = new Int32Array(256);
	private children = new Int32Array(256);
	private count = 0;

	/** The child of node `parent` by word id `key`, or -1. */
	get(parent: number, key: number): number {
		const parents = this.parents, mask = parents.length - 1;
		for (let s = slot(parent, key) & mask; ; s = (s + 1) & mask) {
			const p = parents[s];
			if (p < 0) return -1;
			if (p === parent && this.keys[s] === key) return this.children[s];
		}
	}

	/** Adds the edge parent → child by `key` (which the parent must not have yet). */
	set(parent: number, key: number, child: number): void {
		// Kept at most half full, so that a miss ends after a probe or two.
		if ((this.count + 1) * 2 > this.parents.length) this.grow();
		this.place(parent, key, child);
		this.count++;
	}

	private place(parent: number, key: number, child: number): void {
		const mask = this.parents.length - 1;
		let s = slot(parent, key) & mask;
		while (this.parents[s] >= 0) s = (s + 1) & mask;
		this.parents[s] = parent;
		this.keys[s] = key;
		this.children[s] = child;
	}

	private grow(): void {
		const { parents, keys, children } = this;
		this.parents = new Int32Array(parents.length * 2).fill(-1);
		this.keys = new Int32Array(parents.length * 2);
		this.children = new Int32Array(parents.length * 2);
		for (let s = 0; s < parents.length; s++) if (parents[s] >= 0) this.place(parents[s], keys[s], children[s]);
	}
}

function slot(parent: number, key: number): number {
	return Math.imul(parent ^ Math.imul(key + 1, 0x85ebca77), 0x9e3779b1) >>> 7;
}
