/**
 * The cover page of a verbatim record: who presides, which states sit on the Council, the date.
 * Read from the lines before the meeting is called to order (or the first turn).
 */
import secretariesGeneral from '../../data/offices.json';
import { resolveAffiliation } from './affiliation';
import { tokenize } from './tokens';
import { Vocabulary } from './vocabulary';

export interface Officer {
	readonly name: string;
	readonly affiliation: string | null;
}

export interface CoverPage {
	readonly president: Officer | null;
	/** States listed under "Members:". Empty when the record has no such list. */
	readonly members: ReadonlySet<string>;
	readonly year: number | null;
}

// The closing `\s*` belongs to the parentheses: two `\s*` side by side made a long run of spaces
// cost time growing with its cube.
const PRESIDENT = /^(?:President|Chair|Chairman|Chairperson|Temporary President)\s*:\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Sheikh|Sheikha|Prince|Princess|H\.\s?E\.)\.?\s+)?(.+?)\s*(?:\.\s*){0,60}(?:\(([^)]+)\)\s*)?$/;
const MONTH_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b/;

/**
 * Parses the cover page from the record's first lines (up to `limit` lines); fields it cannot find
 * are null or empty.
 */
export function parseCoverPage(lines: readonly string[], vocab: Vocabulary): CoverPage {
	let president: Officer | null = null;
	let year: number | null = null;
	const members = new Set<string>();
	let inMembers = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i].trim();
		if (!year) {
			const y = MONTH_YEAR.exec(line);
			if (y) year = Number(y[1]);
		}
		const p: RegExpExecArray | null = president ? null : PRESIDENT.exec(line);
		if (p) {
			let name: string = p[1].replace(/[.\s]+$/, '').trim();
			let aff: string | null = p[2] ?? null;
			const inline = /^(.*?)\s*\(([^)]+)\)/.exec(name);
			if (inline) { name = inline[1]; aff = inline[2]; }
			if (!aff) {
				const next = /^\(([^)]+)\)\s*$/.exec((lines[i + 1] ?? '').trim());
				if (next) aff = next[1];
			}
			president = { name: name.replace(/\s*\.+$/, ''), affiliation: aff ? resolveAffiliation(aff.trim(), vocab).name : null };
			continue;
		}
		if (/^Members\s*:/.test(line)) inMembers = true;
		else if (/^(?:Agenda|The meeting was called)/.test(line)) inMembers = false;
		if (inMembers) {
			const member = line.replace(/^Members\s*:\s*/, '');
			const words = tokenize(member, 0, member.length, vocab.words);
			const m = words.count ? vocab.stateLexicon.longestAt(words, 0) : null;
			if (m) members.add(m.value.name);
		}
	}
	return { president, members, year };
}

/** The Secretary-General in office in `year`, from the data file, or null. */
export function secretaryGeneralIn(year: number | null): string | null {
	if (!year) return null;
	const sg = secretariesGeneral.secretariesGeneral.find(s => year >= s.from && year <= (s.to ?? 9999));
	return sg ? sg.name : null;
}
