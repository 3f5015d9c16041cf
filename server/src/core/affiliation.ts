/**
 * Who a speaker stands for: a state, an observer, an organization, or the United Nations itself,
 * from the parentheses of a label, from a title ("Minister for Foreign Affairs of Viet Nam"), or from
 * the opening words of a statement ("on behalf of the African Group").
 */
import { AffiliationKind } from './model';
import { trimAndCollapse } from './labels';
import { LiteralAnchoredPattern } from './literalScan';
import { tokenize } from './tokens';
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
 * → the OSCE. Returns null when the title names nobody.
 */
export function affiliationFromTitle(title: string, vocab: Vocabulary): Affiliation | null {
	const words = tokenize(title, 0, title.length, vocab.words);
	let state: Affiliation | null = null;
	let stateEnd = -1;
	let org: Affiliation | null = null;
	let un = /\bSecretary-General\b|\bUnited Nations\b|\bUN\b/.test(title);
	for (let i = 0; i < words.count; i++) {
		const inst = vocab.institutionLexicon.longestAt(words, i);
		if (inst) {
			// "the OSCE Special Monitoring Mission": the organization that leads the name owns it.
			const owner = inst.last > i ? vocab.institutionByName(words.word(i)) : null;
			const a = institutionAffiliation(owner && /regional|intergovernmental/.test(owner.kind) ? owner : inst.value);
			if (a === UNITED_NATIONS) un = true;
			else if (!org && a.kind !== 'group') org = a.kind === 'organization' ? { name: title.slice(words.start[i], words.end[owner && owner !== inst.value ? i : inst.last]), kind: a.kind } : a;
			i = inst.last;
			continue;
		}
		const s = vocab.stateLexicon.longestAt(words, i);
		if (s) {
			state = { name: s.value.name, kind: s.value.observer ? 'observer' : 'state' };
			stateEnd = words.end[s.last];
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

const BEHALF = new LiteralAnchoredPattern(
	/\b(?:on behalf of|speaking for|speak for|in the name of|also for|(?=for the (?:three|3) African)for)\s+(?:the\s+)?((?:[A-Z]|three |3 |five |ten |States members|member States|countries)[^.;:()]{1,160})/,
	// A bare "for" matches only before "the three African" or "the 3 African" (the lookahead).
	['on behalf of', 'speaking for', 'speak for', 'in the name of', 'also for', 'for the three African', 'for the 3 African'],
	null,
	// Two searches, not one per phrase (most openings hold none, and each search reads all of one):
	// "Africa" for the two that hold it (a rare capital), then "f" for the other five, each phrase
	// compared around it (one search for "f" alone, "fo" or "Africa" and "for": 5-20% slower).
	['Africa', 'f'],
);
const GROUP_WORD = /\b(?:Group|Groups|States|countries|members|Members|Union|Movement|Community|Alliance|League|Organization|Forum|Council|Conference|Caucus|Coalition|Friends|penholders|co-penholders|Countries|Nations|A3|G77|G-77)\b/;

/**
 * Groups and states a speaker speaks for, read from the opening of the statement:
 * "I speak on behalf of the Group of 77 and China", "for the three African members".
 */
export function onBehalfOf(opening: string, own: string | null, vocab: Vocabulary): string[] {
	const out: string[] = [];
	const scan = BEHALF.scan(opening);
	for (let m = scan.exec(); m; m = scan.exec()) {
		const phrase = trimAndCollapse(m[1]);
		// "aligns itself with the statement made on behalf of the European Union" speaks for itself.
		if (/\b(?:statement|statements|remarks)\s+(?:to be\s+|was\s+|were\s+)?(?:made|delivered|given|read out)?\s*(?:earlier\s+|today\s+)?(?:by [^,.;]{2,80}\s+)?$/.test(opening.slice(Math.max(0, m.index - 90), m.index))) continue;
		if (/^(?:my|our|his|her|the people|Government|President|Secretary|Minister|record|purpose)/i.test(phrase)) continue;
		const found = namedParties(phrase, vocab).filter(n => n !== own);
		if (found.length) {
			for (const f of found) if (!out.includes(f)) out.push(f);
		} else if (GROUP_WORD.test(phrase) && m[0].startsWith('on behalf') || /^three African members|^A3/.test(phrase)) {
			const cut = phrase.split(/,| and (?=[a-z])| who | which | that /)[0].trim();
			if (cut && !out.includes(cut)) out.push(cut);
		}
	}
	return out;
}

/** States and groups named at the start of a phrase: "Germany and Belgium", "the European Union and its member States". */
function namedParties(phrase: string, vocab: Vocabulary): string[] {
	const words = tokenize(phrase, 0, phrase.length, vocab.words);
	const out: string[] = [];
	let i = 0;
	while (i < words.count) {
		const inst = vocab.institutionLexicon.longestAt(words, i);
		const state = inst ? null : vocab.stateLexicon.longestAt(words, i);
		const hit = inst ?? state;
		if (!hit) break;
		out.push(inst ? inst.value.name : state!.value.name);
		i = hit.last + 1;
		// continue only through "and", "," lists: "Germany and Belgium", "Brazil, India and South Africa"
		if (i < words.count && (words.lowerWord(i) === 'and' || words.gapBefore[i] === 1)) {
			if (words.lowerWord(i) === 'and') i++;
			if (words.lowerWord(i) === 'the') i++;
			continue;
		}
		break;
	}
	return out;
}
