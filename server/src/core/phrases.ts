/**
 * A lexicon of multi-word phrases looked up word by word in a trie keyed by word ids (see
 * wordTable.ts and phraseTrie.ts), so that thousands of names cost one walk per word of text rather
 * than one regular expression per name, and a word no phrase contains costs one array read.
 */
import { nameWordAgrees, OnMatch } from './nameCase';
import { ENTRY_SHIFT, fullStopAfter, Node, PhraseTrie } from './phraseTrie';
import { Gap, Initial, Words } from './tokens';

export type { CaseMode } from './phraseTrie';

export interface PhraseMatch<T> {
	readonly value: T;
	/** Index of the first and last matched word. */
	readonly first: number;
	readonly last: number;
}

/**
 * A lexicon's matches in words, in order: match k covers words first[k] to last[k] and names
 * value(k). Kept in typed arrays rather than an object per match: the state matches of a long text
 * (90 thousand in 20 MB) live through its segmentation, long enough for the scavenger to copy them;
 * with the cues' (130 thousand, read at once) their objects were a fifth of what analysing such a
 * text allocated.
 */
export class MatchList<T> {
	count = 0;
	first = new Int32Array(64);
	last = new Int32Array(64);
	private entry = new Int32Array(64);
	/** The values, by entry, of the lexicon whose matches these are. */
	private values: readonly T[] = [];

	value(k: number): T {
		return this.values[this.entry[k]];
	}

	/** Empties the list for the matches of a lexicon whose values are `values`. */
	reset(values: readonly T[]): void {
		this.values = values;
		this.count = 0;
	}

	push(entry: number, first: number, last: number): void {
		if (this.count === this.entry.length) this.grow();
		this.entry[this.count] = entry;
		this.first[this.count] = first;
		this.last[this.count++] = last;
	}

	private grow(): void {
		const n = this.count * 2;
		const entry = new Int32Array(n), first = new Int32Array(n), last = new Int32Array(n);
		entry.set(this.entry);
		first.set(this.first);
		last.set(this.last);
		this.entry = entry;
		this.first = first;
		this.last = last;
	}
}

/** A lexicon of phrases (see PhraseTrie for how they are kept): the walks that find them in words. */
export class PhraseLexicon<T> extends PhraseTrie<T> {
	/** The entry of the match a walk last found (walks return its last word). */
	private found = -1;
	// The depth-first walk's stack, kept between calls.
	private nodeStack = new Int32Array(64);
	private posStack = new Int32Array(64);
	private readonly scratch = new MatchList<T>();

	/** The longest phrase starting at word `i` and ending before word `limit`, or null. */
	longestAt(words: Words, i: number, limit = words.count): PhraseMatch<T> | null {
		const last = this.longestLastAt(words, i, limit);
		return last >= 0 ? { value: this.foundValue, first: i, last } : null;
	}

	/**
	 * `longestAt(words, i, limit)?.last ?? -1`, without the match made: the match's value is then
	 * `foundValue`, until the next walk.
	 */
	longestLastAt(words: Words, i: number, limit = words.count): number {
		// Words no phrase contains, and (for names) words in lower case, start nothing.
		this.startIndex();
		if (i >= limit || !this.canStart(words, i)) return -1;
		if (this.caseMode === 'name' && !startsUpperOrDigit(words, i)) return -1;
		return this.walk(words, i, limit);
	}

	/** The value of the match the last walk found. */
	get foundValue(): T {
		return this.values[this.found];
	}

	/** Every leftmost-longest, non-overlapping match in words [from, to), one object each (see `scan`). */
	matchAll(words: Words, from = 0, to = words.count): PhraseMatch<T>[] {
		const list = this.scan(words, from, to);
		return Array.from({ length: list.count }, (_, k) => ({ value: list.value(k), first: list.first[k], last: list.last[k] }));
	}

	/**
	 * Every leftmost-longest, non-overlapping match in words [from, to), written into `into` (emptied
	 * first), which is returned. Without `into`, the list is the lexicon's own, valid until its next
	 * scan: for matches read at once (a statement's cues). Matches kept while the lexicon scans again
	 * need a list of their own.
	 */
	scan(words: Words, from = 0, to = words.count, into = this.scratch): MatchList<T> {
		this.startIndex();
		into.reset(this.values);
		const name = this.caseMode === 'name', prefixStarts = this.prefixStarts;
		const startOf = this.startOf, ids = words.id;
		// The next word one of whose prefixes begins a phrase (`to` when none does), found ahead among
		// the few prefixes of the words: the scan for a first word reads the ids alone up to it.
		let prefixAt = prefixStarts ? this.firstPrefixStart(words, from, to) : to;
		for (let i = from; i < to; i++) {
			if (prefixAt < i) prefixAt = this.firstPrefixStart(words, i, to);
			let node = -1;
			while (i < prefixAt && (node = startOf[ids[i] + 1]) < 0) i++;
			if (i >= to) break;
			if (name && !startsUpperOrDigit(words, i)) continue;
			// Before prefixAt only the word's id can begin a phrase: it gives the one path to follow.
			const last = i < prefixAt ? this.walkPath(words, i, node, to) : this.walk(words, i, to);
			if (last >= 0) {
				into.push(this.found, i, last);
				i = last;
			}
		}
		return into;
	}

	/** The first word in [from, to) one of whose prefixes begins a phrase, or `to`. */
	private firstPrefixStart(words: Words, from: number, to: number): number {
		const startOf = this.startOf, prefixFrom = words.prefixFrom, prefixIds = words.prefixIds;
		const end = prefixFrom[to];
		for (let p = prefixFrom[from]; p < end; p++) {
			if (startOf[prefixIds[p] + 1] < 0) continue;
			let i = from;
			while (prefixFrom[i + 1] <= p) i++;
			return i;
		}
		return to;
	}

	/**
	 * The first word in [from, to) at which some phrase may begin, by its id or one of its prefixes
	 * (case not weighed), or `to`: before it, `longestAt` is null everywhere.
	 */
	nextStart(words: Words, from: number, to: number): number {
		this.startIndex();
		const startOf = this.startOf, ids = words.id;
		let i = from;
		while (i < to && startOf[ids[i] + 1] < 0) i++;
		return this.prefixStarts && words.prefixFrom[from] !== words.prefixFrom[i] ? this.firstPrefixStart(words, from, i) : i;
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
	 * Returns the last word of the longest match (its entry in `found`), or -1.
	 */
	private walk(words: Words, i: number, limit: number): number {
		// Most walks meet no prefix a phrase could continue with: they follow one path, which needs no
		// stack. (A node none of whose children is a prefix ignores the word's prefixes.)
		const prefixFrom = words.prefixFrom, startOf = this.startOf;
		let node = startOf[words.id[i] + 1];
		if (this.prefixStarts && prefixFrom[i] !== prefixFrom[i + 1]) {
			// A phrase may begin with one of the word's prefixes: one path still, unless two begin here.
			let paths = node >= 0 ? 1 : 0;
			for (let p = prefixFrom[i]; p < prefixFrom[i + 1]; p++) {
				const start = startOf[words.prefixIds[p] + 1];
				if (start >= 0) { paths++; node = start; }
			}
			if (paths > 1) return this.walkBranching(words, i, limit);
		}
		return node >= 0 ? this.walkPath(words, i, node, limit) : -1;
	}

	/** The walk along the one path from `node`, which word i leads to (in general when a prefix may branch it). */
	private walkPath(words: Words, i: number, node: number, limit: number): number {
		const ids = words.id, prefixFrom = words.prefixFrom, gapBefore = words.gapBefore, info = this.info;
		// (Weighed here, not in caseAgrees: no call for every match of the cues.)
		const anyCase = this.caseMode === 'any';
		let best = -1, bestLast = -1;
		for (let j = i + 1; ; j++) {
			const f = info[node];
			const entry = (f >> ENTRY_SHIFT) - 1;
			if (entry >= 0 && (anyCase || this.caseAgrees(entry, words, i, j - 1))) {
				best = entry;
				bestLast = j - 1;
			}
			if (j >= limit || (f & Node.HasChildren) === 0) break;
			const gap = gapBefore[j];
			if (gap === Gap.Break && ((f & Node.StopChildren) === 0 || !fullStopAfter(words, j - 1))) break;
			if ((f & Node.PrefixChildren) !== 0 && prefixFrom[j] !== prefixFrom[j + 1]) return this.walkBranching(words, i, limit);
			const wid = ids[j];
			const child = wid >= 0 ? this.child(node, wid) : -1;
			if (child < 0 || (gap !== Gap.Join && (info[child] & gapFlag(gap)) === 0)) break;
			node = child;
		}
		this.found = best;
		return bestLast;
	}

	/** The walk in general: depth-first with a stack, in the order the lexicon has always used. */
	private walkBranching(words: Words, i: number, limit: number): number {
		const startOf = this.startOf, info = this.info, anyCase = this.caseMode === 'any';
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
		// The word's own id is pushed last, so taken first: of two matches as long, one that names the
		// word wins over one by a prefix ("encouraging" over "encourag*").
		for (let p = words.prefixFrom[i]; p < words.prefixFrom[i + 1]; p++) {
			const child = startOf[words.prefixIds[p] + 1];
			if (child >= 0) push(child, i + 1);
		}
		const first = startOf[words.id[i] + 1];
		if (first >= 0) push(first, i + 1);
		let best = -1, bestLast = -1;
		while (sp > 0) {
			const node = this.nodeStack[--sp];
			const j = this.posStack[sp];
			const entry = (info[node] >> ENTRY_SHIFT) - 1;
			if (entry >= 0 && j - 1 > bestLast && (anyCase || this.caseAgrees(entry, words, i, j - 1))) {
				best = entry;
				bestLast = j - 1;
			}
			if (j >= limit || (info[node] & Node.HasChildren) === 0) continue;
			const gap = words.gapBefore[j];
			if (gap === Gap.Break && ((info[node] & Node.StopChildren) === 0 || !fullStopAfter(words, j - 1))) continue;
			const wid = words.id[j];
			for (let p = words.prefixFrom[j]; p < words.prefixFrom[j + 1]; p++) {
				const c = this.edges.get(node, words.prefixIds[p]);
				if (c >= 0 && (gap === Gap.Join || (info[c] & gapFlag(gap)) !== 0)) push(c, j + 1);
			}
			const child = wid >= 0 ? this.edges.get(node, wid) : -1;
			if (child >= 0 && (gap === Gap.Join || (info[child] & gapFlag(gap)) !== 0)) push(child, j + 1);
		}
		this.found = best;
		return bestLast;
	}

	/** Whether the case of words [first, last] agrees with entry's (for a lexicon of names: the walks ask no other). */
	private caseAgrees(entry: number, words: Words, first: number, last: number): boolean {
		const start = words.start, end = words.end, initial = words.initial;
		const length = this.wordLength, onMatch = this.wordOnMatch, from = this.wordsFrom[entry] - first;
		// Without prefixes every word of a match is matched by its own id, and is as long as the entry's
		// word (folding keeps lengths) unless joined across a line break: its initial says so, and the
		// spans need not be read (a cache miss each, in a long text, where the scan read only the ids).
		const byId = !this.prefixes;
		for (let i = first; i <= last; i++) {
			// What nameWordAgrees settles first, from the arrays: a word as long as the entry's is the
			// word itself, and an ASCII connector agrees, an ASCII capitalised word if it has a capital.
			const on = onMatch[from + i];
			if (on !== OnMatch.Read && (byId && (initial[i] & Initial.Joined) === 0 || end[i] - start[i] === length[from + i])) {
				if (on === OnMatch.Agree || (initial[i] & Initial.Upper) !== 0) continue;
				return false;
			}
			if (!nameWordAgrees(this.phraseWords[entry][i - first], words, i)) return false;
		}
		return true;
	}
}

/** The flag a child needs to be reached across a gap other than Join (a full stop's Break was tested before). */
function gapFlag(gap: Gap): number {
	return gap === Gap.Comma ? Node.CommaBefore : Node.StopBefore;
}

function startsUpperOrDigit(words: Words, i: number): boolean {
	return (words.initial[i] & (Initial.Upper | Initial.AsciiDigit)) !== 0;
}
