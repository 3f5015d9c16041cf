/**
 * Token encoding, and tokens after an incremental re-analysis (core/incremental.ts): one statement was analysed again
 * and everything after it moved. Its tokens are computed afresh, those before it kept, those after
 * it moved by the edit's length and line count; the encoded array is patched the same way, since
 * relative encoding leaves every token after the first moved one as it was.
 */
import { LineIndex } from '../core/lines';
import { Analysis, Span } from '../core/model';
import { statementTokens, TokenPiece } from './tokenList';

/** The new list and where it differs from the old one: [from, oldTo) of the old became [from, newTo). */
export interface TokenSplice {
	readonly tokens: TokenPiece[];
	readonly from: number;
	readonly oldTo: number;
	readonly newTo: number;
}

/** What the previous version had: its analysis, lines and tokens (for the same annotations). */
export interface TokenBase {
	readonly analysis: Analysis;
	readonly lines: LineIndex;
	readonly tokens: readonly TokenPiece[];
}

/**
 * The tokens of `analysis`, which differs from `base.analysis` only inside statement `index` and
 * by the moved offsets after it. Null when some token of the old version crossed the statement's
 * edges (then the whole list must be computed again).
 */
export function spliceTokens(base: TokenBase, analysis: Analysis, lines: LineIndex, annotated: ReadonlySet<number>, index: number): TokenSplice | null {
	const oldSpan: Span = base.analysis.statements[index].span;
	const newSpan: Span = analysis.statements[index].span;
	const from = firstAtOrAfter(base.tokens, oldSpan.start);
	const oldTo = firstAtOrAfter(base.tokens, oldSpan.end);
	// The old tokens inside the statement must be exactly the statement's own: then none crossed in.
	const own = statementTokens(base.analysis, base.lines, annotated, index);
	if (own.length !== oldTo - from || own.some((t, i) => !samePiece(t, base.tokens[from + i]))) return null;
	const fresh = statementTokens(analysis, lines, annotated, index);
	const delta = newSpan.end - oldSpan.end;
	const lineDelta = lines.lineCount - base.lines.lineCount;
	const tokens = base.tokens.slice(0, from);
	for (const t of fresh) tokens.push(t);
	for (let i = oldTo; i < base.tokens.length; i++) {
		const t = base.tokens[i];
		tokens.push({ start: t.start + delta, line: t.line + lineDelta, char: t.char, length: t.length, type: t.type, modifiers: t.modifiers, ref: t.ref });
	}
	return { tokens, from, oldTo, newTo: from + fresh.length };
}

/** Encodes tokens[from, to) (sorted) relative to each other, as the protocol wants. */
export function encodeTokens(tokens: readonly TokenPiece[], from = 0, to = tokens.length): Int32Array {
	const data = new Int32Array(Math.max(0, to - from) * 5);
	encodeInto(data, 0, tokens, from, to, null);
	return data;
}

/**
 * The protocol encoding of `splice.tokens`, from the encoding of the old list: the kept prefix is
 * copied, the new tokens and the first moved one encoded, the rest copied (relative to each other).
 */
export function encodeSplice(oldData: Int32Array, splice: TokenSplice): Int32Array {
	const { tokens, from, oldTo, newTo } = splice;
	const last = Math.min(tokens.length, newTo + 1);
	const keptAfter = oldData.subarray(Math.min(oldData.length, (oldTo + 1) * 5));
	const data = new Int32Array(from * 5 + (last - from) * 5 + keptAfter.length);
	data.set(oldData.subarray(0, from * 5));
	encodeInto(data, from * 5, tokens, from, last, from > 0 ? tokens[from - 1] : null);
	data.set(keptAfter, last * 5);
	return data;
}

/** Writes tokens[from, to) into data from index k, each relative to the one before (`previous` for the first). */
function encodeInto(data: Int32Array, k: number, tokens: readonly TokenPiece[], from: number, to: number, previous: TokenPiece | null): void {
	let line = previous ? previous.line : 0;
	let char = previous ? previous.char : 0;
	for (let i = from; i < to; i++, k += 5) {
		const t = tokens[i];
		data[k] = t.line - line;
		data[k + 1] = t.line === line ? t.char - char : t.char;
		data[k + 2] = t.length;
		data[k + 3] = t.type;
		data[k + 4] = t.modifiers;
		line = t.line;
		char = t.char;
	}
}

function firstAtOrAfter(tokens: readonly TokenPiece[], offset: number): number {
	let lo = 0, hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].start < offset) lo = mid + 1; else hi = mid;
	}
	return lo;
}

function samePiece(a: TokenPiece, b: TokenPiece | undefined): boolean {
	return b !== undefined && a.start === b.start && a.length === b.length && a.type === b.type && a.modifiers === b.modifiers && a.line === b.line;
}
