/**
 * The trie of a phrase lexicon (see phrases.ts), as it is built: nodes are numbers (0 is the root)
 * with an entry index and flags per node in one typed array, children in one hash table
 * (trieEdges.ts), so that a walk reads a few small arrays rather than objects spread over the heap.
 */
import { NameWord } from './nameCase';
import { Gap, tokenize, Words } from './tokens';
import { TrieEdges } from './trieEdges';
import { WordTable } from './wordTable';

/**
 * How a phrase's case must agree with the text:
 * - `name`: capitalised words must be capitalised in the text (or the text all in capitals, as in
 *   old records' headings); acronyms must match exactly.
 * - `any`: case is ignored (theme and stance cues).
 */
export type CaseMode = 'name' | 'any';

/** Bits of a node's flags. */
export const enum Node {
	/** The phrase has a comma before the word that leads into this node. */
	CommaBefore = 1,
	/** Some child is reached by a prefix (`peacekeep*`): a word's prefixes must be tried here. */
	PrefixChildren = 2,
	HasChildren = 4,
	/** The phrase has a full stop after an abbreviation ("St. Lucia") before the word leading into this node. */
	StopBefore = 8,
	/** Some child is StopBefore: a walk may go on across a full stop here (the gap reads as a Break). */
	StopChildren = 16,
}
/** In `PhraseTrie.only`, for a node with several children. */
export const MANY = -2;
/** Where a node's entry index begins in its info (see `PhraseTrie.info`). */
export const ENTRY_SHIFT = 5;

/** The phrases of a lexicon in a trie keyed by word ids; the walks over it are in PhraseLexicon. */
export class PhraseTrie<T> {
	/**
	 * Per entry, its value and its words (for the test of case), in arrays of their own: a match
	 * reads its value with one load less than through an object per entry.
	 */
	protected readonly values: T[] = [];
	protected readonly phraseWords: (readonly NameWord[])[] = [];
	/**
	 * The words of all entries one after another (entry e's from `wordsFrom[e]`), each as its length
	 * and its `onMatch`, so that the test of case settles most words from two typed arrays without
	 * reaching the word's object and its string (cache misses, in a walk through a long text).
	 */
	protected wordsFrom: number[] = [];
	protected wordLength = new Int32Array(64);
	protected wordOnMatch = new Uint8Array(64);
	private wordCount = 0;
	/**
	 * Per node, in one number so that a step of a walk reads one array: its flags (the bits of
	 * `Node`) and, above them, 1 + the index of its entry in `values` (0 for none).
	 */
	protected info = new Int32Array(64);
	/**
	 * Per node, the key and the child of its only child (-1, -1 when it has none; MANY and -1 when
	 * it has several): most steps of a walk leave a node with one child, and compare a number here
	 * rather than probe the table of edges.
	 */
	protected only = new Int32Array(128).fill(-1);
	private nodes = 1;
	protected readonly edges = new TrieEdges();
	/** The root's children by word id, in the order added. */
	private readonly rootChildren: number[] = [];
	/**
	 * The node each word id starts (-1 where no phrase begins) at index id + 1, so that id -1 (a word
	 * no lexicon knows) reads the -1 at index 0 and the scan of every word of a text has one test
	 * rather than two (the one on the id is taken or not at random). Made on first use and again whenever
	 * the table or the lexicon grew (see `startIndex`): every word of a text is tested against it.
	 */
	protected startOf = new Int32Array(1).fill(-1);
	/** Whether some phrase begins with a prefix (`peacekeep*`): else words' prefixes are not looked at. */
	protected prefixStarts = false;
	/** Whether some phrase ends in a prefix: else every word of a match is matched by its own id. */
	protected prefixes = false;
	private startsFor = -1;

	constructor(private readonly table: WordTable, readonly caseMode: CaseMode) {}

	get entryCount(): number {
		return this.values.length;
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
			if (isPrefix) { this.info[node] |= Node.PrefixChildren; this.prefixes = true; }
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
			if (i > 0 && words.gapBefore[i] === Gap.Break && fullStopAfter(words, i - 1)) {
				this.info[node] |= Node.StopChildren;
				this.info[child] |= Node.StopBefore;
			}
			node = child;
			if (words.gapBefore[i] === Gap.Comma) this.info[node] |= Node.CommaBefore;
		}
		if (this.info[node] >> ENTRY_SHIFT === 0) {
			this.info[node] |= (this.values.length + 1) << ENTRY_SHIFT;
			this.values.push(value);
			const nameWords = words.slice(0, words.count).map(w => new NameWord(w));
			this.phraseWords.push(nameWords);
			this.wordsFrom.push(this.wordCount);
			for (const w of nameWords) this.addWord(w);
		}
		this.startsFor = -1;
	}

	private addWord(w: NameWord): void {
		if (this.wordCount === this.wordLength.length) {
			const length = new Int32Array(2 * this.wordCount), onMatch = new Uint8Array(2 * this.wordCount);
			length.set(this.wordLength);
			onMatch.set(this.wordOnMatch);
			this.wordLength = length;
			this.wordOnMatch = onMatch;
		}
		this.wordLength[this.wordCount] = w.text.length;
		this.wordOnMatch[this.wordCount++] = w.onMatch;
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

	/** Makes `startOf` current; every walk from the first word of a phrase calls this first. */
	protected startIndex(): void {
		if (this.startsFor === this.table.size) return;
		const startOf = new Int32Array(this.table.size + 1).fill(-1);
		for (let k = 0; k < this.rootChildren.length; k += 2) startOf[this.rootChildren[k] + 1] = this.rootChildren[k + 1];
		this.startOf = startOf;
		this.startsFor = this.table.size;
	}

	/** The child of `node` by word id `key`, or -1. */
	protected child(node: number, key: number): number {
		const only = this.only[2 * node];
		return only === key ? this.only[2 * node + 1] : only === MANY ? this.edges.get(node, key) : -1;
	}
}

/**
 * Whether a full stop follows word i at once ("St" in "St. Lucia"): the tokenizer makes that gap a
 * Break, as after a sentence, and a phrase that holds one crosses it only where the text has one too.
 */
export function fullStopAfter(words: Words, i: number): boolean {
	return words.source.charCodeAt(words.end[i]) === 46;
}
