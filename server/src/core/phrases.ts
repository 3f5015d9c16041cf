/**
 * A lexicon of multi-word phrases looked up word by word in a trie, so that thousands of names cost
 * one walk per word of text rather than one regular expression per name.
 */
import { Gap, isAllCaps, isCapitalized, tokenize, Words } from './tokens';

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
	/** Length of the prefix that the last text word must start with, or -1 for a whole word. */
	readonly wildcard: boolean;
}

interface RootHit<T> {
	readonly next: TrieNode<T> | undefined;
	readonly prefixes: { prefix: string; node: TrieNode<T> }[] | null;
}

class TrieNode<T> {
	next: Map<string, TrieNode<T>> | null = null;
	/** Word prefixes (from cues like `peacekeep*`), checked with startsWith. */
	prefixes: { prefix: string; node: TrieNode<T> }[] | null = null;
	entry: Entry<T> | null = null;
	/** The phrase has a comma before the word that leads into this node. */
	commaBefore = false;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'against', 'de', 'du', 'des', 'la', 'le', 'et', 'with', 'at', 'a', 's']);

export class PhraseLexicon<T> {
	private readonly root = new TrieNode<T>();
	/** Root-level prefixes bucketed by their first four letters, to keep the per-word cost flat. */
	private readonly rootPrefixes = new Map<string, { prefix: string; node: TrieNode<T> }[]>();
	private size = 0;

	constructor(readonly caseMode: CaseMode) {}

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
			const key = words.lower[i];
			const isPrefix = wildcard && i === words.count - 1 && key.length >= 4;
			node = isPrefix ? this.prefixChild(node, key) : this.child(node, key);
			if (words.gapBefore[i] === Gap.Comma) node.commaBefore = true;
		}
		if (!node.entry) {
			node.entry = { value, words: words.text, wildcard };
			this.size++;
		}
	}

	private child(node: TrieNode<T>, key: string): TrieNode<T> {
		node.next ??= new Map();
		let child = node.next.get(key);
		if (!child) node.next.set(key, child = new TrieNode<T>());
		return child;
	}

	private prefixChild(node: TrieNode<T>, prefix: string): TrieNode<T> {
		const list = node === this.root ? this.bucket(prefix) : (node.prefixes ??= []);
		let found = list.find(p => p.prefix === prefix);
		if (!found) list.push(found = { prefix, node: new TrieNode<T>() });
		return found.node;
	}

	private bucket(prefix: string): { prefix: string; node: TrieNode<T> }[] {
		const key = prefix.slice(0, 4);
		let list = this.rootPrefixes.get(key);
		if (!list) this.rootPrefixes.set(key, list = []);
		return list;
	}

	/** The longest phrase starting at word `i` and ending before word `limit`, or null. */
	longestAt(words: Words, i: number, limit = words.count): PhraseMatch<T> | null {
		// Proper names never begin with a lower-case word; skip the lookup for most words of prose.
		if (this.caseMode === 'name' && !startsUpperOrDigit(words.text[i])) return null;
		let best: PhraseMatch<T> | null = null;
		// Depth-first over the trie; branches only where a word prefix (`peacekeep*`) also matches.
		const stack = this.stack;
		stack.length = 0;
		stack.push(this.root, i);
		while (stack.length) {
			const j = stack.pop() as number;
			const node = stack.pop() as TrieNode<T>;
			if (node.entry && (!best || j - 1 > best.last) && this.caseAgrees(node.entry, words, i, j - 1)) {
				best = { value: node.entry.value, first: i, last: j - 1 };
			}
			if (j >= limit) continue;
			const gap = j > i ? words.gapBefore[j] : Gap.Join;
			if (gap === Gap.Break) continue;
			const key = words.lower[j];
			let next: TrieNode<T> | undefined;
			let prefixes: { prefix: string; node: TrieNode<T> }[] | null;
			if (node === this.root) {
				const hit = this.rootHit(key);
				if (!hit) continue;
				next = hit.next;
				prefixes = hit.prefixes;
			} else {
				next = node.next?.get(key);
				prefixes = node.prefixes;
			}
			if (next && (gap === Gap.Join || next.commaBefore)) stack.push(next, j + 1);
			if (prefixes) {
				for (const p of prefixes) {
					if ((node === this.root || key.startsWith(p.prefix)) && (gap === Gap.Join || p.node.commaBefore)) stack.push(p.node, j + 1);
				}
			}
		}
		return best;
	}

	private readonly stack: unknown[] = [];
	/** What the root offers a word (its child and matching prefixes), memoized per distinct word. */
	private readonly rootMemo = new Map<string, RootHit<T> | null>();

	private rootHit(key: string): RootHit<T> | null {
		let hit = this.rootMemo.get(key);
		if (hit === undefined) {
			const next = this.root.next?.get(key);
			const list = this.rootPrefixes.get(key.slice(0, 4))?.filter(p => key.startsWith(p.prefix)) ?? [];
			hit = next || list.length ? { next, prefixes: list.length ? list : null } : null;
			// Prose has a bounded vocabulary; the cap only guards against hostile input.
			if (this.rootMemo.size < 200_000) this.rootMemo.set(key, hit);
		}
		return hit;
	}

	/** Every leftmost-longest, non-overlapping match in words [from, to). */
	matchAll(words: Words, from = 0, to = words.count): PhraseMatch<T>[] {
		const out: PhraseMatch<T>[] = [];
		for (let i = from; i < to; i++) {
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
			if (!wordCaseAgrees(entry.words[k], words.text[first + k])) return false;
		}
		return true;
	}
}

function startsUpperOrDigit(word: string): boolean {
	const c = word.charCodeAt(0);
	return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && isCapitalized(word));
}

/** Whether a text word may stand for a lexicon word in a proper name. */
function wordCaseAgrees(expected: string, actual: string): boolean {
	if (expected === actual) return true;
	if (expected.length > 1 && isAllCaps(expected)) return false; // acronyms match exactly
	if (actual.length > 1 && actual === expected.toUpperCase()) return true; // an all-capitals heading
	if (CONNECTORS.has(expected.toLowerCase())) return expected.toLowerCase() === actual.toLowerCase();
	return isCapitalized(actual) && isCapitalized(expected) && actual.toLowerCase() === expected.toLowerCase();
}
