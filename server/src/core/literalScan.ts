/**
 * Fast iteration over the matches of a regular expression that can only begin where one of a few
 * literal words begins ("Mr", "on behalf of", "vote"). V8 scans for a single literal with a fast
 * string search, but a pattern opening with `\b(?:Mr|Ms|Dr|…)` is tried at nearly every position;
 * here native `indexOf` finds the candidate positions and a sticky copy of the pattern is tried at
 * each, in ascending order, resuming after each match: the matches are exactly those a global
 * `exec` loop over the same pattern finds.
 */
export class LiteralAnchoredPattern {
	private readonly sticky: RegExp;

	/**
	 * `pattern` must match only at positions where one of `needles` (non-empty strings) begins:
	 * typically its own leading alternatives, after any zero-width assertion such as `\b`.
	 */
	constructor(pattern: RegExp, readonly needles: readonly string[]) {
		this.sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
	}

	/** A scan of `text`; call `exec()` on it as on a global RegExp from `lastIndex = 0`. */
	scan(text: string): LiteralScan {
		return new LiteralScan(this.sticky, this.needles, text);
	}
}

/** One pass over one text (see LiteralAnchoredPattern). */
export class LiteralScan {
	/** Where the next match may begin, as a global RegExp's `lastIndex`. */
	lastIndex = 0;
	/** The next occurrence of each needle at or after its last search (-1: none left). */
	private readonly next: number[];

	constructor(private readonly sticky: RegExp, private readonly needles: readonly string[], private readonly text: string) {
		this.next = needles.map(n => text.indexOf(n));
	}

	/** The next match, or null when none is left. */
	exec(): RegExpExecArray | null {
		const { next, needles, text, sticky } = this;
		for (;;) {
			let at = -1;
			for (let j = 0; j < next.length; j++) {
				if (next[j] >= 0 && next[j] < this.lastIndex) next[j] = text.indexOf(needles[j], this.lastIndex);
				if (next[j] >= 0 && (at < 0 || next[j] < at)) at = next[j];
			}
			if (at < 0) return null;
			sticky.lastIndex = at;
			const m = sticky.exec(text);
			if (m) {
				this.lastIndex = sticky.lastIndex;
				return m;
			}
			this.lastIndex = at + 1;
		}
	}
}
