/**
 * Maps between UTF-16 offsets and 1-based lines of one text, by binary search over line starts.
 * Line breaks are LF, CRLF or a lone CR, as users' files have all three.
 */
export class LineIndex {
	/** Offsets at which each line starts; `starts[0]` is always 0. */
	readonly starts: Int32Array;

	constructor(readonly text: string, starts?: Int32Array) {
		this.starts = starts ?? (text.indexOf('\r') < 0 ? lfStarts(text) : anyBreakStarts(text));
	}

	/**
	 * The index of `text`, which is `previous.text` with [start, oldEnd) replaced by the text now at
	 * [start, newEnd): line starts before the edit are kept, those after it shifted, and only the
	 * edited stretch is scanned again.
	 */
	static afterEdit(previous: LineIndex, text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
		const old = previous.starts;
		const delta = newEnd - oldEnd;
		// Break characters before `from` are untouched (a CR just before the edit may pair with a new LF).
		const from = Math.max(0, old[previous.lineAt(start) - 1] - 1);
		const scanEnd = Math.min(text.length, newEnd + 2);
		// Kept: starts up to `from`; scanned: breaks in [from, scanEnd); moved: breaks after the edit.
		const kept = previous.lineAt(from);
		const scanned: number[] = [];
		for (let p = from; p < scanEnd; p++) {
			const c = text.charCodeAt(p);
			if (c === 10 || (c === 13 && text.charCodeAt(p + 1) !== 10)) scanned.push(p + 1);
		}
		const moved = Math.max(kept, previous.lineAt(oldEnd + 2));
		const starts = new Int32Array(kept + scanned.length + old.length - moved);
		starts.set(old.subarray(0, kept));
		starts.set(scanned, kept);
		for (let j = kept + scanned.length, k = moved; k < old.length; k++, j++) starts[j] = old[k] + delta;
		return new LineIndex(text, starts);
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
		const next = line < this.starts.length ? this.starts[line] : this.text.length + 1;
		let end = next;
		if (line < this.starts.length) {
			end = next - 1;
			if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
		} else end = this.text.length;
		return end;
	}
}

/** Line starts of a text whose only breaks are LF: native `indexOf` finds them far faster than a loop. */
function lfStarts(text: string): Int32Array {
	let n = 1;
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
	const starts = new Int32Array(n);
	let k = 1;
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
	return starts;
}

/** Line starts when CR occurs: CRLF counts as one break, a lone CR as one. */
function anyBreakStarts(text: string): Int32Array {
	const starts = [0];
	let lf = text.indexOf('\n'), cr = text.indexOf('\r');
	while (lf >= 0 || cr >= 0) {
		let i = cr < 0 || lf >= 0 && lf < cr ? lf : cr;
		if (i === cr && text.charCodeAt(i + 1) === 10) i++;
		starts.push(i + 1);
		if (lf >= 0 && lf <= i) lf = text.indexOf('\n', i + 1);
		if (cr >= 0 && cr <= i) cr = text.indexOf('\r', i + 1);
	}
	return Int32Array.from(starts);
}
