/**
 * Edits between two versions of a text, as the re-analysis after an edit (incremental.ts) takes
 * them: one contiguous stretch replaced, found by comparing the texts or merged from the editor's
 * changes, and the new text of the stretch read through a Stretch.
 */

/** One replaced stretch: [start, oldEnd) of the old text is [start, newEnd) of the new one. */
export interface TextEdit {
	readonly start: number;
	readonly oldEnd: number;
	readonly newEnd: number;
	/** The new text of the stretch, when known: then the new text is read nowhere else. */
	readonly text?: string;
}

/**
 * The single stretch where `before` and `after` differ (the rest is a common prefix and suffix),
 * or null when they are equal. Compares in blocks first, which the engine does natively.
 */
export function textDifference(before: string, after: string): TextEdit | null {
	if (before === after) return null;
	const max = Math.min(before.length, after.length);
	let p = 0;
	for (let block = 4096; block >= 1; block >>= 4) {
		while (p + block <= max && before.slice(p, p + block) === after.slice(p, p + block)) p += block;
	}
	let q = 0; // common suffix, not overlapping the prefix
	const room = max - p;
	for (let block = 4096; block >= 1; block >>= 4) {
		while (q + block <= room && before.slice(before.length - q - block, before.length - q) === after.slice(after.length - q - block, after.length - q)) q += block;
	}
	return { start: p, oldEnd: before.length - q, newEnd: after.length - q };
}

/**
 * One edit covering `first` (old text → middle text) and then [start, end) of the middle text
 * replaced by `inserted`: the smallest stretch of the old text that either touched. Its new text is
 * known when `first`'s is; `old` is read only around the two edits.
 */
export function mergeEdits(old: string, first: TextEdit, start: number, end: number, inserted: string): TextEdit {
	const merged = {
		start: Math.min(first.start, start),
		oldEnd: first.oldEnd + Math.max(0, end - first.newEnd),
		newEnd: Math.max(first.newEnd, end) + inserted.length - (end - start),
	};
	if (first.text === undefined) return merged;
	// The middle text from merged.start to the further of the two ends, then the second edit in it.
	const middle = old.slice(merged.start, first.start) + first.text + old.slice(first.oldEnd, first.oldEnd + Math.max(0, end - first.newEnd));
	return { ...merged, text: middle.slice(0, start - merged.start) + inserted + middle.slice(end - merged.start) };
}

/**
 * A stretch of a text held as its own string: the new text is read only through one, built from
 * the old text and the edit's new characters. Reading an edited string itself would first copy
 * all of it (an engine flattens a string made by concatenation on its first read: megabytes).
 */
export class Stretch {
	/** `text` is the whole text's [offset, offset + text.length); `length` is the whole text's length. */
	constructor(readonly text: string, readonly offset: number, readonly length: number) {}

	get end(): number {
		return this.offset + this.text.length;
	}

	/** The code unit at text offset `p` (NaN outside the stretch). */
	charCodeAt(p: number): number {
		return this.text.charCodeAt(p - this.offset);
	}

	/** text[a, b), clipped to the stretch. */
	slice(a: number, b: number): string {
		return this.text.slice(Math.max(0, a - this.offset), Math.max(0, b - this.offset));
	}
}
