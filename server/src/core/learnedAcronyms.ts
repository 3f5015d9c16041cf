/**
 * Acronyms a text defines in brackets right after a body's name ("… Stabilization Mission in the
 * Central African Republic (MINUSCA)"), learned as findInstitutions meets them, and the test of
 * later words against them.
 */
import { Collected } from './institutionNames';
import { wordIs } from './nameWords';
import { Initial, Words } from './tokens';
import { WordTable } from './wordTable';

/**
 * `(MINUSCA)` right after word `last`: the acronym and the index of its first word. The gap after
 * word `last` must be a Break (as a bracket makes it), or word `last` the last word.
 */
export function definedAcronym(text: string, words: Words, last: number): { text: string; index: number } | null {
	let p = words.end[last];
	while (text.charCodeAt(p) === 32) p++;
	if (text.charCodeAt(p) !== 40) return null;
	const close = text.indexOf(')', p);
	if (close < 0 || close - p > 16) return null;
	const inner = text.slice(p + 1, close).trim();
	if (!/^[A-Z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9-]*)?$/.test(inner) || !/[A-Z].*[A-Z]|^[A-Z]{2}/.test(inner)) return null;
	let index = last + 1;
	while (index < words.count && words.start[index] <= p) index++;
	return { text: inner, index };
}

/**
 * The acronyms one text has learned so far, each with the body it names (the latest defined so).
 * Made at the first: most texts define none, and then nothing of this is made.
 */
export class LearnedAcronyms {
	private readonly bodies = new Map<string, Collected>();
	/** The acronyms by first letter (A–Z, as definedAcronym requires), so that most words are passed over without a string. */
	private readonly byFirst: (string[] | undefined)[] = new Array(26).fill(undefined);
	/**
	 * And their word ids, a mark each: a word is its spelling, so most words are passed over from the
	 * ids the scan reads, without their spans and the text. Made at the first acronym a lexicon knows:
	 * a text's acronyms are nearly all words no lexicon knows, and a mark per word of the table was a
	 * large part of the cost of a short text.
	 */
	private byId: Uint8Array | null = null;
	/** The lengths of the acronyms no lexicon knows, a bit each: they pass over most words no lexicon knows (names, mostly). */
	private unknownLengths = 0;

	constructor(private readonly table: WordTable) {}

	/** Word `key` (an acronym) now names `body`. */
	learn(key: string, body: Collected): void {
		if (!this.bodies.has(key)) {
			const first = key.charCodeAt(0) - 65;
			const bucket = this.byFirst[first];
			if (bucket) bucket.push(key); else this.byFirst[first] = [key];
			const id = this.table.lookupString(key);
			if (id >= 0) (this.byId ??= new Uint8Array(this.table.size))[id] = 1;
			else this.unknownLengths |= 1 << key.length;
		}
		this.bodies.set(key, body);
	}

	/**
	 * The body whose acronym word i is, if any: `bodies.get(words.word(i))` for words of two letters
	 * or more.
	 */
	at(words: Words, i: number): Collected | undefined {
		const id = words.id[i];
		// (A word joined across a line break is longer in the text than its spelling: it is not weighed so.)
		if (id >= 0 ? this.byId === null || this.byId[id] === 0
			: ((this.unknownLengths >>> Math.min(words.end[i] - words.start[i], 31)) & 1) === 0 && (words.initial[i] & Initial.Joined) === 0) return undefined;
		// (Every acronym begins with A–Z: other words are passed over here.)
		const first = words.source.charCodeAt(words.start[i]) - 65;
		if (!(first >= 0 && first < 26)) return undefined;
		const keys = this.byFirst[first];
		if (!keys) return undefined;
		for (const key of keys) if (key.length > 1 && wordIs(words, i, key)) return this.bodies.get(key);
		return undefined;
	}
}
