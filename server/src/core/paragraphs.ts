/**
 * Paragraphs of prose. Files either keep one paragraph per line (web copies) or wrap lines and
 * separate paragraphs with blank lines (text dumps): both are recognized.
 */
import { LineIndex } from './lines';
import { isWhiteSpace } from './whiteSpace';

export interface Paragraph {
	readonly start: number;
	readonly end: number;
	/** The paragraph with its line breaks folded into spaces. */
	readonly text: string;
	/** True when `text` is the text's slice [start, end) as it is (no line break was folded). */
	readonly exact: boolean;
}

/** The text's paragraphs, in order, trimmed. */
export function paragraphs(text: string, index: LineIndex): Paragraph[] {
	const lines: { start: number; end: number }[] = [];
	for (let l = 1; l <= index.lineCount; l++) {
		let s = index.starts[l - 1];
		let e = index.lineEnd(l);
		while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
		while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
		lines.push({ start: s, end: e });
	}
	const wrapped = isHardWrapped(lines);
	const out: Paragraph[] = [];
	let cur: { start: number; end: number } | null = null;
	const flush = () => {
		if (cur) {
			const raw = text.slice(cur.start, cur.end), folded = foldBreaks(raw);
			out.push({ start: cur.start, end: cur.end, text: folded, exact: folded === raw });
		}
		cur = null;
	};
	for (const line of lines) {
		if (line.end === line.start) { flush(); continue; }
		if (!wrapped) { flush(); cur = { ...line }; continue; }
		if (cur) cur.end = line.end; else cur = { ...line };
	}
	flush();
	return out;
}

/**
 * The offset in `text` of offset k of `para.text`. Where line breaks were folded, a run of white
 * space holding one ("\r\n", "\n   ") is one space in `para.text`, so `para.start + k` would
 * fall short by the run's length less one for each such run before k.
 */
export function textOffset(text: string, para: Paragraph, k: number): number {
	if (para.exact) return para.start + k;
	let r = para.start, f = 0;
	while (f < k && r < para.end) {
		if (!isWhiteSpace(text.charCodeAt(r))) { r++; f++; continue; }
		// A run of white space: one unit of para.text if it holds a line break, else as long as it is.
		let e = r, breaks = false;
		for (; e < para.end && isWhiteSpace(text.charCodeAt(e)); e++) {
			const c = text.charCodeAt(e);
			if (c === 10 || c === 13) breaks = true;
		}
		if (breaks) { r = e; f++; continue; }
		const n = Math.min(e - r, k - f);
		r += n;
		f += n;
	}
	return r;
}

/** Lines wrapped at a fixed width: most non-empty lines are short and followed by another line. */
function isHardWrapped(lines: readonly { start: number; end: number }[]): boolean {
	let runs = 0, content = 0;
	for (let i = 0; i < lines.length; i++) {
		const len = lines[i].end - lines[i].start;
		if (!len) continue;
		content++;
		if (len < 100 && i + 1 < lines.length && lines[i + 1].end > lines[i + 1].start) runs++;
	}
	return content > 4 && runs / content > 0.5;
}

/**
 * The paragraph with each run of white space that holds a line break (LF or CR) made one space,
 * in one pass: a regular expression starting with a white-space run is tried at every position.
 */
function foldBreaks(para: string): string {
	if (para.indexOf('\n') < 0 && para.indexOf('\r') < 0) return para;
	let out = '';
	let copied = 0;
	for (let i = 0; i < para.length; i++) {
		if (!isWhiteSpace(para.charCodeAt(i))) continue;
		const run = i;
		let breaks = false;
		for (; i < para.length && isWhiteSpace(para.charCodeAt(i)); i++) {
			const c = para.charCodeAt(i);
			if (c === 10 || c === 13) breaks = true;
		}
		if (breaks) {
			out += para.slice(copied, run) + ' ';
			copied = i;
		}
	}
	return out + para.slice(copied);
}
