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

/**
 * text[start, end) with every run of white space made one space, as `replace(/\s+/g, ' ')` gives
 * it; runs that already are one space are left in place rather than copied.
 */
export function collapseWhiteSpace(text: string, start: number, end: number): string {
	let out = '';
	let copied = start;
	for (let i = start; i < end; i++) {
		if (!isWhiteSpace(text.charCodeAt(i))) continue;
		const run = i;
		while (i + 1 < end && isWhiteSpace(text.charCodeAt(i + 1))) i++;
		if (i === run && text.charCodeAt(i) === 32) continue;
		out += text.slice(copied, run) + ' ';
		copied = i + 1;
	}
	return out + text.slice(copied, end);
}
