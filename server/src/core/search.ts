/**
 * Binary searches over what the engine keeps in text order: offsets in typed arrays (word starts
 * and ends, phrase matches' last words) and lists of things with spans (statements, headings,
 * votes, mentions).
 */

/** The first index whose value is at least `x` in an ascending array a[0, n) (n when none is). */
export function firstAtLeast(a: Int32Array, x: number, n = a.length): number {
	let lo = 0, hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (a[mid] < x) lo = mid + 1; else hi = mid;
	}
	return lo;
}

/**
 * firstAtLeast(a, x), searched from index `hint` on when the answer lies there (a[hint - 1] < x), in
 * steps that double and then by halves between the last two: for searches made in ascending order
 * (the words of each statement in turn), which then read a few nearby entries rather than jump
 * through an array of millions (a 20 MB text's words). Any other hint: a search of the whole array.
 */
export function firstAtLeastFrom(a: Int32Array, x: number, hint: number): number {
	if (!(hint > 0 && hint <= a.length && a[hint - 1] < x)) return firstAtLeast(a, x);
	// The answer is lo or after (a[lo - 1] < x) and at most lo + step - 1.
	let lo = hint, step = 1;
	while (lo + step - 1 < a.length && a[lo + step - 1] < x) {
		lo += step;
		step *= 2;
	}
	let hi = Math.min(lo + step - 1, a.length);
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (a[mid] < x) lo = mid + 1; else hi = mid;
	}
	return lo;
}

/** The first index of `items` (in order of span start) whose span starts at or after `offset`; the length when none does. */
export function firstStartingFrom(items: readonly { readonly span: { readonly start: number } }[], offset: number): number {
	let lo = 0, hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (items[mid].span.start < offset) lo = mid + 1; else hi = mid;
	}
	return lo;
}

/** The last index of `items` (in order of span start) whose span starts at or before `offset`, or -1. */
export function lastStartingBy(items: readonly { readonly span: { readonly start: number } }[], offset: number): number {
	return firstStartingFrom(items, offset + 1) - 1;
}
