/**
 * A lexicon of multi-word phrases looked up word by word in a trie keyed by word ids (see
 * wordTable.ts), so that thousands of names cost one walk per word of text rather than one regular
 * expression per name, and a word no phrase contains costs one array read.
 */
import { NameWord, nameWordAgrees } from './nameCase';
import { Gap, Initial, tokenize, Words } from './tokens';
import { TrieEdges } from './trieEdges';
import { WordTable } from './wordTable';

/**
 * How a phrase's case must agree with the text:
 * - `name`: capitalised words must be capitalised in the text (or the text all in capitals, as in
 *   old records' headings); acronyms must match exactly.
 * - `any`: case is ignored (theme and stance cues).
 */
export type CaseMode = 'name' | 'any';

export interface PhraseMatch<T> {
	readonly value: T;
	/** Index of the first and last matched word. */
	readonly first: number;
	readonly last: number;
}

interface Entry<T> {
	readonly value: T;
	readonly words: readonly NameWord[];
}

/** Bits of a node's flags. */
const enum Node {
	/** The phrase has a comma before the word that leads into this node. */
	CommaBefore = 1,
	/** Some child is reached by a prefix (`peacekeep*`): a word's prefixes must be tried here. */
	PrefixChildren = 2,
	HasChildren = 4,
}
/** In `PhraseLexicon.only`, for a node with several children. */
const MANY = -2;
/** Where a node's entry index begins in its info (see `PhraseLexicon.info`). */
const ENTRY_SHIFT = 3;

/**
 * The trie’s nodes are numbers (0 is the root): an entry index and flags per node in one typed array,
 * children in one hash table (trieEdges.ts), so that a walk reads a few small arrays.
 */
export class PhraseLexicon<T> {
	private readonly entries: Entry<T>[] = [];
	/**
	 * Per node, in one number so that a step of a walk reads one array: its flags (the bits of
	 * `Node`) and, above them, 1 + the index of its entry in `entries` (0 for none).
	 */
	private info = new Int32Array(64);
	/**
	 * Per node, the key and the child of its only child (-1, -1 when it has none; MANY and -1 when
	 * it has several): most steps of a walk leave a node with one child, and compare a number here
	 * rather than probe the table of edges.
	 */
	private only = new Int32Array(128).fill(-1);
	private nodes = 1;
	private readonly edges = new TrieEdges();
	/** The root's children by word id, in the order added. */
	private readonly rootChildren: number[] = [];
	/**
	 * The node each word id starts (-1 where no phrase begins) at index id + 1, so that id -1 (a word
	 * no lexicon knows) reads the -1 at index 0 and the scan of every word of a text has one test
	 * rather than two (the one on the id is taken or not at random). Made on first use and again whenever
	 * the table or the lexicon grew: every word of a text is tested against it.
	 */
	private startOf = new Int32Array(1).fill(-1);
	/** Whether some phrase begins with a prefix (`peacekeep*`): else words' prefixes are not looked at. */
	private prefixStarts = false;
	private startsFor = -1;
	// The depth-first walk's stack, kept between calls.
	private nodeStack = new Int32Array(64);
	private posStack = new Int32Array(64);

	constructor(private readonly table: WordTable, readonly caseMode: CaseMode) {}

	get entryCount(): number {
		return this.entries.length;
	}

	/**
	 * Adds a phrase. A trailing `*` on the last word makes it a prefix (at least four letters).
	 * An earlier entry for the same phrase wins, so the order of the data decides ties.
	 */
	add(phrase: string, value: T): void {
		const wildcard = /\w\*$/.test(phrase);
		const source = wildcard ? phrase.slice(0, -1) : phrase;
		const words = tokenize(source);
		if (words.count === 0) return;
		let node = 0;
		for (let i = 0; i < words.count; i++) {
			const w = words.word(i);
			const isPrefix = wildcard && i === words.count - 1 && w.length >= 4;
			const key = this.table.intern(w, isPrefix);
			if (isPrefix) this.info[node] |= Node.PrefixChildren;
			if (isPrefix && i === 0) this.prefixStarts = true;
			let child = this.edges.get(node, key);
			if (child < 0) {
				child = this.newNode();
				this.edges.set(node, key, child);
				const single = this.only[2 * node] === -1;
				this.only[2 * node] = single ? key : MANY;
				this.only[2 * node + 1] = single ? child : -1;
				this.info[node] |= Node.HasChildren;
				if (node === 0) this.rootChildren.push(key, child);
			}
			node = child;
			if (words.gapBefore[i] === Gap.Comma) this.info[node] |= Node.CommaBefore;
		}
		if (this.info[node] >> ENTRY_SHIFT === 0) {
			this.info[node] |= (this.entries.length + 1) << ENTRY_SHIFT;
			this.entries.push({ value, words: words.slice(0, words.count).map(w => new NameWord(w)) });
		}
		this.startsFor = -1;
	}

	private newNode(): number {
		if (this.nodes === this.info.length) {
			const info = new Int32Array(this.nodes * 2), only = new Int32Array(this.nodes * 4).fill(-1);
			info.set(this.info);
			only.set(this.only);
			this.info = info;
			this.only = only;
		}
		return this.nodes++;
	}

	/** The longest phrase starting at word `i` and ending before word `limit`, or null. */
	longestAt(words: Words, i: number, limit = words.count): PhraseMatch<T> | null {
		// Words no phrase contains, and (for names) words in lower case, start nothing.
		if (this.startsFor !== this.table.size) this.startIndex();
		if (i >= limit || !this.canStart(words, i)) return null;
		const m = this.walk(words, i, limit);
		return m && (this.caseMode === 'any' || startsUpperOrDigit(words, i)) ? m : null;
	}

	/** Every leftmost-longest, non-overlapping match in words [from, to). */
	matchAll(words: Words, from = 0, to = words.count): PhraseMatch<T>[] {
		const out: PhraseMatch<T>[] = [];
		const name = this.caseMode === 'name';
		for (let i = from; i < to; i++) {
			i = this.nextStart(words, i, to);
			if (i >= to) break;
			if (this.endsAtOnce(words, i, to)) continue;
			// The walk reads word ids only; the text is read (a cache miss, often) for what it finds.
			const m = this.walk(words, i, to);
			if (m && (!name || startsUpperOrDigit(words, i))) {
				out.push(m);
				i = m.last;
			}
		}
		return out;
	}

	private startIndex(): void {
		if (this.startsFor === this.table.size) return;
		const startOf = new Int32Array(this.table.size + 1).fill(-1);
		for (let k = 0; k < this.rootChildren.length; k += 2) startOf[this.rootChildren[k] + 1] = this.rootChildren[k + 1];
		this.startOf = startOf;
		this.startsFor = this.table.size;
	}

	/**
	 * The first word in [from, to) at which some phrase may begin, by its id or one of its prefixes
	 * (case not weighed), or `to`: before it, `longestAt` is null everywhere. Every word of a text
	 * passes here, so the test that rejects almost all of them comes first.
	 */
	nextStart(words: Words, from: number, to: number): number {
		if (this.startsFor !== this.table.size) this.startIndex();
		const startOf = this.startOf, ids = words.id;
		if (!this.prefixStarts) {
			for (let i = from; i < to; i++) if (startOf[ids[i] + 1] >= 0) return i;
			return to;
		}
		const prefixFrom = words.prefixFrom, prefixIds = words.prefixIds;
		// Word i's prefixes end where word i+1's begin: one read of prefixFrom per word.
		let end = from < to ? prefixFrom[from] : 0;
		for (let i = from; i < to; i++) {
			const begin = end;
			end = prefixFrom[i + 1];
			if (startOf[ids[i] + 1] >= 0) return i;
			for (let p = begin; p < end; p++) if (startOf[prefixIds[p] + 1] >= 0) return i;
		}
		return to;
	}

	/**
	 * True when no phrase can match from word i, which `nextStart` found by its id (not a prefix):
	 * no phrase is the word alone and the next word leads to none of the phrases it begins. Most
	 * cues begin with common words ("in", "it", "our") and most of their walks end here, without
	 * the walk's call or a probe of the table of edges.
	 */
	private endsAtOnce(words: Words, i: number, limit: number): boolean {
		const prefixFrom = words.prefixFrom;
		if (this.prefixStarts && prefixFrom[i] !== prefixFrom[i + 1]) return false;
		const node = this.startOf[words.id[i] + 1];
		const f = this.info[node];
		if (f >> ENTRY_SHIFT !== 0) return false;
		const j = i + 1;
		if (j >= limit || words.gapBefore[j] === Gap.Break) return true;
		if ((f & Node.PrefixChildren) !== 0 && prefixFrom[j] !== prefixFrom[j + 1]) return false;
		const next = words.id[j];
		return next < 0 || !this.edges.mayHave(node, next);
	}

	/** Whether some phrase begins with word i (by its id or one of its prefixes). */
	private canStart(words: Words, i: number): boolean {
		const startOf = this.startOf;
		if (startOf[words.id[i] + 1] >= 0) return true;
		if (!this.prefixStarts) return false;
		const to = words.prefixFrom[i + 1];
		for (let p = words.prefixFrom[i]; p < to; p++) if (startOf[words.prefixIds[p] + 1] >= 0) return true;
		return false;
	}

	/**
	 * Depth-first over the trie from word i; it branches only where a word and a prefix of it both
	 * match. The first match found of each length wins, so the order of the stack is kept as it was.
	 */
	private walk(words: Words, i: number, limit: number): PhraseMatch<T> | null {
		// Most walks meet no prefix a phrase could continue with: they follow one path, which needs no
		// stack. (A node none of whose children is a prefix ignores the word's prefixes.)
		const ids = words.id, prefixFrom = words.prefixFrom, startOf = this.startOf;
		const info = this.info;
		let node = startOf[ids[i] + 1];
		if (this.prefixStarts && prefixFrom[i] !== prefixFrom[i + 1]) {
			// A phrase may begin with one of the word's prefixes: one path still, unless two begin here.
			let paths = node >= 0 ? 1 : 0;
			for (let p = prefixFrom[i]; p < prefixFrom[i + 1]; p++) {
				const start = startOf[words.prefixIds[p] + 1];
				if (start >= 0) { paths++; node = start; }
			}
			if (paths > 1) return this.walkBranching(words, i, limit);
		}
		let best = -1, bestLast = -1;
		for (let j = i + 1; node >= 0; j++) {
			const f = info[node];
			const entry = (f >> ENTRY_SHIFT) - 1;
			if (entry >= 0 && this.caseAgrees(this.entries[entry], words, i, j - 1)) {
				best = entry;
				bestLast = j - 1;
			}
			if (j >= limit || (f & Node.HasChildren) === 0) break;
			const gap = words.gapBefore[j];
			if (gap === Gap.Break) break;
			if ((f & Node.PrefixChildren) !== 0 && prefixFrom[j] !== prefixFrom[j + 1]) return this.walkBranching(words, i, limit);
			const wid = ids[j];
			const child = wid >= 0 ? this.child(node, wid) : -1;
			node = child >= 0 && (gap === Gap.Join || (info[child] & Node.CommaBefore) !== 0) ? child : -1;
		}
		return best >= 0 ? { value: this.entries[best].value, first: i, last: bestLast } : null;
	}

	/** The walk in general: depth-first with a stack, in the order the lexicon has always used. */
	private walkBranching(words: Words, i: number, limit: number): PhraseMatch<T> | null {
		const startOf = this.startOf, info = this.info;
		let sp = 0;
		const push = (node: number, j: number) => {
			if (sp === this.nodeStack.length) {
				const nodes = new Int32Array(sp * 2), pos = new Int32Array(sp * 2);
				nodes.set(this.nodeStack);
				pos.set(this.posStack);
				this.nodeStack = nodes;
				this.posStack = pos;
			}
			this.nodeStack[sp] = node;
			this.posStack[sp++] = j;
		};
		const first = startOf[words.id[i] + 1];
		if (first >= 0) push(first, i + 1);
		for (let p = words.prefixFrom[i]; p < words.prefixFrom[i + 1]; p++) {
			const child = startOf[words.prefixIds[p] + 1];
			if (child >= 0) push(child, i + 1);
		}
		let best = -1, bestLast = -1;
		while (sp > 0) {
			const node = this.nodeStack[--sp];
			const j = this.posStack[sp];
			const entry = (info[node] >> ENTRY_SHIFT) - 1;
			if (entry >= 0 && j - 1 > bestLast && this.caseAgrees(this.entries[entry], words, i, j - 1)) {
				best = entry;
				bestLast = j - 1;
			}
			if (j >= limit || (info[node] & Node.HasChildren) === 0) continue;
			const gap = words.gapBefore[j];
			if (gap === Gap.Break) continue;
			const wid = words.id[j];
			const child = wid >= 0 ? this.edges.get(node, wid) : -1;
			if (child >= 0 && (gap === Gap.Join || (info[child] & Node.CommaBefore) !== 0)) push(child, j + 1);
			for (let p = words.prefixFrom[j]; p < words.prefixFrom[j + 1]; p++) {
				const c = this.edges.get(node, words.prefixIds[p]);
				if (c >= 0 && (gap === Gap.Join || (info[c] & Node.CommaBefore) !== 0)) push(c, j + 1);
			}
		}
		return best >= 0 ? { value: this.entries[best].value, first: i, last: bestLast } : null;
	}

	/** The child of `node` by word id `key`, or -1. */
	private child(node: number, key: number): number {
		const only = this.only[2 * node];
		return only === key ? this.only[2 * node + 1] : only === MANY ? this.edges.get(node, key) : -1;
	}

	private caseAgrees(entry: Entry<T>, words: Words, first: number, last: number): boolean {
		if (this.caseMode === 'any') return true;
		for (let k = 0; k <= last - first; k++) {
			if (!nameWordAgrees(entry.words[k], words, first + k)) return false;
		}
		return true;
	}
}

function startsUpperOrDigit(words: Words, i: number): boolean {
	return (words.initial[i] & (Initial.Upper | Initial.AsciiDigit)) !== 0;
}
