/**
 * The titles a record's President gives briefers when inviting them ("I now give the floor to
 * Ms. Nakamitsu, High Representative for Disarmament Affairs."), read so that a briefer's turn,
 * labelled with a name alone, can carry the title.
 */
import { LiteralAnchoredPattern, LiteralScan } from './literalScan';
import { isWhiteSpace } from './whiteSpace';

/** The last word of a name, in lower case: `name.trim().split(/\s+/).pop().toLowerCase()`, by character code. */
export function surname(name: string): string {
	let end = name.length;
	while (end > 0 && isWhiteSpace(name.charCodeAt(end - 1))) end--;
	let start = end;
	while (start > 0 && !isWhiteSpace(name.charCodeAt(start - 1))) start--;
	return name.slice(start, end).toLowerCase();
}

/**
 * False where INVITE cannot match at `at`. Its title and the name after it hold only letters, marks,
 * digits, ’ ' -, white space and the full stop after the title, up to a comma, and each run of white
 * space is followed by a capital (a word of the name): an ASCII character outside these, or a
 * lower-case letter, digit or mark of ASCII after white space, rules a match out. Characters beyond
 * ASCII are passed over unread (letters of any script, spaces), so no match is refused. Most titles
 * in a record open a speaker's label ("Mr. Nebenzia (Russian Federation):") or a name in a sentence
 * ("Mr. Guterres for his briefing"), where this stops at once and the pattern tried names at length.
 */
export function mayInviteAt(text: string, at: number): boolean {
	let afterSpace = false;
	for (let i = at; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 44) return !afterSpace; // ","
		if (c === 32 || c >= 9 && c <= 13) { afterSpace = true; continue; }
		if (c >= 128 || c >= 65 && c <= 90) { afterSpace = false; continue; }
		if (afterSpace) return false;
		if (c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 39 || c === 45) continue;
		// The full stop after the longest title, "Tan Sri.", is 7 units in.
		if (c === 46 && i - at <= 7) continue;
		return false;
	}
	return false;
}

// Found where a title begins: the titles under the anchors "M" (Mr, Ms, Miss) and "D" (Dr, Dame,
// Dato, Datuk) by one search of the record per letter, not per title, the pattern tried only where a
// title follows the letter (not at every "Member" or "Delegation") and mayInviteAt allows.
export const INVITE = new LiteralAnchoredPattern(
	/\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Dato['’]?|Datuk|Tan Sri)\.?\s+((?:\p{Lu}[\p{L}\p{M}\d’'-]*\s+){0,4}\p{Lu}[\p{L}\p{M}\d’'-]+),\s+((?:the\s+)?(?!(?:I|It|He|She|We|They|This|That)\b)[A-Z][^.;:]{3,160}?)(?=[.;:]|,\s+(?:to|who|for|and I|I)\b| to (?:brief|participate|make))/u,
	['Mr', 'Ms', 'Miss', 'Dr', 'Dame', 'Dato', 'Datuk', 'Sir', 'Tan Sri'],
	mayInviteAt,
	['M', 'D'],
);

/**
 * Titles given to briefers where the President invites them ("I now give the floor to
 * Ms. Nakamitsu, High Representative for Disarmament Affairs."), by lower-case surname.
 */
export function invitations(text: string): Map<string, string> {
	const reader = new InvitationReader(text);
	reader.get(null);
	return reader.titles;
}

/**
 * `invitations(text).get(key)`, reading the text only as far as the first invitation of `key`
 * (an invitation comes before the briefer speaks, often early in the record); the whole text only
 * for a name never invited. The titles read so far are kept for the next question.
 */
export class InvitationReader {
	/** The titles by surname, in the order of the text, as far as it has been read. */
	readonly titles = new Map<string, string>();
	/** Where each title of `titles` stands in the text as given. */
	private readonly offsets = new Map<string, number>();
	private readonly scan: LiteralScan;
	private done = false;

	constructor(text: string) {
		this.scan = INVITE.scan(text);
	}

	/** Where the title `get(key)` gave stands in the text as given, or -1 (as yet unread or none). */
	offsetOf(key: string): number {
		return this.offsets.get(key) ?? -1;
	}

	/** The title `key` was first invited with, or undefined; null reads the whole text. */
	get(key: string | null): string | undefined {
		if (key !== null && this.titles.has(key)) return this.titles.get(key);
		while (!this.done) {
			const m = this.scan.exec();
			if (!m) {
				this.done = true;
				break;
			}
			const name = surname(m[1]);
			if (this.titles.has(name)) continue;
			const raw = m[2], stripped = raw.replace(/^the\s+/, ''), title = stripped.trim();
			this.titles.set(name, title);
			// The title's group ends the match (only a lookahead follows it) and opens with a capital once
			// "the " is cut: the title stands where what is cut ends.
			this.offsets.set(name, m.index + m[0].length - stripped.length);
			if (name === key) return title;
		}
		return undefined;
	}
}
