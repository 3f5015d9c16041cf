/**
 * Headlines are in title case: every word is capitalised, so capitals say nothing there about
 * names. Whether a line is a headline, asked for the words of a text in order.
 */

/** Answers, per line (text between line feeds), whether it is in title case; keeps the last line's answer. */
export class TitleCaseLines {
	private from = -1;
	private to = -1;
	private value = false;

	constructor(private readonly text: string) {}

	/** Whether the line holding `offset` (not itself a line feed) is in title case. */
	at(offset: number): boolean {
		if (offset < this.from || offset >= this.to) {
			const text = this.text;
			// The line's start is looked for only as far back as a headline can reach: a line feed
			// further back makes the line prose, whatever it holds. (lastIndexOf read back to the line
			// feed, through whole paragraphs; indexOf forward is quick.)
			const lo = Math.max(0, offset - MAX_HEADLINE - 1);
			let from = lo, feed = text.indexOf('\n', lo);
			while (feed >= 0 && feed < offset) {
				from = feed + 1;
				feed = text.indexOf('\n', from);
			}
			// With no line feed in [lo, offset), the line begins at or before lo and [from, to) is part of
			// it: over MAX_HEADLINE long, which makes it prose as the whole line would.
			this.from = from;
			this.to = feed < 0 ? text.length : feed;
			this.value = isTitleCase(text, from, this.to);
		}
		return this.value;
	}
}

/** Lines longer than this are prose. */
const MAX_HEADLINE = 400;

/**
 * Whether the line text[s, e) is in title case: of its whitespace-separated words that begin with
 * four ASCII letters, at least four, and over 70 % of them capitalised. Lines over 400 characters
 * are prose.
 */
function isTitleCase(text: string, s: number, e: number): boolean {
	if (e - s > MAX_HEADLINE) return false;
	let long = 0, capitalised = 0;
	let afterSpace = true;
	for (let p = s; p < e; p++) {
		const c = text.charCodeAt(p);
		const wordStart = afterSpace;
		afterSpace = isSpace(c);
		if (!wordStart || !asciiLetter(c)) continue;
		if (!(asciiLetter(text.charCodeAt(p + 1)) && asciiLetter(text.charCodeAt(p + 2)) && asciiLetter(text.charCodeAt(p + 3)))) continue;
		long++;
		if (c <= 90) capitalised++;
	}
	return long >= 4 && capitalised / long > 0.7;
}

function asciiLetter(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `\s` of regular expressions. */
function isSpace(c: number): boolean {
	if (c > 32 && c < 0xa0) return false;
	return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
		|| c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
