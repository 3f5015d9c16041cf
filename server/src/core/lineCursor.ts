/**
 * Lines of offsets asked mostly in text order, as an analysis asks them (statements, then each
 * institution's and each state's mentions in turn): the search starts from the last answer.
 */
import { LineIndex } from './lines';

/**
 * A function that answers as index.lineAt does (the 1-based line holding an offset), for the
 * analysis of one text. An offset at or after the last answer's line is searched for from that
 * line, in steps that double, and then by halves between the last two steps (an offset before it,
 * by index.lineAt). A long record has hundreds of thousands of lines: a binary search through all
 * of them for each of its 150,000 mentions read memory far apart, while four mentions in five lie
 * on the line of the one asked before or on the next.
 */
export function lineCursor(index: LineIndex): (offset: number) => number {
	const starts = index.starts, last = starts.length - 1;
	// 0-based: the last answer's line, whose start is at or before every offset searched from it.
	let line = 0;
	return (offset: number): number => {
		if (starts[line] > offset) {
			line = index.lineAt(offset) - 1;
			return line + 1;
		}
		// The answer, the last line starting at or before `offset`, is lo or after and before lo + step.
		let lo = line, step = 1;
		while (lo + step <= last && starts[lo + step] <= offset) {
			lo += step;
			step *= 2;
		}
		let hi = Math.min(lo + step - 1, last);
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
		}
		line = lo;
		return lo + 1;
	};
}
