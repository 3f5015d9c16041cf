/**
 * The cover page of a verbatim record: who presides, and the year (which Secretary-General serves).
 * Read from the lines before the meeting is called to order (or the first turn).
 */
import secretariesGeneral from '../../data/offices.json';
import { resolveAffiliation } from './affiliation';
import { Vocabulary } from './vocabulary';
import { isWhiteSpace } from './whiteSpace';

export interface Officer {
	readonly name: string;
	readonly affiliation: string | null;
}

export interface CoverPage {
	readonly president: Officer | null;
	readonly year: number | null;
}

// The name is the shortest that leaves only dots, spaces and a country: `(.+?)`, except that it
// is not tried ending in white space (the shorter name before that space would have done), and
// the closing `\s*` belongs to the parentheses. Otherwise a long run of spaces is re-read from
// each of its characters, and split between two `\s*`: time grew with the cube of its length.
const PRESIDENT = /^(?:President|Chair|Chairman|Chairperson|Temporary President)\s*:\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Sheikh|Sheikha|Prince|Princess|H\.\s?E\.)\.?\s+)?(.(?:.*?(?<!\s))??)\s*(?:\.\s*){0,60}(?:\(([^)]+)\)\s*)?$/;
const MONTH_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b/;

/**
 * Parses the cover page from the record's first lines; fields it cannot find are null. (The
 * Council's members listed there are not read: the analysis takes membership from its lexicon.)
 */
export function parseCoverPage(lines: readonly string[], vocab: Vocabulary): CoverPage {
	let president: Officer | null = null;
	let year: number | null = null;
	for (let i = 0; i < lines.length && !(president && year); i++) {
		const line = lines[i].trim();
		if (!year) {
			const y = MONTH_YEAR.exec(line);
			if (y) year = Number(y[1]);
		}
		const p: RegExpExecArray | null = president ? null : PRESIDENT.exec(line);
		if (p) {
			let name: string = trimDotsAndSpaces(p[1]).trim();
			let aff: string | null = p[2] ?? null;
			const inline = inlineCountry(name);
			if (inline) [name, aff] = inline;
			if (!aff) {
				const next = /^\(([^)]+)\)\s*$/.exec((lines[i + 1] ?? '').trim());
				if (next) aff = next[1];
			}
			president = { name: trimFinalDots(name), affiliation: aff ? resolveAffiliation(aff.trim(), vocab).name : null };
		}
	}
	return { president, year };
}

/** `name` without the dots and white space that end it: `name.replace(/[.\s]+$/, '')`. */
function trimDotsAndSpaces(name: string): string {
	let end = name.length;
	while (end > 0 && (name.charCodeAt(end - 1) === 46 || isWhiteSpace(name.charCodeAt(end - 1)))) end--;
	return name.slice(0, end);
}

/** `name` without its final run of dots and the white space before it: `name.replace(/\s*\.+$/, '')`. */
function trimFinalDots(name: string): string {
	let end = name.length;
	while (end > 0 && name.charCodeAt(end - 1) === 46) end--;
	if (end === name.length) return name;
	while (end > 0 && isWhiteSpace(name.charCodeAt(end - 1))) end--;
	return name.slice(0, end);
}

/**
 * A country in parentheses within the name ("Ismat Kittani (Iraq)"): the name before it and the
 * country, as /^(.*?)\s*\(([^)]+)\)/ reads them (the first "(" closed after at least one
 * character), or null. The name holds no line break, which `.` would not cross.
 */
function inlineCountry(name: string): [string, string] | null {
	for (let open = name.indexOf('('); open >= 0; open = name.indexOf('(', open + 1)) {
		const close = name.indexOf(')', open + 1);
		if (close < 0) return null;
		if (close === open + 1) continue;
		let before = open;
		while (before > 0 && isWhiteSpace(name.charCodeAt(before - 1))) before--;
		return [name.slice(0, before), name.slice(open + 1, close)];
	}
	return null;
}

/** The Secretary-General in office in `year`, from the data file, or null. */
export function secretaryGeneralIn(year: number | null): string | null {
	if (!year) return null;
	const sg = secretariesGeneral.secretariesGeneral.find(s => year >= s.from && year <= (s.to ?? 9999));
	return sg ? sg.name : null;
}
