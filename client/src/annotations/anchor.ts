/**
 * Anchors that survive edits. In the editor, spans move with each content change; when the text
 * changed elsewhere, an anchor is re-attached by its quote and context, exactly and then fuzzily
 * (see match.ts).
 * An anchor that cannot be re-attached resolves to `orphan`: the caller keeps it, never drops it.
 */
import { Candidate, exactOccurrences, fuzzyInRange, fuzzyWhole } from './match';
import { Anchor } from './model';

/** How much context is kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;
/** Quotes shorter than this are only matched exactly: a fuzzy match of a few letters means little. */
export const MIN_FUZZY_LENGTH = 8;
/** Errors allowed in a fuzzy match: a fraction of the quote, capped to keep the search fast. */
export const FUZZY_ERROR_RATE = 0.25;
export const MAX_FUZZY_ERRORS = 256;
/** Exact occurrences examined before giving up on scoring more (a quote of one common word). */
const MAX_EXACT_CANDIDATES = 10_000;
/**
 * A match away from the old place needs this much of its context (0–1, prefix and suffix averaged):
 * an edit inside the quote or on one side of it keeps at least half, while a look-alike elsewhere
 * rarely shares its neighbours. Without it, a removed quote would attach to the nearest copy.
 */
const MIN_CONTEXT = 0.5;
/** Characters on each side of the old place searched first (edits are mostly local). */
const NEAR_WINDOW = 2048;

export interface Span {
	start: number;
	end: number;
}

/** One replacement, as VS Code reports it: `rangeLength` characters at `rangeOffset` become `text`. */
export interface TextChange {
	rangeOffset: number;
	rangeLength: number;
	text: string;
}

export type Resolution =
	| { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number; errors: number }
	| { status: 'orphan'; reason: string };

/** The anchor for `text[start, end)`, with context and the statement's speaker. */
export function makeAnchor(text: string, start: number, end: number, speaker: string | null, context = CONTEXT_LENGTH): Anchor {
	return {
		quote: text.slice(start, end),
		prefix: text.slice(Math.max(0, start - context), start),
		suffix: text.slice(end, end + context),
		start, end, speaker,
	};
}

/**
 * Moves a span through changes applied one after another (VS Code lists a single edit's changes so
 * that this order is right). Insertions at the span's start go before it, at its end after it.
 * Returns null when a change replaced the whole span: the anchored text is gone.
 */
export function moveSpan(span: Span, changes: readonly TextChange[]): Span | null {
	let { start, end } = span;
	for (const change of changes) {
		const cs = change.rangeOffset, ce = cs + change.rangeLength;
		const delta = change.text.length - change.rangeLength;
		if (ce <= start) { start += delta; end += delta; continue; }
		if (cs >= end) continue;
		if (cs <= start && ce >= end) return null;
		if (cs < start) { start = cs + change.text.length; end += delta; } // cut the span's head
		else if (ce > end) end = cs; // cut the span's tail
		else end += delta; // inside
	}
	return { start, end };
}

export interface ResolveOptions {
	/** Search the whole text fuzzily (seconds on megabytes for long quotes); else only near the old place. */
	wholeText?: boolean;
}

/**
 * Finds the anchor in `text`: where it was, elsewhere exactly, or fuzzily; else `orphan`. A match
 * away from where the anchor was must be backed by its context (prefix and suffix), so that a
 * removed quote is reported as an orphan rather than attached to a look-alike elsewhere.
 */
export function resolveAnchor(text: string, anchor: Anchor, options: ResolveOptions = {}): Resolution {
	const { quote } = anchor;
	if (!quote) return { status: 'orphan', reason: 'The anchor has no quote.' };
	if (text.slice(anchor.start, anchor.end) === quote) return { status: 'exact', start: anchor.start, end: anchor.end, errors: 0 };

	const exact = exactOccurrences(text, quote, MAX_EXACT_CANDIDATES);
	if (exact.length) {
		const best = pickBest(text, anchor, exact.map(start => ({ start, end: start + quote.length, errors: 0 })));
		if (best.context >= MIN_CONTEXT) return { status: 'moved', start: best.start, end: best.end, errors: 0 };
	}
	if (quote.length < MIN_FUZZY_LENGTH) return { status: 'orphan', reason: `The quote "${quote}" is no longer in the text.` };
	const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length * FUZZY_ERROR_RATE));
	const margin = NEAR_WINDOW + quote.length;
	const tries = [() => fuzzyInRange(text, quote, maxErrors, anchor.start - margin, anchor.end + margin)];
	if (options.wholeText !== false) tries.push(() => fuzzyWhole(text, quote, maxErrors));
	for (const find of tries) {
		const found = find();
		if (!found.length) continue;
		const best = pickBest(text, anchor, found);
		if (best.context >= MIN_CONTEXT) {
			return { status: 'fuzzy', start: best.start, end: best.end, errors: best.errors };
		}
	}
	return { status: 'orphan', reason: 'The quote is no longer in the text, not even approximately with its context.' };
}

/** Scores candidates as Hypothesis does: quote similarity first, then context, then nearness. */
function pickBest(text: string, anchor: Anchor, candidates: readonly Candidate[]): Candidate & { context: number } {
	let best = candidates[0], bestScore = -Infinity, bestContext = 0;
	for (const c of candidates) {
		const quoteScore = 1 - c.errors / anchor.quote.length;
		const prefixScore = anchor.prefix ? commonSuffixLength(text.slice(Math.max(0, c.start - anchor.prefix.length), c.start), anchor.prefix) / anchor.prefix.length : 1;
		const suffixScore = anchor.suffix ? commonPrefixLength(text.slice(c.end, c.end + anchor.suffix.length), anchor.suffix) / anchor.suffix.length : 1;
		const nearness = 1 - Math.abs(c.start - anchor.start) / Math.max(1, text.length);
		const score = 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * nearness;
		if (score > bestScore) { best = c; bestScore = score; bestContext = (prefixScore + suffixScore) / 2; }
	}
	return { start: best.start, end: best.end, errors: best.errors, context: bestContext };
}

function commonPrefixLength(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
	return n;
}

function commonSuffixLength(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
	return n;
}

/** An annotation with where it stands in the current text (orphans included, never dropped). */
export interface Attached<A extends { anchor: Anchor }> {
	annotation: A;
	resolution: Resolution;
}

/** Resolves every annotation against `text`; the result has one entry per annotation, in order. */
export function attachAll<A extends { anchor: Anchor }>(text: string, annotations: readonly A[]): Attached<A>[] {
	return annotations.map(annotation => ({ annotation, resolution: resolveAnchor(text, annotation.anchor) }));
}
