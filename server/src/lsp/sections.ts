/**
 * Where each section of a document ends: a heading's section runs to the next heading of the same
 * or a higher level (or to the end of the text), trailing blank space left out. One backward pass.
 */
import { Analysis } from '../core/model';

/** The end offset of each heading's section, by heading index. */
export function sectionEnds(analysis: Analysis, text: string): number[] {
	const { headings } = analysis;
	const ends = new Array<number>(headings.length);
	// The start of the next heading at level ≤ 1 and at level ≤ 2, scanning from the end.
	let nextLevel1 = text.length, nextAny = text.length;
	for (let i = headings.length - 1; i >= 0; i--) {
		const h = headings[i];
		let end = h.level === 1 ? nextLevel1 : nextAny;
		while (end > h.span.end && isSpace(text.charCodeAt(end - 1))) end--;
		ends[i] = Math.max(end, h.span.end);
		nextAny = h.span.start;
		if (h.level === 1) nextLevel1 = h.span.start;
	}
	return ends;
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029;
}
