/**
 * Maps between UTF-16 offsets and 1-based lines of one text, by binary search over line starts.
 * Line breaks are LF, CRLF or a lone CR, as users' files have all three. Once built, the index
 * never reads the text again (an edited text is read only where it changed; see afterEdit).
 */
export class LineIndex {
	/** Offsets at which each line starts; `starts[0]` is always 0. */
	readonly starts: Int32Array;
	/** Per line, 1 when the break that ends it is CRLF; null when no line ends so. */
	private readonly crlf: Uint8Array | null;

	constructor(readonly text: string, starts?: Int32Array, crlf?: Uint8Array | null) {
		if (starts) {
			this.starts = starts;
			this.crlf = crlf ?? null;
		} else if (text.indexOf('\r') < 0) {
			this.starts = lfStarts(text);
			this.crlf = null;
		} else {
			({ starts: this.starts, crlf: this.crlf } = anyBreakStarts(text));
		}
	}

	/**
	 * The index of `text`, which is `previous.text` with [start, oldEnd) replaced by the text now at
	 * [start, newEnd): line starts before the edit are kept, those after it shifted, and only the
	 * edited stretch is scanned again, through `read` (a code unit of the new text, asked only from
	 * the line before the edit to two past its end).
	 */
	static afterEdit(previous: LineIndex, text: string, start: number, oldEnd: number, newEnd: number,
		read: (offset: number) => number = offset => text.charCodeAt(offset)): LineIndex {
		const old = previous.starts;
		const delta = newEnd - oldEnd;
		// Break characters before `from` are untouched (a CR just before the edit may pair with a new LF).
		const from = Math.max(0, old[previous.lineAt(start) - 1] - 1);
		const scanEnd = Math.min(text.length, newEnd + 2);
		// Kept: starts up to `from`; scanned: breaks in [from, scanEnd); moved: breaks after the edit.
		const kept = previous.lineAt(from);
		const scanned: number[] = [];
		const scannedCrlf: number[] = [];
		for (let p = from; p < scanEnd; p++) {
			const c = read(p);
			if (c === 13 && (p + 1 >= text.length || read(p + 1) !== 10)) { scanned.push(p + 1); scannedCrlf.push(0); }
			if (c === 10) { scanned.push(p + 1); scannedCrlf.push(p > 0 && read(p - 1) === 13 ? 1 : 0); }
		}
		const moved = Math.max(kept, previous.lineAt(oldEnd + 2));
		const count = kept + scanned.length + old.length - moved;
		const starts = new Int32Array(count);
		starts.set(old.subarray(0, kept));
		starts.set(scanned, kept);
		for (let j = kept + scanned.length, k = moved; k < old.length; k++, j++) starts[j] = old[k] + delta;
		let crlf: Uint8Array | null = null;
		if (previous.crlf || scannedCrlf.includes(1)) {
			// crlf[l] belongs to the break before starts[l + 1]: shifted the same way as the starts.
			crlf = new Uint8Array(count);
			if (previous.crlf) crlf.set(previous.crlf.subarray(0, kept - 1));
			crlf.set(scannedCrlf, kept - 1);
			if (previous.crlf) crlf.set(previous.crlf.subarray(moved - 1), kept - 1 + scanned.length);
		}
		return new LineIndex(text, starts, crlf);
	}

	get lineCount(): number {
		return this.starts.length;
	}

	/** The 1-based line holding `offset` (clamped to the text). */
	lineAt(offset: number): number {
		const starts = this.starts;
		let lo = 0, hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
		}
		return lo + 1;
	}

	/** 0-based line and character of `offset`, as LSP positions want them. */
	positionAt(offset: number): { line: number; character: number } {
		const line = this.lineAt(offset) - 1;
		return { line, character: offset - this.starts[line] };
	}

	/** The offset of a 0-based line and character (clamped to the text). */
	offsetAt(line: number, character: number): number {
		if (line < 0) return 0;
		if (line >= this.starts.length) return this.text.length;
		return Math.min(this.starts[line] + Math.max(0, character), this.lineEnd(line + 1));
	}

	/** Offset where the 1-based `line` ends, before its line break. */
	lineEnd(line: number): number {
		if (line >= this.starts.length) return this.text.length;
		return this.starts[line] - 1 - (this.crlf ? this.crlf[line - 1] : 0);
	}
}

// Line starts are collected here, then copied out at their count: the array kept from call to call
// (grown as texts need) spares allocating and zero-filling one sized by a guess at each text's line
// count, which with the copy-out cost more than the search (long lines make any guess large).
let collected = new Int32Array(1024);

/** Lets the array of line starts go, back to a small one (see analyze's dropScratch). */
export function dropCollectedStarts(): void {
	collected = new Int32Array(1024);
}

/**
 * Line starts of a text whose only breaks are LF: native `indexOf` finds them far faster than a
 * loop, in one pass (not a counting pass and a filling pass).
 */
function lfStarts(text: string): Int32Array {
	let starts = collected;
	let n = 1;
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
		if (n === starts.length) {
			const grown = new Int32Array(n * 2);
			grown.set(starts);
			collected = starts = grown;
		}
		starts[n++] = i + 1;
	}
	starts[0] = 0;
	return starts.slice(0, n);
}

/** Line starts when CR occurs: CRLF counts as one break, a lone CR as one. */
function anyBreakStarts(text: string): { starts: Int32Array; crlf: Uint8Array } {
	const starts = [0];
	const crlf: number[] = [];
	let lf = text.indexOf('\n'), cr = text.indexOf('\r');
	while (lf >= 0 || cr >= 0) {
		let i = cr < 0 || lf >= 0 && lf < cr ? lf : cr;
		const pair = i === cr && text.charCodeAt(i + 1) === 10;
		if (pair) i++;
		starts.push(i + 1);
		crlf.push(pair ? 1 : 0);
		if (lf >= 0 && lf <= i) lf = text.indexOf('\n', i + 1);
		if (cr >= 0 && cr <= i) cr = text.indexOf('\r', i + 1);
	}
	crlf.push(0);
	return { starts: Int32Array.from(starts), crlf: Uint8Array.from(crlf) };
}
