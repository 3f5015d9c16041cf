/**
 * A lexicon of multi-word phrases looked up word by word in a trie keyed by word ids (see
 * wordTable.ts), so that thousands of names cost one walk per word of text rather than one regular
 * expression per name, and a word no phrase contains costs one array read.
 */
import { NameWord, nameWordAgrees } from './nameCase';
import { Gap, tokenize, Words } from './tokens';
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

class TrieNode<T> {
	/** Children by word id (prefix ids included: `peacekeep*` is a word id of its own). */
	next: Map<number, TrieNode<T>> | null = null;
	entry: Entry<T> | null = null;
	/** The phrase has a comma before the word that leads into this node. */
	commaBefore = false;
	/** Some child is reached by a prefix (`peacekeep*`): a word's prefixes must be tried here. */
	prefixChildren = false;
	/** The word id of the only child, when there is one child (most nodes past the first word): no Map lookup then. */
	soleKey = -1;
	sole: TrieNode<T> | null = null;

	/** The child reached by word id `key`, if any. */
	child(key: number): TrieNode<T> | undefined {
		if (this.sole) return key === this.soleKey ? this.sole : undefined;
		return this.next?.get(key);
	}
}

export class PhraseLexicon<T> {
	private readonly root = new TrieNode<T>();
	private size = 0;
	/**
	 * The root's children as an array indexed by word id (null where no phrase begins), made on
	 * first use and again whenever the table or the lexicon grew: every word of a text is tested
	 * against it, and an array read is several times cheaper than a Map lookup.
	 */
	private starts: (TrieNode<T> | null)[] = [];
	/** 1 where `starts` has a node: a byte per id stays in the cache while every word is tested. */
	private startFlags = new Uint8Array(0);
	/** Whether some phrase begins with a prefix (`peacekeep*`): else words' prefixes are not looked at. */
	private prefixStarts = false;
	private startsFor = -1;
	// The depth-first walk's stack, kept between calls.
	private readonly nodeStack: TrieNode<T>[] = [];
	private readonly posStack: number[] = [];

	constructor(private readonly table: WordTable, readonly caseMode: CaseMode) {}

	get entryCount(): number {
		return this.size;
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
		let node = this.root;
		for (let i = 0; i < words.count; i++) {
			const w = words.word(i);
			const isPrefix = wildcard && i === words.count - 1 && w.length >= 4;
			const key = this.table.intern(w, isPrefix);
			if (isPrefix) node.prefixChildren = true;
			if (isPrefix && i === 0) this.prefixStarts = true;
			node.next ??= new Map();
			let child = node.next.get(key);
			if (!child) node.next.set(key, child = new TrieNode<T>());
			node.sole = node.next.size === 1 ? child : null;
			node.soleKey = node.next.size === 1 ? key : -1;
			node = child;
			if (words.gapBefore[i] === Gap.Comma) node.commaBefore = true;
		}
		if (!node.entry) {
			node.entry = { value, words: words.slice(0, words.count).map(w => new NameWord(w)) };
			this.size++;
		}
		this.startsFor = -1;
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
			// The walk reads word ids only; the text is read (a cache miss, often) for what it finds.
			const m = this.walk(words, i, to);
			if (m && (!name || startsUpperOrDigit(words, i))) {
				out.push(m);
				i = m.last;
			}
		}
		return out;
	}

	private startIndex(): (TrieNode<T> | null)[] {
		if (this.startsFor === this.table.size) return this.starts;
		const starts: (TrieNode<T> | null)[] = new Array(this.table.size).fill(null);
		this.startFlags = new Uint8Array(this.table.size);
		for (const [id, child] of this.root.next ?? []) {
			starts[id] = child;
			this.startFlags[id] = 1;
		}
		this.startsFor = this.table.size;
		return this.starts = starts;
	}

	/**
	 * The first word in [from, to) at which some phrase may begin, by its id or one of its prefixes
	 * (case not weighed), or `to`: before it, `longestAt` is null everywhere. Every word of a text
	 * passes here, so the test that rejects almost all of them comes first.
	 */
	nextStart(words: Words, from: number, to: number): number {
		if (this.startsFor !== this.table.size) this.startIndex();
		const flags = this.startFlags, ids = words.id;
		if (!this.prefixStarts) {
			for (let i = from; i < to; i++) {
				const id = ids[i];
				if (id >= 0 && flags[id] === 1) return i;
			}
			return to;
		}
		const prefixFrom = words.prefixFrom, prefixIds = words.prefixIds;
		// Word i's prefixes end where word i+1's begin: one read of prefixFrom per word.
		let end = from < to ? prefixFrom[from] : 0;
		for (let i = from; i < to; i++) {
			const begin = end;
			end = prefixFrom[i + 1];
			const id = ids[i];
			if (id >= 0 && flags[id] === 1) return i;
			for (let p = begin; p < end; p++) if (flags[prefixIds[p]] === 1) return i;
		}
		return to;
	}

	/** Whether some phrase begins with word i (by its id or one of its prefixes). */
	private canStart(words: Words, i: number): boolean {
		const flags = this.startFlags;
		const id = words.id[i];
		if (id >= 0 && flags[id] === 1) return true;
		if (!this.prefixStarts) return false;
		const to = words.prefixFrom[i + 1];
		for (let p = words.prefixFrom[i]; p < to; p++) if (flags[words.prefixIds[p]] === 1) return true;
		return false;
	}

	/**
	 * Depth-first over the trie from word i; it branches only where a word and a prefix of it both
	 * match. The first match found of each length wins, so the order of the stack is kept as it was.
	 */
	private walk(words: Words, i: number, limit: number): PhraseMatch<T> | null {
		// Most walks meet no prefix a phrase could continue with: they follow one path, which needs no
		// stack. (A node none of whose children is a prefix ignores the word's prefixes.)
		const ids = words.id, prefixFrom = words.prefixFrom, starts = this.starts;
		const id = ids[i];
		let node = id >= 0 ? starts[id] : null;
		if (this.prefixStarts && prefixFrom[i] !== prefixFrom[i + 1]) {
			// A phrase may begin with one of the word's prefixes: one path still, unless two begin here.
			let paths = node ? 1 : 0;
			for (let p = prefixFrom[i]; p < prefixFrom[i + 1]; p++) {
				const start = starts[words.prefixIds[p]];
				if (start) { paths++; node = start; }
			}
			if (paths > 1) return this.walkBranching(words, i, limit);
		}
		let best: Entry<T> | null = null, bestLast = -1;
		for (let j = i + 1; node; j++) {
			if (node.entry && this.caseAgrees(node.entry, words, i, j - 1)) {
				best = node.entry;
				bestLast = j - 1;
			}
			const next = node.next;
			if (j >= limit || !next) break;
			const gap = words.gapBefore[j];
			if (gap === Gap.Break) break;
			if (node.prefixChildren && prefixFrom[j] !== prefixFrom[j + 1]) return this.walkBranching(words, i, limit);
			const wid = ids[j];
			const child = wid >= 0 ? node.child(wid) : undefined;
			node = child && (gap === Gap.Join || child.commaBefore) ? child : null;
		}
		return best ? { value: best.value, first: i, last: bestLast } : null;
	}

	/** The walk in general: depth-first with a stack, in the order the lexicon has always used. */
	private walkBranching(words: Words, i: number, limit: number): PhraseMatch<T> | null {
		const nodes = this.nodeStack, pos = this.posStack;
		const starts = this.starts;
		let sp = 0;
		const id = words.id[i];
		const first = id >= 0 ? starts[id] : null;
		if (first) { nodes[sp] = first; pos[sp++] = i + 1; }
		for (let p = words.prefixFrom[i]; p < words.prefixFrom[i + 1]; p++) {
			const child = starts[words.prefixIds[p]];
			if (child) { nodes[sp] = child; pos[sp++] = i + 1; }
		}
		let best: Entry<T> | null = null, bestLast = -1;
		while (sp > 0) {
			const node = nodes[--sp];
			const j = pos[sp];
			if (node.entry && j - 1 > bestLast && this.caseAgrees(node.entry, words, i, j - 1)) {
				best = node.entry;
				bestLast = j - 1;
			}
			const next = node.next;
			if (j >= limit || !next) continue;
			const gap = words.gapBefore[j];
			if (gap === Gap.Break) continue;
			const wid = words.id[j];
			const child = wid >= 0 ? node.child(wid) : undefined;
			if (child && (gap === Gap.Join || child.commaBefore)) { nodes[sp] = child; pos[sp++] = j + 1; }
			for (let p = words.prefixFrom[j]; p < words.prefixFrom[j + 1]; p++) {
				const c = next.get(words.prefixIds[p]);
				if (c && (gap === Gap.Join || c.commaBefore)) { nodes[sp] = c; pos[sp++] = j + 1; }
			}
		}
		return best ? { value: best.value, first: i, last: bestLast } : null;
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
	const c = words.source.charCodeAt(words.start[i]);
	return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && words.capitalized(i));
}
