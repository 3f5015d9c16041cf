/**
 * The names under which the institutions a text mentions are reported: the fullest name the text
 * prints, and learned short forms merged into the body they shorten.
 */
import { InstitutionKind, Mention } from './model';
import { foldName } from './vocabulary';

/** An institution as collected from one text, with its mentions in text order. */
export interface Collected {
	info: { id: string; name: string; acronym: string | null; kind: InstitutionKind; learned: boolean };
	mentions: Mention[];
	/** The last mention's text, shared by the next mention spelled alike (compared in place). */
	printed?: string;
	/** `foldName(info.name)`, kept from where the body was made (the lexicon's bodies' from the lexicon). */
	folded?: string;
	/**
	 * The distinct texts of the mentions in the order of their first mentions, each the one string
	 * all its mentions share (see `spelledAs`); absent once another body's mentions were merged in.
	 */
	spellings?: string[];
}

/**
 * `text` (a mention's, just cut from the text), or the equal string an earlier mention of `c` has,
 * which it then shares; a new text is added to `c.spellings`. Mentions must come in text order.
 */
export function spelledAs(c: Collected, text: string): string {
	const list = c.spellings;
	if (list === undefined) return text;
	for (let k = 0; k < list.length; k++) if (list[k] === text) return list[k];
	list.push(text);
	return text;
}

/**
 * `printedName` of a body's mentions, weighed from its spellings when it has them: a few texts
 * rather than every mention (a long record names a body thousands of times, in two or three ways).
 */
export function printedNameOf(c: Collected, fold: (name: string) => string): string {
	return c.spellings !== undefined ? printedFrom(c.info, c.spellings, fold) : printedName(c.info, c.mentions, fold);
}

/** `foldName`, remembered for one text: the same names come back mention after mention. */
export function foldMemo(): (name: string) => string {
	const memo = new Map<string, string>();
	return name => {
		let f = memo.get(name);
		if (f === undefined) memo.set(name, f = foldName(name));
		return f;
	};
}

/**
 * The fullest name the text prints ("Group of Arab States" over "Arab Group"); the lexicon's name
 * when the text uses only the acronym.
 */
export function printedName(info: Collected['info'], mentions: readonly Mention[], fold: (name: string) => string): string {
	return printedFrom(info, mentions.map(m => m.text), fold);
}

/**
 * `printedName` of mentions with these texts, in this order. The distinct texts in the order of
 * their first mentions name the same as all of them: a text seen before changes nothing.
 */
function printedFrom(info: Collected['info'], texts: readonly string[], fold: (name: string) => string): string {
	let best: string | null = null;
	// A text no longer than the best changes nothing (spaces only shorten it). (A text seen before
	// changes nothing either, weighed again: best only grows, and it was weighed against it then.)
	for (const text of texts) {
		if (best !== null && text.length <= best.length) continue;
		const t = oneSpaced(text);
		if (t === info.acronym || capitalsOnly(t)) continue;
		// "United Nations General Assembly" is printed in passing; the body is the General Assembly.
		// (Both prefixes begin with a capital U: most texts are not tried against them.)
		if (t.charCodeAt(0) === 85 && (t.startsWith('United Nations ') || t.startsWith('UN ')) && fold(t.replace(/^(?:United Nations|UN)\s+/, '')) === fold(info.name)) continue;
		if (!best || t.length > best.length) best = t;
	}
	return best ?? info.name;
}

/**
 * Names the text learned that are a shortened form of another body it names ("the Monitoring
 * Mission" for "the Special Monitoring Mission to Ukraine") are mentions of that body.
 */
export function mergeShortForms(list: Collected[], fold: (name: string) => string): Collected[] {
	if (!list.some(c => c.info.learned)) return list;
	// The names are folded where their bodies were made (the lexicon's once for all texts).
	const folded: string[] = [], bits: number[] = [];
	for (const c of list) {
		const f = c.folded ?? fold(c.info.name);
		folded.push(f);
		bits.push(wordBits(f));
	}
	// A name holds a short form only if it holds each of its words: most pairs share none, and their
	// bits say so without a search.
	const out: Collected[] = [];
	// Each body that took mentions in is sorted once, at the end (no two mentions begin at one offset).
	const grown = new Set<Collected>();
	for (let a = 0; a < list.length; a++) {
		const c = list[a];
		if (c.info.learned) {
			const into = holderOf(a, folded, bits);
			if (into >= 0) {
				list[into].mentions.push(...c.mentions);
				// (Its spellings would have to be merged by first mention: its name is weighed from the mentions.)
				if (list[into].spellings !== undefined) list[into].spellings = undefined;
				grown.add(list[into]);
				continue;
			}
		}
		out.push(c);
	}
	for (const c of grown) c.mentions.sort((x, y) => x.span.start - y.span.start);
	return out;
}

/**
 * The first name but name a (of these folded names, with their word bits) that is longer than it and
 * holds each of its words, or -1.
 */
function holderOf(a: number, folded: readonly string[], bits: readonly number[]): number {
	const short = folded[a], need = bits[a];
	for (let b = 0; b < folded.length; b++) {
		if (b !== a && folded[b].length > short.length && (need & ~bits[b]) === 0 && holdsWords(folded[b], short)) return b;
	}
	return -1;
}

/**
 * `(' ' + name + ' ').includes(' ' + part + ' ')`: `part` occurs in `name` between spaces or its
 * ends, found without making either string.
 */
export function holdsWords(name: string, part: string): boolean {
	const n = part.length;
	// (An empty part is found at every offset up to the end, then again at the end: the loop stops there.)
	for (let p = name.indexOf(part); p >= 0; p = p < name.length ? name.indexOf(part, p + 1) : -1) {
		if ((p === 0 || name.charCodeAt(p - 1) === 32) && (p + n === name.length || name.charCodeAt(p + n) === 32)) return true;
	}
	return false;
}

/**
 * One bit (of 31) for each of the words of `name` between single spaces, empty ones included: a
 * name that holds another between spaces (see holdsWords) has all of its bits.
 */
export function wordBits(name: string): number {
	let bits = 0, h = 0;
	for (let i = 0; i < name.length; i++) {
		const c = name.charCodeAt(i);
		if (c === 32) {
			bits |= 1 << (h % 31);
			h = 0;
		} else {
			h = (h * 31 + c) & 0xfffff;
		}
	}
	return bits | 1 << (h % 31);
}

/** `s.replace(/\s+/g, ' ')`, without the replacing when only single spaces separate its words. */
export function oneSpaced(s: string): string {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 32 ? s.charCodeAt(i + 1) === 32 || i + 1 === s.length : c < 32 || c >= 0x80) return s.replace(/\s+/g, ' ');
	}
	return s;
}

/** Whether the ASCII letters of `t` are all capitals, and there are some (an acronym, or a name in capitals). */
function capitalsOnly(t: string): boolean {
	let upper = false;
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i);
		if (c >= 97 && c <= 122) return false;
		if (c >= 65 && c <= 90) upper = true;
	}
	return upper;
}
