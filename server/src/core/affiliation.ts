/**
 * Who a speaker stands for: a state, an observer, an organization, or the United Nations itself,
 * from the parentheses of a label, from a title ("Minister for Foreign Affairs of Viet Nam"), or from
 * the opening words of a statement ("on behalf of the African Group").
 */
import { AffiliationKind } from './model';
import { trimAndCollapse } from './labels';
import { LiteralAnchoredPattern } from './literalScan';
import { windowWords } from './lineWords';
import { Initial, Words } from './tokens';
import { InstitutionInfo, Vocabulary } from './vocabulary';

export interface Affiliation {
	readonly name: string;
	readonly kind: AffiliationKind;
}

export const UNITED_NATIONS: Affiliation = { name: 'United Nations', kind: 'organization' };

const UN_KINDS = new Set(['organ', 'subsidiary-body', 'committee', 'mission', 'secretariat-office', 'fund-programme']);

/** Words that make a title a United Nations office when no state or other organization owns it. */
const UN_OFFICE = /\b(?:Secretary-General|Under-Secretary-General|Assistant Secretary-General|United Nations|UN|High Representative|High Commissioner|Special Envoy|Special Coordinator|Special Adviser|Special Rapporteur|Emergency Relief Coordinator|Force Commander|Head of Mission|Rapporteur|Resident Coordinator|Executive Director|Administrator|Director-General|Director General|Police Adviser|Military Adviser|Prosecutor|Registrar|Ombudsperson)\b/;

// Per vocabulary, what each spelling in parentheses resolved to: records name the same two hundred
// states label after label, and folding the name for the lookup cost more than the lookup. Bounded:
// an odd spelling past the bound is resolved each time.
const RESOLVED = new WeakMap<Vocabulary, Map<string, Affiliation>>();
const RESOLVED_MAX = 4096;

/** The state or organization named by a label's parentheses. */
export function resolveAffiliation(raw: string, vocab: Vocabulary): Affiliation {
	let resolved = RESOLVED.get(vocab);
	if (resolved === undefined) RESOLVED.set(vocab, resolved = new Map());
	let affiliation = resolved.get(raw);
	if (affiliation === undefined) {
		affiliation = resolveAnew(raw, vocab);
		if (resolved.size < RESOLVED_MAX) resolved.set(raw, affiliation);
	}
	return affiliation;
}

/** resolveAffiliation without the memory of earlier answers. */
export function resolveAnew(raw: string, vocab: Vocabulary): Affiliation {
	const state = vocab.stateByName(raw);
	if (state) return { name: state.name, kind: state.observer ? 'observer' : 'state' };
	const inst = vocab.institutionByName(raw);
	if (inst) return institutionAffiliation(inst);
	if (/^(?:Department|Office|Secretariat)\b/.test(raw)) return UNITED_NATIONS;
	return { name: raw, kind: 'organization' };
}

function institutionAffiliation(inst: InstitutionInfo): Affiliation {
	if (inst.id === 'united-nations' || UN_KINDS.has(inst.kind) && /United Nations|^UN|Secretariat|Department|Office/.test(inst.name)) return UNITED_NATIONS;
	if (inst.kind === 'negotiating-group') return { name: inst.name, kind: 'group' };
	return { name: inst.name, kind: 'organization' };
}

/**
 * The affiliation a title implies: "Prime Minister of Estonia" → Estonia, "Under-Secretary-General
 * for Peace Operations" → United Nations, "Chief Monitor of the OSCE Special Monitoring Mission"
 * → the OSCE. Returns null when the title names nobody. `whole`, when given, holds the words of a
 * text of which `title` is the slice at `offset`: the title's words are read from there where they
 * are its own (see windowWords).
 */
export function affiliationFromTitle(title: string, vocab: Vocabulary, whole: Words | null = null, offset = 0): Affiliation | null {
	// Words [first, to); an offset in `title` is a word's offset less `base`.
	const { words, first, to, base } = windowWords(title, 0, title.length, vocab.words, whole, offset);
	let state: Affiliation | null = null;
	let stateEnd = -1;
	let org: Affiliation | null = null;
	let un = /\bSecretary-General\b|\bUnited Nations\b|\bUN\b/.test(title);
	for (let i = first; i < to; i++) {
		const inst = vocab.institutionLexicon.longestAt(words, i, to);
		if (inst) {
			// "the OSCE Special Monitoring Mission": the organization that leads the name owns it.
			const owner = inst.last > i ? vocab.institutionByName(printedWord(words, i)) : null;
			const a = institutionAffiliation(owner && /regional|intergovernmental/.test(owner.kind) ? owner : inst.value);
			if (a === UNITED_NATIONS) un = true;
			else if (!org && a.kind !== 'group') org = a.kind === 'organization' ? { name: title.slice(words.start[i] - base, words.end[owner && owner !== inst.value ? i : inst.last] - base), kind: a.kind } : a;
			i = inst.last;
			continue;
		}
		const s = vocab.stateLexicon.longestAt(words, i, to);
		if (s) {
			state = { name: s.value.name, kind: s.value.observer ? 'observer' : 'state' };
			stateEnd = words.end[s.last] - base;
			i = s.last;
		}
	}
	// "Minister of State for the Commonwealth … of the United Kingdom": a state closing the title owns it.
	if (state && title.slice(stateEnd).trim() === '') return state;
	// "Special Representative of the Chairperson-in-Office of the OSCE": the organization owns it.
	if (org && !/\bof the Secretary-General\b/.test(title)) return org;
	if (un) return UNITED_NATIONS;
	if (state) return state;
	if (UN_OFFICE.test(title)) return UNITED_NATIONS;
	return null;
}

/**
 * `words.word(i)` without its memory of the words made: for the whole text's words that is an array
 * as long as the text's words, made and filled for the one word a title asks (a tenth of a record's
 * segmentation) or the few of a name a coverage paragraph opens with. Only a word joined across a
 * hyphenated line break is printed otherwise than its span reads, and only `word` gives it so.
 */
export function printedWord(words: Words, i: number): string {
	return (words.initial[i] & Initial.Joined) !== 0 ? words.word(i) : words.source.slice(words.start[i], words.end[i]);
}

/** Where a speaker says for whom they speak; `holdsBehalfNeedle` must find each of its needles. */
export const BEHALF = new LiteralAnchoredPattern(
	/\b(?:on behalf of|speaking for|speak for|in the name of|also for|(?=for the (?:three|3) African)for)\s+(?:the\s+)?((?:[A-Z]|three |3 |five |ten |States members|member States|countries)[^.;:()]{1,160})/,
	// A bare "for" matches only before "the three African" or "the 3 African" (the lookahead).
	['on behalf of', 'speaking for', 'speak for', 'in the name of', 'also for', 'for the three African', 'for the 3 African'],
	null,
	// Two searches, not one per phrase (most openings hold none, and each search reads all of one):
	// "Africa" for the two that hold it (a rare capital), then "f" for the other five, each phrase
	// compared around it (one search for "f" alone, "fo" or "Africa" and "for": 5-20% slower).
	['Africa', 'f'],
);
/**
 * True when `text` holds one of BEHALF's needles, where each of its matches begins: where none is,
 * onBehalfOf finds nothing and the scan is spared. Most openings hold none, and this reads them as
 * the scan's search does (each "f" and "Africa") but tells the needles apart by their fixed units,
 * without the scan's general machinery, which cost as much again as the search.
 */
export function holdsBehalfNeedle(text: string): boolean {
	// "for the three African", "for the 3 African", by their rare capital ("Africa": V8 searches
	// strings of over six units by a slower method).
	for (let k = text.indexOf('Africa'); k >= 0; k = text.indexOf('Africa', k + 1)) {
		if (text.charCodeAt(k + 6) === 110 && (text.startsWith('for the three ', k - 14) || text.startsWith('for the 3 ', k - 10))) return true;
	}
	// The other five by the first "f" each holds, told apart by the units before it: each string is
	// compared only where two or three of its units are in place (most "f"s are of "of" and "for").
	for (let k = text.indexOf('f'); k >= 0; k = text.indexOf('f', k + 1)) {
		const before = text.charCodeAt(k - 1), second = text.charCodeAt(k - 2);
		if (before === 32) { // "speak for", "speaking for", "also for"
			if (text.charCodeAt(k + 1) !== 111 || text.charCodeAt(k + 2) !== 114) continue;
			if (second === 107 ? text.startsWith('speak', k - 6) : second === 103 ? text.startsWith('speaking', k - 9) : second === 111 && text.startsWith('also', k - 5)) return true;
		} else if (before === 108) { // "on behalf of"
			if (second === 97 && text.startsWith('on beha', k - 8) && text.startsWith(' of', k + 1)) return true;
		} else if (before === 111) { // "in the name of"
			if (second === 32 && text.charCodeAt(k - 3) === 101 && text.startsWith('in the name', k - 13)) return true;
		}
	}
	return false;
}

const GROUP_WORD = /\b(?:Group|Groups|States|countries|members|Members|Union|Movement|Community|Alliance|League|Organization|Forum|Council|Conference|Caucus|Coalition|Friends|penholders|co-penholders|Countries|Nations|A3|G77|G-77)\b/;

/**
 * Groups and states a speaker speaks for, read from the opening of the statement:
 * "I speak on behalf of the Group of 77 and China", "for the three African members".
 */
export function onBehalfOf(opening: string, own: string | null, vocab: Vocabulary, whole: Words | null = null, offset = 0): string[] {
	const out: string[] = [];
	if (!holdsBehalfNeedle(opening)) return out;
	const scan = BEHALF.scan(opening);
	for (let m = scan.exec(); m; m = scan.exec()) {
		const phrase = trimAndCollapse(m[1]);
		// "aligns itself with the statement made on behalf of the European Union" speaks for itself.
		if (/\b(?:statement|statements|remarks)\s+(?:to be\s+|was\s+|were\s+)?(?:made|delivered|given|read out)?\s*(?:earlier\s+|today\s+)?(?:by [^,.;]{2,80}\s+)?$/.test(opening.slice(Math.max(0, m.index - 90), m.index))) continue;
		if (/^(?:my|our|his|her|the people|Government|President|Secretary|Minister|record|purpose)/i.test(phrase)) continue;
		// The phrase is the text's own where trimming its end was all that changed it (group 1 ends the match).
		const at = m.index + m[0].length - m[1].length;
		const found = namedParties(phrase, vocab, whole && m[1].startsWith(phrase) ? whole : null, offset + at).filter(n => n !== own);
		if (found.length) {
			for (const f of found) if (!out.includes(f)) out.push(f);
		} else if (GROUP_WORD.test(phrase) && m[0].startsWith('on behalf') || /^three African members|^A3/.test(phrase)) {
			const cut = phrase.split(/,| and (?=[a-z])| who | which | that /)[0].trim();
			if (cut && !out.includes(cut)) out.push(cut);
		}
	}
	return out;
}

/**
 * States and groups named at the start of a phrase: "Germany and Belgium", "the European Union and
 * its member States". `whole`, when given, holds the words of a text of which `phrase` is the slice
 * at `offset`: the phrase's words are read from there where they are its own (see windowWords).
 */
function namedParties(phrase: string, vocab: Vocabulary, whole: Words | null, offset: number): string[] {
	const { words, first, to } = windowWords(phrase, 0, phrase.length, vocab.words, whole, offset);
	const out: string[] = [];
	let i = first;
	while (i < to) {
		const inst = vocab.institutionLexicon.longestAt(words, i, to);
		const state = inst ? null : vocab.stateLexicon.longestAt(words, i, to);
		const hit = inst ?? state;
		if (!hit) break;
		out.push(inst ? inst.value.name : state!.value.name);
		i = hit.last + 1;
		// continue only through "and", "," lists: "Germany and Belgium", "Brazil, India and South Africa"
		if (i < to && (lowerWordIs(words, i, 'and') || words.gapBefore[i] === 1)) {
			if (lowerWordIs(words, i, 'and')) i++;
			if (i < to && lowerWordIs(words, i, 'the')) i++;
			continue;
		}
		break;
	}
	return out;
}

/**
 * `words.lowerWord(i) === w` for a word of a phrase without line breaks (so no word of it is joined
 * across one) and `w` of ASCII lower-case letters, read from the text: the whole text's words keep
 * no lower-case strings, which lowerWord would make for all of them. Only ASCII capitals fold to
 * ASCII lower-case letters.
 */
function lowerWordIs(words: Words, i: number, w: string): boolean {
	const s = words.start[i], source = words.source;
	if (words.end[i] - s !== w.length) return false;
	for (let k = 0; k < w.length; k++) if ((source.charCodeAt(s + k) | 32) !== w.charCodeAt(k)) return false;
	return true;
}
