/**
 * Speaker labels that open a turn in a verbatim record:
 *   `Mr. Delattre (France) (spoke in French):`, `Mr. INDERFURTH (United States of America):`,
 *   `Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee:`, `Mrs. Nakamitsu:`,
 *   `The President (spoke in French):`, `The Acting President:`, `The Secretary-General:`.
 * Every pattern is anchored at the line start and bounded, so a line costs at most a few hundred steps.
 */
import { collapseWhiteSpace, isWhiteSpace } from './whiteSpace';

export interface Label {
	readonly kind: 'person' | 'office';
	/** The person's name as printed (person labels). */
	readonly name: string | null;
	/** The office for office labels ("President", "Acting President", "Secretary-General"). */
	readonly office: string | null;
	/** What stands in the first parentheses: usually a state or organization. */
	readonly affiliation: string | null;
	/** A title after the parentheses: `, Rapporteur of the Third Committee`. */
	readonly title: string | null;
	/** Length of the label including the colon, from the line start. */
	readonly length: number;
}

const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Miss|Mme|Dr|Sir|Dame|Lord|Baroness|Baron|Sheikh|Sheikha|Shaikh|Prince|Princess|Archbishop|Monsignor|Msgr|Mgr|Cardinal|Father|Rev|Reverend|Judge|Ambassador|Professor|Prof|Dato'?|Datuk|Tan Sri|U|Daw|MR|MRS|MS)`;
const LANGUAGE = String.raw`\((?:spoke|spoke in|interpretation from|interpreted from|translated from)[^()]{0,40}\)`;
// Nested parentheses once: "(Bolivia (Plurinational State of))".
const PARENS = String.raw`\(((?:[^()]|\([^()]{0,60}\)){1,140})\)`;
const NAME = String.raw`([A-ZÀ-ÖØ-ÞĀ-Ž][^():\n]{0,70}?)`;

// Each part takes the white space after it, so that no two `\s*` ever stand side by side: split
// between them, a long run of spaces before a colon cost time growing with its fourth power.
const PERSON = new RegExp(String.raw`^${HONORIFIC}\.?\s+${NAME}\s*(?:${PARENS}\s*)?(?:,\s*([A-Z][^():\n]{2,160}?)\s*)?(?:${LANGUAGE}\s*)?(?:\(([^()]{3,60})\)\s*)?:`);
const OFFICE = new RegExp(String.raw`^(?:The|THE)\s+((?:Acting|ACTING|Temporary|TEMPORARY|Deputy|DEPUTY|Interim)\s+)?(President|PRESIDENT|Secretary-General|SECRETARY-GENERAL|Chair|CHAIR|Chairman|CHAIRMAN|Chairperson|CHAIRPERSON|Chairwoman|Co-Chair|Co-Chairman|Vice-President|Vice-Chair|Under-Secretary-General|High Commissioner|Prosecutor)\s*(?:${LANGUAGE}\s*)?:`);

// "Mr. Briz Gutiérrez: (Guatemala) (spoke in Spanish):": a colon typed after the name as well as at the end.
const AFTER_STRAY_COLON = new RegExp(String.raw`^\s*\(([^()]{3,60})\)\s*(?:${LANGUAGE}\s*)?:`);

const NOT_NAMES = /^(President|Secretary-General|Chairman|Chair|Vice-President|Speaker|Prime Minister|Minister)\b/;

/**
 * The code units that may follow each capital at the start of a label, by the capital's code less
 * 65: the second letters of the honorifics beginning with it, and of "The" and "THE" (the office
 * labels). null where any unit may follow (the one-letter honorific "U", then a full stop or any
 * white space), "" where no label begins with the capital.
 */
const SECOND_UNITS: readonly (string | null)[] = (() => {
	const seconds: (string | null)[] = new Array<string | null>(26).fill('');
	for (const word of [...HONORIFIC.slice(3, -1).replace(/'\?/g, "'").split('|'), 'The', 'THE']) {
		const at = word.charCodeAt(0) - 65;
		if (word.length === 1) seconds[at] = null;
		else if (seconds[at] !== null && !seconds[at]!.includes(word[1])) seconds[at] += word[1];
	}
	return seconds;
})();

/**
 * False when no label can begin at text[start]: both patterns open with a capital and one of the
 * honorifics or "The" / "THE", so the first two units rule out most lines of speech ("I thank",
 * "We", "In", "My") before the line is made a string to parse (in parseLabel itself, where the line
 * is a string already, the test did not pay: segmentVerbatim A/B 1.015, 1.031).
 */
export function mayOpenLabelAt(text: string, start: number): boolean {
	const first = text.charCodeAt(start);
	if (!(first >= 65 && first <= 90)) return false; // NaN past the end too
	const seconds = SECOND_UNITS[first - 65];
	if (seconds === null) return true;
	const second = text.charCodeAt(start + 1);
	for (let i = 0; i < seconds.length; i++) if (seconds.charCodeAt(i) === second) return true;
	return false;
}

/** Parses a label at the start of `line`, or returns null. */
export function parseLabel(line: string): Label | null {
	const first = line.charCodeAt(0);
	if (first < 65 || first > 90) return null; // both patterns open with a capital
	// Every label ends with a colon: without one the patterns' lazy parts would be tried at length.
	if (line.indexOf(':') < 0) return null;
	if (first === 84) { // 'T': an office, or a person only after the one honorific that begins so
		const m = OFFICE.exec(line);
		if (m) return { kind: 'office', name: null, office: officeName(m[1], m[2]), affiliation: null, title: null, length: m[0].length };
		if (!line.startsWith('Tan Sri')) return null;
	}
	const m = PERSON.exec(line);
	if (!m) return null;
	const name = trimAndCollapse(m[1]);
	const words = countSpaces(name) + 1;
	if (NOT_NAMES.test(name) || /[.!?]\s/.test(name) || words > 7) return null;
	let affiliation = trimAndCollapse(m[2] ?? m[4] ?? '') || null;
	if (affiliation && /^(spoke|interpretation)/i.test(affiliation)) return null;
	const title = m[3] === undefined ? null : trimAndCollapse(m[3]) || null;
	let length = m[0].length;
	if (!affiliation && !title && line.charCodeAt(length) === 32) {
		const stray = AFTER_STRAY_COLON.exec(line.slice(length, length + 160));
		if (stray && !/^(spoke|interpretation)/i.test(stray[1])) {
			affiliation = trimAndCollapse(stray[1]);
			length += stray[0].length;
		}
	}
	// "Mr. Smith: ..." without parentheses or title must be short, to tell it from ordinary prose.
	if (!affiliation && !title && words > 4) return null;
	return { kind: 'person', name, office: null, affiliation, title, length };
}

// The two helpers below do by character code what string methods did (named in each): a label's
// parts rarely hold more than single spaces, and then they are returned as they are.

/** `part.trim().replace(/\s+/g, ' ')`. */
export function trimAndCollapse(part: string): string {
	let start = 0, end = part.length;
	while (start < end && isWhiteSpace(part.charCodeAt(start))) start++;
	while (end > start && isWhiteSpace(part.charCodeAt(end - 1))) end--;
	return collapseWhiteSpace(part, start, end);
}

/** How many spaces `text` holds: `text.split(' ').length - 1`. */
export function countSpaces(text: string): number {
	let n = 0;
	for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
	return n;
}

/**
 * True when the line looks like the first half of a label broken across lines:
 * `Mr. Nebenzia (Russian` followed by `Federation) (spoke in Russian): …`.
 */
export function looksLikeBrokenLabel(line: string): boolean {
	const first = line.charCodeAt(0);
	if (line.length > 120 || first < 65 || first > 90 || line.includes(':')) return false;
	return /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Sheikh|Archbishop|Monsignor|The)\.?\s+[A-Z]/.test(line)
		&& (line.lastIndexOf('(') > line.lastIndexOf(')') || !line.includes('(') && line.split(' ').length <= 6);
}

// Offices as printed, by the qualifier and office the pattern read: most records name the President
// in every other label, and a set this small (a few hundred spellings at most) is cheaply kept.
const OFFICE_NAMES = new Map<string, string>();

/** The office named by OFFICE's qualifier (with its white space) and office, in title case. */
function officeName(qualifier: string | undefined, office: string): string {
	const key = (qualifier ?? '') + office;
	let name = OFFICE_NAMES.get(key);
	if (name === undefined) {
		name = titleCase(key.replace(/\s+/g, ' '));
		// A qualifier's white space is unbounded: odd spacing is not kept, so the map stays small.
		if (OFFICE_NAMES.size < 512) OFFICE_NAMES.set(key, name);
	}
	return name;
}

function titleCase(office: string): string {
	return office.split(' ').map(w => w === w.toUpperCase()
		? w.toLowerCase().replace(/(^|-)([a-z])/g, (_s, p: string, c: string) => p + c.toUpperCase())
		: w).join(' ');
}
