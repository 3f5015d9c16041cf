/**
 * Fast iteration over the matches of a regular expression that can only begin where one of a few
 * literal words begins ("Mr", "on behalf of", "vote"). V8 scans for a single literal with a fast
 * string search, but a pattern opening with `\b(?:Mr|Ms|Dr|…)` is tried at nearly every position;
 * here native `indexOf` finds the candidate positions and a sticky copy of the pattern is tried at
 * each, in ascending order, resuming after each match: the matches are exactly those a global
 * `exec` loop over the same pattern finds.
 */

// Letters from rarest to commonest in United Nations records (counted on the shared corpus): a
// needle is searched from its rarest letter on, since `indexOf` stops at every occurrence of the
// searched string's first character.
const RARITY = 'XQZYJKVqHLBjOFDzExPRGWUNMTICASkvwbygpfmudclhsroanite';

/**
 * A needle split where it is searched: its group's search string is found at k, then `head` is
 * compared before k and `rest` (what follows the search string in the needle) from k + its length.
 * `before` and `after` are the units beside the search string (-1: none), compared first: most
 * occurrences of the search string are rejected by one of them.
 */
interface Needle {
	readonly head: string;
	readonly rest: string;
	readonly before: number;
	readonly after: number;
}

// V8 searches a string of up to six code units by a fast scan for its first one; a longer string
// takes a Boyer-Moore search that is several times slower on these texts (0.2 against 0.7 ms/MB
// for "behalf" and "behalf of"). Keys are cut to this length and the rest checked where they occur.
const KEY_LENGTH = 6;

/** `needle` cut at `at`, where a search for `searchLength` units of it begins. */
function needleAt(needle: string, at: number, searchLength: number): Needle {
	const head = needle.slice(0, at), rest = needle.slice(at + searchLength);
	return { head, rest, before: head ? head.charCodeAt(head.length - 1) : -1, after: rest ? rest.charCodeAt(0) : -1 };
}

/** Where a needle is searched from: its rarest letter. */
function rarestAt(needle: string): number {
	let at = 0, best = Infinity;
	// A key of two characters or more lets the native search, not a call back here, reject most near misses.
	for (let i = 0; i <= needle.length - Math.min(2, needle.length); i++) {
		const r = RARITY.indexOf(needle[i]);
		if (r >= 0 && r < best) { best = r; at = i; }
	}
	return at;
}

/**
 * Needles searched by one string, `search`, in order of longest head first: where `search` occurs at
 * k, the candidates k - head.length ascend. Across occurrences they ascend too, since each needle is
 * split at the first occurrence of `search` in it: no occurrence begins inside a candidate's head.
 */
interface Group {
	readonly search: string;
	readonly minHead: number;
	readonly maxHead: number;
	readonly needles: readonly Needle[];
}

/**
 * The needles in groups: those holding an anchor are searched by the first anchor they hold, all
 * together, and told apart where it occurs (each search of a long text stops at every occurrence of
 * its first unit, so one search instead of one per needle reads the text once); the others each by
 * a key of their own, from their rarest letter.
 */
function groupNeedles(needles: readonly string[], anchors: readonly string[]): Group[] {
	const anchored = anchors.map(() => [] as Needle[]);
	const groups: Group[] = [];
	for (const needle of needles) {
		const a = anchors.findIndex(anchor => needle.includes(anchor));
		if (a >= 0) {
			anchored[a].push(needleAt(needle, needle.indexOf(anchors[a]), anchors[a].length));
			continue;
		}
		const at = rarestAt(needle);
		const key = needle.slice(at, at + KEY_LENGTH);
		groups.push(group(key, [needleAt(needle, at, key.length)]));
	}
	anchors.forEach((anchor, a) => { if (anchored[a].length) groups.push(group(anchor, anchored[a])); });
	return groups;
}

/** A group of `needles` searched by `search`, longest head first. */
function group(search: string, needles: Needle[]): Group {
	needles.sort((a, b) => b.head.length - a.head.length);
	return { search, minHead: needles[needles.length - 1].head.length, maxHead: needles[0].head.length, needles };
}

/** False where a pattern cannot match at `at` of `text` (see LiteralAnchoredPattern). */
export type Admit = (text: string, at: number) => boolean;

export class LiteralAnchoredPattern {
	private readonly sticky: RegExp;
	private readonly groups: readonly Group[];

	/**
	 * `pattern` must match only at positions where one of `needles` (non-empty strings) begins:
	 * typically its own leading alternatives, after any zero-width assertion such as `\b`.
	 * `admit`, if given, must be true wherever the pattern matches: a test cheaper than the pattern
	 * that spares trying it where it would fail. `anchors` are strings that several needles hold,
	 * searched instead of them (see groupNeedles).
	 */
	constructor(readonly pattern: RegExp, readonly needles: readonly string[], private readonly admit: Admit | null = null, anchors: readonly string[] = []) {
		this.sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
		this.groups = groupNeedles(needles, anchors);
	}

	/** A scan of `text`; call `exec()` on it as on a global RegExp from `lastIndex = 0`. */
	scan(text: string): LiteralScan {
		return new LiteralScan(this.sticky, this.groups, text, this.admit);
	}
}

/** A group's next candidate is not known: there is none before `clear` (see LiteralScan.exec). */
const UNKNOWN = -2;

/** How far past where a match may begin the groups are searched first; doubled while none is found. */
const FIRST_WINDOW = 1024;

/** One pass over one text (see LiteralAnchoredPattern). */
export class LiteralScan {
	/** Where the next match may begin, as a global RegExp's `lastIndex`. */
	lastIndex = 0;
	/**
	 * Per group: where its next candidate begins, -1 when it has none left, or UNKNOWN when it has
	 * none before clear[j] (and at or after the position last searched from).
	 */
	private readonly next: number[] = [];
	private readonly clear: number[] = [];

	constructor(private readonly sticky: RegExp, private readonly groups: readonly Group[], private readonly text: string,
		private readonly admit: Admit | null) {
		for (let j = 0; j < groups.length; j++) {
			this.next.push(UNKNOWN);
			this.clear.push(0);
		}
	}

	/** The next match, or null when none is left. */
	exec(): RegExpExecArray | null {
		const { text, sticky } = this;
		for (;;) {
			const at = this.leftmost();
			if (at < 0) return null;
			if (this.admit !== null && !this.admit(text, at)) {
				this.lastIndex = at + 1;
				continue;
			}
			sticky.lastIndex = at;
			const m = sticky.exec(text);
			if (m) {
				this.lastIndex = sticky.lastIndex;
				return m;
			}
			this.lastIndex = at + 1;
		}
	}

	/**
	 * The first candidate of any group at or after lastIndex, or -1. The groups are searched in
	 * windows that double from lastIndex on, not each to its own next candidate: a group whose
	 * needles are rare (or absent) would otherwise be read to the end of the text even where another
	 * group's candidate comes first and the caller stops there (a genre counted to two markers, a
	 * briefer's invitation found early).
	 */
	private leftmost(): number {
		const { next, clear } = this, from = this.lastIndex;
		for (let window = FIRST_WINDOW; ; window *= 2) {
			const limit = from + window;
			let at = -1, open = false;
			for (let j = 0; j < next.length; j++) {
				let n = next[j];
				if (n >= 0 && n < from) {
					n = UNKNOWN;
					clear[j] = from;
				}
				if (n === UNKNOWN && clear[j] < limit) {
					n = this.occurrence(j, Math.max(from, clear[j]), limit);
					if (n === UNKNOWN) clear[j] = limit;
				}
				next[j] = n;
				if (n >= 0) {
					if (at < 0 || n < at) at = n;
				} else if (n === UNKNOWN) open = true;
			}
			// A group still unknown has no candidate before `limit`.
			if (!open || at >= 0 && at < limit) return at;
		}
	}

	/**
	 * Where a needle of group j next begins at or after `from`: searched among the occurrences of
	 * its string that can begin a candidate before `limit`. UNKNOWN when none does (then none begins
	 * before `limit`), -1 when the text has none at all.
	 */
	private occurrence(j: number, from: number, limit: number): number {
		const { search, minHead, maxHead, needles } = this.groups[j];
		const text = this.text, after = search.length;
		// A candidate before `limit` has its string at k < limit + maxHead; the search reads no further.
		const end = limit + maxHead + after - 1;
		const hay = end < text.length ? text.slice(0, end) : text;
		for (let k = hay.indexOf(search, from + minHead); k >= 0; k = hay.indexOf(search, k + 1)) {
			const unitBefore = text.charCodeAt(k - 1), unitAfter = text.charCodeAt(k + after);
			for (let n = 0; n < needles.length; n++) {
				const needle = needles[n];
				if (needle.before >= 0 && needle.before !== unitBefore || needle.after >= 0 && needle.after !== unitAfter) continue;
				const at = k - needle.head.length;
				// One unit each side was compared above.
				if (at >= from && (needle.head.length < 2 || text.startsWith(needle.head, at)) && (needle.rest.length < 2 || text.startsWith(needle.rest, k + after))) return at;
			}
		}
		return hay === text ? -1 : UNKNOWN;
	}
}
