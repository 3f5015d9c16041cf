/**
 * White space as regular expressions define it (`\s`, also what `trim` removes), tested by
 * character code so that hot loops need neither a one-character string nor a pattern.
 */

/** True for exactly the characters of the class `\s`. */
export function isWhiteSpace(c: number): boolean {
	if (c <= 32) return c === 32 || c >= 9 && c <= 13;
	if (c < 0xa0) return false;
	return c === 0xa0 || c === 0x1680 || c >= 0x2000 && c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A run of white space that is not one plain space: the runs that collapsing changes. */
const RUN = /\s{2,}|[^\S ]/g;

/**
 * text[start, end) with every run of white space made one space, as `replace(/\s+/g, ' ')` gives
 * it. The runs to change are found by a pattern, which scans several times faster than a loop
 * over the code units, and the runs that already are one space are left in place.
 */
export function collapseWhiteSpace(text: string, start: number, end: number): string {
	const slice = text.slice(start, end);
	let out = '';
	let copied = 0;
	RUN.lastIndex = 0;
	// test() leaves lastIndex at the run's end; the run, maximal, begins after the last non-space.
	while (RUN.test(slice)) {
		const after = RUN.lastIndex;
		let run = after - 1;
		while (run > copied && isWhiteSpace(slice.charCodeAt(run - 1))) run--;
		out += slice.slice(copied, run) + ' ';
		copied = after;
	}
	return copied === 0 ? slice : out + slice.slice(copied);
}
