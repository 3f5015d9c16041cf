/**
 * How two neighbouring words are separated: what lies between them decides whether a phrase or a
 * name may run on across them. The tokenizer tells the common gaps (a space, a comma and a space)
 * itself and asks gapKind about the rest.
 */
import { charClass, WORD } from './chars';
import { unitAt } from './brokenWords';

/** How two neighbouring words are separated, from loosest to tightest. */
export const enum Gap {
	/** Spaces, line breaks, hyphens, apostrophes, slashes, an initial's full stop: a phrase may run on. */
	Join = 0,
	/** A comma (names such as "Truth, Reconciliation and Reparations Commission"). */
	Comma = 1,
	/** Anything else (sentence ends, brackets, colons, quotes, dashes, blank lines): a phrase stops. */
	Break = 2,
}

/** The kind of gap between two words: units [a, b) (indexes into `units`, which start at text offset `from`). */
export function gapKind(text: string, units: Uint16Array, from: number, length: number, a: number, b: number): Gap {
	let kind = Gap.Join;
	let newlines = 0;
	for (let i = a; i < b; i++) {
		const c = units[i];
		if (c === 32 || c === 9 || c === 0xa0) continue;
		if (c === 10 || c === 13) {
			if (c === 10 && ++newlines > 1) return Gap.Break;
			continue;
		}
		// A full stop before a space ends a sentence, unless it follows an initial ("Keisal M. Peters").
		if (c === 46) {
			const next = unitAt(text, units, from, length, i + 1);
			const initial = i === a && (from + a < 2 || (charClass(unitAt(text, units, from, length, a - 2)) & WORD) === 0);
			if ((next === 32 || next === 10 || next === 13 || next === 9 || i + 1 >= b) && !initial) return Gap.Break;
			continue;
		}
		// hyphen, apostrophes, slash, soft and non-breaking hyphens, typographic apostrophes
		if (c === 45 || c === 39 || c === 47 || c === 0xad || c === 0x2010 || c === 0x2011 || c === 0x2019 || c === 0x2018) continue;
		if (c === 44) { kind = Gap.Comma; continue; }
		return Gap.Break;
	}
	return kind;
}
