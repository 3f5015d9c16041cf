/**
 * Finding a quote in a text that changed: exact occurrences, then approximate matches (Myers'
 * bit-parallel algorithm from approx-string-match). Searching a quote fuzzily through a whole
 * large text costs about a second per megabyte, so whole-text search is seeded: pieces of the
 * quote are looked up first and the full quote is matched only in small windows around them.
 */
import search from 'approx-string-match';

export interface Candidate {
	start: number;
	end: number;
	errors: number;
}

/** Length of a seed: one 32-bit word of the bit-parallel search. */
const SEED_LENGTH = 32;
/** Errors allowed in a seed (about a fifth of it). */
const SEED_ERRORS = 6;
/** Seed hits examined per seed, and windows verified, before giving up (an orphan is safe). */
const MAX_SEED_HITS = 200;
const MAX_WINDOWS = 150;
/** A piece found more often than this is too common to be a seed. */
const MAX_PIECE_HITS = 20;
/** Exact pieces of a quote looked up at most. */
const MAX_PIECES = 24;
/** Texts up to this length may be searched fuzzily end to end (about 0.1 s). */
const FULL_SEARCH_LIMIT = 256 * 1024;

/** Start offsets of `quote` in `text`, at most `limit` of them. */
export function exactOccurrences(text: string, quote: string, limit: number): number[] {
	const found: number[] = [];
	for (let i = text.indexOf(quote); i >= 0 && found.length < limit; i = text.indexOf(quote, i + 1)) found.push(i);
	return found;
}

/** Approximate matches of `quote` with at most `maxErrors` errors inside `text[from, to)`. */
export function fuzzyInRange(text: string, quote: string, maxErrors: number, from: number, to: number): Candidate[] {
	const lo = Math.max(0, from), hi = Math.min(text.length, to);
	if (hi - lo < quote.length - maxErrors) return [];
	return search(text.slice(lo, hi), quote, maxErrors).map(m => ({ start: m.start + lo, end: m.end + lo, errors: m.errors }));
}

/**
 * Approximate matches of `quote` anywhere in `text`. First "filter then verify": pieces of the
 * quote found exactly (indexOf, fast on megabytes) mark windows where the whole quote is matched
 * fuzzily; an edit leaves most pieces intact. Only in texts up to FULL_SEARCH_LIMIT, when no piece
 * survived, is the quote (or fuzzy seeds of it) searched through the whole text.
 */
export function fuzzyWhole(text: string, quote: string, maxErrors: number): Candidate[] {
	const pieceLength = Math.max(8, Math.min(16, Math.floor(quote.length / 4)));
	const step = Math.max(pieceLength, Math.floor(quote.length / MAX_PIECES));
	const windows: [number, number][] = [];
	for (let offset = 0; offset + pieceLength <= quote.length; offset += step) {
		const hits = exactOccurrences(text, quote.slice(offset, offset + pieceLength), MAX_PIECE_HITS + 1);
		if (hits.length > MAX_PIECE_HITS) continue; // a common phrase points nowhere in particular
		for (const at of hits) windows.push([at - offset - maxErrors, at - offset + quote.length + maxErrors]);
	}
	const verified = verify(text, quote, maxErrors, windows);
	if (verified.length || text.length > FULL_SEARCH_LIMIT) return verified;
	if (quote.length <= 2 * SEED_LENGTH) return search(text, quote, maxErrors);
	const mid = Math.floor((quote.length - SEED_LENGTH) / 2);
	const fuzzyWindows: [number, number][] = [];
	for (const offset of [0, mid, quote.length - SEED_LENGTH]) {
		const hits = search(text, quote.slice(offset, offset + SEED_LENGTH), SEED_ERRORS).sort((a, b) => a.errors - b.errors).slice(0, MAX_SEED_HITS);
		// The quote would start about `offset` before the seed, give or take the errors allowed.
		for (const hit of hits) fuzzyWindows.push([hit.start - offset - maxErrors, hit.start - offset + quote.length + 2 * maxErrors]);
	}
	return verify(text, quote, maxErrors, fuzzyWindows);
}

function verify(text: string, quote: string, maxErrors: number, windows: [number, number][]): Candidate[] {
	return mergeWindows(windows).slice(0, MAX_WINDOWS).flatMap(([from, to]) => fuzzyInRange(text, quote, maxErrors, from, to));
}

function mergeWindows(windows: [number, number][]): [number, number][] {
	windows.sort((a, b) => a[0] - b[0]);
	const out: [number, number][] = [];
	for (const w of windows) {
		const last = out.at(-1);
		if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
		else out.push([w[0], w[1]]);
	}
	return out;
}
