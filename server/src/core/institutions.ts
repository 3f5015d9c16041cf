/**
 * Institutions named in a text: every mention of an organ, body, mission, agency, court,
 * organization or negotiating group, by full name or acronym. Three sources, in one pass over the
 * words: the built-in lexicon; capitalised names ending in an institutional head noun ("Lake Chad
 * Basin Commission", "Panel of Inquiry"); and acronyms the text defines in parentheses
 * ("… Stabilization Mission in the Central African Republic (MINUSCA)"), learned on the fly.
 */
import { InstitutionEntry, InstitutionKind, Mention } from './model';
import { Gap, isAllCaps, isCapitalized, Words } from './tokens';
import { foldName, InstitutionInfo, Vocabulary } from './vocabulary';

const HEADS: Record<string, InstitutionKind> = {
	Commission: 'subsidiary-body', Committee: 'committee', Council: 'organ', Office: 'secretariat-office',
	Mission: 'mission', Fund: 'fund-programme', Programme: 'fund-programme', Program: 'fund-programme',
	Organization: 'intergovernmental-organization', Organisation: 'intergovernmental-organization',
	Agency: 'agency', Union: 'regional-organization', Community: 'regional-organization', Court: 'court',
	Tribunal: 'court', Group: 'subsidiary-body', Forum: 'intergovernmental-organization', Centre: 'other',
	Center: 'other', Alliance: 'other', Network: 'other', Bank: 'agency', Club: 'other', Institute: 'other',
	Mechanism: 'subsidiary-body', Force: 'mission', Trust: 'other', Assembly: 'organ', Campaign: 'other',
	Secretariat: 'secretariat-office', Department: 'secretariat-office', Board: 'subsidiary-body',
	Panel: 'subsidiary-body', Authority: 'other', Association: 'other', Federation: 'other',
	Movement: 'other', Directorate: 'secretariat-office', Summit: 'intergovernmental-organization',
	Structure: 'other', Conference: 'intergovernmental-organization', Operation: 'mission',
	Initiative: 'other', Cooperation: 'intergovernmental-organization', Partnership: 'other',
	Coalition: 'other', Team: 'subsidiary-body', Unit: 'secretariat-office', Service: 'secretariat-office',
	Facility: 'other', Foundation: 'other', Society: 'other', Societies: 'other',
	Committees: 'committee', Commissions: 'subsidiary-body',
};
/** Heads too generic to name an institution unless the words before them do. */
const WEAK_HEADS = new Set(['Force', 'Operation', 'Initiative', 'Cooperation', 'Partnership', 'Team', 'Unit', 'Service', 'Summit', 'Conference', 'Campaign', 'Structure', 'Facility', 'Trust', 'Society', 'Societies']);
/** Words of a person's title: "Chief of the …", "Minister for …" begin no institution's name. */
const TITLES = new Set(['Chief', 'Director', 'Head', 'Minister', 'Secretary', 'Secretary-General', 'President', 'Vice-President', 'Representative', 'Envoy', 'Ambassador', 'Commander', 'Coordinator', 'Chair', 'Chairman', 'Chairperson', 'Rapporteur', 'Adviser', 'Advisor', 'Prosecutor', 'Registrar', 'Judge', 'Executive', 'Deputy', 'Under', 'Assistant', 'Special', 'High', 'Prime', 'Foreign', 'Permanent', 'Chef', 'King', 'Queen', 'Prince', 'Emir', 'Sheikh', 'Governor', 'Mayor', 'Spokesperson', 'Spokesman']);
const CONNECT = new Set(['of', 'for', 'on', 'the', 'and', 'in', 'to', 'against', 'de', 'du', 'des', 'pour']);
/** Capitalised words that begin sentences or name things other than institutions. */
const NON_NAME = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'As', 'By', 'For', 'With', 'From', 'To', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your', 'It', 'We', 'They', 'He', 'She', 'I', 'Mr', 'Ms', 'Mrs', 'Dr', 'Both', 'Each', 'Every', 'All', 'Such', 'Under', 'Through', 'Without', 'Since', 'While', 'When', 'If', 'And', 'But', 'Also', 'Today', 'Member', 'Members', 'Several', 'Many', 'Some', 'Any', 'No', 'Other', 'Another', 'Like', 'Unlike', 'Let', 'May', 'Moreover', 'However', 'Furthermore', 'Finally', 'Thus', 'Given', 'Following', 'Despite', 'During', 'After', 'Before', 'Whereas', 'Recalling', 'Welcoming', 'Noting', 'Stressing', 'Expressing', 'Taking', 'Speaking', 'Turning', 'Citing', 'Dear', 'Excellencies', 'President', 'Madam', 'Sir', 'Thank', 'Allow']);

/** Sanctions committees are named by the resolution that set them up. */
const PURSUANT = /Committee established pursuant to resolutions? \d{3,4}(?: \(\d{4}\))?(?:(?:,| and) \d{3,4}(?: \(\d{4}\))?){0,3}(?: concerning [A-Z][\w’' -]{2,60}[\w])?/y;

interface Collected {
	info: { id: string; name: string; acronym: string | null; kind: InstitutionKind; learned: boolean };
	mentions: Mention[];
}

/**
 * Every institution mentioned in `words` (of `text`), with each mention's span and line.
 * `lineOf` maps an offset to its 1-based line.
 */
export function findInstitutions(text: string, words: Words, vocab: Vocabulary, lineOf: (offset: number) => number): InstitutionEntry[] {
	const found = new Map<string, Collected>();
	const acronyms = new Map<string, Collected>();
	const add = (key: string, info: Collected['info'], first: number, last: number): Collected => {
		let c = found.get(key);
		if (!c) found.set(key, c = { info, mentions: [] });
		const start = words.start[first], end = words.end[last];
		c.mentions.push({ span: { start, end }, line: lineOf(start), text: text.slice(start, end) });
		return c;
	};
	for (let i = 0; i < words.count; i++) {
		const generic = genericName(words, i);
		const known = vocab.institutionLexicon.longestAt(words, i);
		let hit: { c: Collected; last: number } | null = null;
		if (generic && (!known || generic.last > known.last)) {
			const name = text.slice(words.start[generic.first], words.end[generic.last]).replace(/\s+/g, ' ');
			// "United Nations Security Council" is the Security Council.
			const lexical = vocab.institutionByName(name) ?? vocab.institutionByName(name.replace(/^(?:United Nations|UN)\s+/, ''));
			const info = lexical ? fromLexicon(lexical) : { id: 'text:' + foldName(name), name, acronym: null, kind: generic.kind, learned: true };
			hit = { c: add(info.id, info, generic.first, generic.last), last: generic.last };
		} else if (known) {
			hit = { c: add(known.value.id, fromLexicon(known.value), i, known.last), last: known.last };
		} else if (words.text[i] === 'Committee' && (PURSUANT.lastIndex = words.start[i], PURSUANT.test(text))) {
			const end = PURSUANT.lastIndex;
			let last = i;
			while (last + 1 < words.count && words.end[last + 1] <= end) last++;
			const name = text.slice(words.start[i], end).replace(/\s+/g, ' ');
			add('text:' + foldName(name), { id: 'text:' + foldName(name), name, acronym: null, kind: 'committee', learned: true }, i, last);
			i = last;
			continue;
		} else {
			const learned = acronyms.get(words.text[i]);
			if (learned && words.text[i].length > 1) {
				add(learned.info.id, learned.info, i, i);
				continue;
			}
		}
		if (!hit) continue;
		i = hit.last;
		const acronym = definedAcronym(text, words, hit.last);
		if (acronym) {
			if (!hit.c.info.acronym) hit.c.info = { ...hit.c.info, acronym: acronym.text };
			if (!vocab.institutionLexicon.longestAt(words, acronym.index)) acronyms.set(acronym.text.split(/\s+/)[0], hit.c);
		}
	}
	return [...found.values()].map(c => ({ ...c.info, mentions: c.mentions }));
}

function fromLexicon(info: InstitutionInfo): Collected['info'] {
	return { id: info.id, name: info.name, acronym: info.acronym, kind: info.kind, learned: false };
}

/** `(MINUSCA)` right after word `last`: the acronym and the index of its first word. */
function definedAcronym(text: string, words: Words, last: number): { text: string; index: number } | null {
	let p = words.end[last];
	while (text.charCodeAt(p) === 32) p++;
	if (text.charCodeAt(p) !== 40) return null;
	const close = text.indexOf(')', p);
	if (close < 0 || close - p > 16) return null;
	const inner = text.slice(p + 1, close).trim();
	if (!/^[A-Z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9-]*)?$/.test(inner) || !/[A-Z].*[A-Z]|^[A-Z]{2}/.test(inner)) return null;
	let index = last + 1;
	while (index < words.count && words.start[index] <= p) index++;
	return { text: inner, index };
}

/**
 * A capitalised name starting at word `i` that ends in, or continues after, an institutional head
 * noun: "Lake Chad Basin Commission", "Committee against Torture", "Panel of Inquiry".
 */
function genericName(words: Words, i: number): { first: number; last: number; kind: InstitutionKind } | null {
	const w = words.text[i];
	if (!isCapitalized(w) || NON_NAME.has(w) || TITLES.has(w)) return null;
	// Start only at the beginning of a capitalised run ("Security" in "the Security Council", not "Council").
	if (i > 0 && words.gapBefore[i] === Gap.Join && isCapitalized(words.text[i - 1]) && !NON_NAME.has(words.text[i - 1])) return null;
	let j = i;
	let headAt = -1;
	let lastCap = i;
	let capsBeforeHead = 0;
	while (j < words.count && j - i < 24) {
		if (j > i && words.gapBefore[j] !== Gap.Join) break;
		const t = words.text[j];
		if (isCapitalized(t) || isAllCaps(t) || /^\d/.test(t) && j > i) {
			// After the head only a connector may continue the name: "Council President for June" is no body.
			if (headAt >= 0 && j === lastCap + 1 && lastCap === headAt && !/^\d/.test(t) && HEADS[t] === undefined) break;
			if (HEADS[t] !== undefined && headAt < 0) headAt = j;
			else if (headAt < 0) capsBeforeHead++;
			lastCap = j;
			j++;
			continue;
		}
		// connectors continue a name only when a capitalised word follows ("Office of the High Commissioner")
		if (CONNECT.has(t) && j + 1 < words.count && j > i) {
			let k = j;
			while (k < words.count && CONNECT.has(words.text[k]) && k - j < 3) k++;
			if (k < words.count && words.gapBefore[k] === Gap.Join && isCapitalized(words.text[k]) && !NON_NAME.has(words.text[k])) {
				if (headAt < 0 && !(t === 'and' || t === 'for' || t === 'of' || t === 'on')) break;
				j = k;
				continue;
			}
		}
		break;
	}
	if (headAt < 0) return null;
	// Stop a name after its head at a connector followed by a person or a date-like word.
	const last = lastCap;
	const head = words.text[headAt];
	const span = last - i + 1;
	if (span === 1) return null; // a bare "Council" or "Committee" names no one
	if (WEAK_HEADS.has(head) && capsBeforeHead < 2 && headAt === last) return null;
	if (headAt === i && last === headAt) return null;
	return { first: i, last, kind: HEADS[head] };
}
