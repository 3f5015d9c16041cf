/**
 * A lexicon of multi-word phrases looked up word by word in a trie keyed by word ids (see
 * wordTable.ts), so that thousands of names cost one walk per word of text rather than one regular
 * expression per name, and a word no phrase contains costs nothing.
 */
import { Gap, isAllCaps, isCapitalized, tokenize, Words } from './tokens';
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
	readonly words: readonly string[];
}

class TrieNode<T> {
	/** Children by word id (prefix ids included: `peacekeep*` is a word id of its own). */
	next: Map<number, TrieNode<T>> | null = null;
	entry: Entry<T> | null = null;
	/** The phrase has a comma before the word that leads into this node. */
	commaBefore = false;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'against', 'de', 'du', 'des', 'la', 'le', 'et', 'with', 'at', 'a', 's']);

export class PhraseLexicon<T> {
	private readonly root = new TrieNode<T>();
	private size = 0;
	private readonly stack: unknown[] = [];

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
			node.next ??= new Map();
			let child = node.next.get(key);
			if (!child) node.next.set(key, child = new TrieNode<T>());
			node = child;
			if (words.gapBefore[i] === Gap.Comma) node.commaBefore = true;
		}
		if (!node.entry) {
			node.entry = { value, words: words.slice(0, words.count) };
			this.size++;
		}
	}

	/** The longest phrase starting at word `i` and ending before word `limit`, or null. */
	longestAt(words: Words, i: number, limit = words.count): PhraseMatch<T> | null {
		// Words no phrase contains, and (for names) words in lower case, start nothing.
		if (!this.canStart(words, i)) return null;
		if (this.caseMode === 'name' && !startsUpperOrDigit(words, i)) return null;
		let best: PhraseMatch<T> | null = null;
		// Depth-first over the trie; it branches only where a word and a prefix of it both match.
		const stack = this.stack;
		stack.length = 0;
		stack.push(this.root, i);
		while (stack.length) {
			const j = stack.pop() as number;
			const node = stack.pop() as TrieNode<T>;
			if (node.entry && (!best || j - 1 > best.last) && this.caseAgrees(node.entry, words, i, j - 1)) {
				best = { value: node.entry.value, first: i, last: j - 1 };
			}
			if (j >= limit || !node.next) continue;
			const gap = j > i ? words.gapBefore[j] : Gap.Join;
			if (gap === Gap.Break) continue;
			const next = words.id[j] >= 0 ? node.next.get(words.id[j]) : undefined;
			if (next && (gap === Gap.Join || next.commaBefore)) stack.push(next, j + 1);
			for (let p = words.prefixFrom[j]; p < words.prefixFrom[j + 1]; p++) {
				const child = node.next.get(words.prefixIds[p]);
				if (child && (gap === Gap.Join || child.commaBefore)) stack.push(child, j + 1);
			}
		}
		return best;
	}

	/** Whether some phrase begins with word i (by its id or one of its prefixes). */
	private canStart(words: Words, i: number): boolean {
		const next = this.root.next;
		if (!next) return false;
		if (words.id[i] >= 0 && next.has(words.id[i])) return true;
		for (let p = words.prefixFrom[i]; p < words.prefixFrom[i + 1]; p++) if (next.has(words.prefixIds[p])) return true;
		return false;
	}

	/** Every leftmost-longest, non-overlapping match in words [from, to). */
	matchAll(words: Words, from = 0, to = words.count): PhraseMatch<T>[] {
		const out: PhraseMatch<T>[] = [];
		for (let i = from; i < to; i++) {
			if (!this.canStart(words, i)) continue;
			const m = this.longestAt(words, i, to);
			if (m) {
				out.push(m);
				i = m.last;
			}
		}
		return out;
	}

	private caseAgrees(entry: Entry<T>, words: Words, first: number, last: number): boolean {
		if (this.caseMode === 'any') return true;
		for (let k = 0; k <= last - first; k++) {
			if (!wordCaseAgrees(entry.words[k], words.word(first + k))) return false;
		}
		return true;
	}
}

function startsUpperOrDigit(words: Words, i: number): boolean {
	const c = words.source.charCodeAt(words.start[i]);
	return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && words.capitalized(i));
}

/** Whether a text word may stand for a lexicon word in a proper name. */
function wordCaseAgrees(expected: string, actual: string): boolean {
	if (expected === actual) return true;
	if (expected.length > 1 && isAllCaps(expected)) return false; // acronyms match exactly
	if (actual.length > 1 && actual === expected.toUpperCase()) return true; // an all-capitals heading
	if (CONNECTORS.has(expected.toLowerCase())) return expected.toLowerCase() === actual.toLowerCase();
	return isCapitalized(actual) && isCapitalized(expected) && actual.toLowerCase() === expected.toLowerCase();
}
