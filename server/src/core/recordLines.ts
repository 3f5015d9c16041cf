/**
 * The lines of a verbatim record as segmentation reads them: trimmed, empty ones skipped, each with
 * its offsets in the text. Read one at a time: none is kept after the loop has passed it.
 */
import { LineIndex } from './lines';

/** A line's content without the spaces around it, with its offsets in the text. */
export interface Line {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/** text[s, e) without the spaces around it; null when nothing is left. */
export function trimmedLine(text: string, s: number, e: number): Line | null {
	while (s < e && isSpace(text.charCodeAt(s))) s++;
	while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
	return e > s ? { start: s, end: e, text: text.slice(s, e) } : null;
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 12 || c === 11;
}

/**
 * The trimmed, non-empty lines of a text in order, one per `next()`. Segmentation once made them
 * all first: a long record's lines (about a hundred bytes each, line object and string) then
 * outlived the young generation and were copied by each collection until segmentation ended.
 */
export class ContentLines {
	/** The next line of the index to read (1-based). */
	private l = 1;
	/** Lines read already, handed out again before the rest (see replay), from `p` on. */
	private again: readonly Line[] = [];
	private p = 0;

	constructor(private readonly text: string, private readonly index: LineIndex) {}

	/** The next trimmed, non-empty line, or null when none is left. */
	next(): Line | null {
		if (this.p < this.again.length) return this.again[this.p++];
		const { text, index } = this;
		while (this.l <= index.lineCount) {
			const l = this.l++;
			const line = trimmedLine(text, index.starts[l - 1], index.lineEnd(l));
			if (line) return line;
		}
		return null;
	}

	/** Makes `lines`, the last ones this reader handed out, come out again, in order, before the rest. */
	replay(lines: readonly Line[]): void {
		this.again = lines;
		this.p = 0;
	}
}
