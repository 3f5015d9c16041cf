/**
 * Institutions named in a text: every mention of an organ, body, mission, agency, court,
 * organization or negotiating group, by full name or acronym. Three sources, in one pass over the
 * words: the built-in lexicon; capitalised names ending in an institutional head noun ("Lake Chad
 * Basin Commission", "Panel of Inquiry"); and acronyms the text defines in parentheses
 * ("… Stabilization Mission in the Central African Republic (MINUSCA)"), learned on the fly.
 */
import { HEADS } from './heads';
import { InstitutionEntry, InstitutionKind, Mention } from './model';
import { Gap, isAllCaps, isCapitalized, Words } from './tokens';
import { foldName, InstitutionInfo, Vocabulary } from './vocabulary';


/** Heads too generic to name an institution unless the words before them do. */
const WEAK_HEADS = new Set(['Force', 'Operation', 'Cooperation', 'Partnership', 'Team', 'Unit', 'Service', 'Summit', 'Conference', 'Campaign', 'Structure', 'Facility', 'Trust', 'Society', 'Societies']);
/** Words of a person's title: "Chief of the …", "Minister for …" begin no institution's name. */
const TITLES = new Set(['Chief', 'Director', 'Head', 'Minister', 'Secretary', 'Secretary-General', 'President', 'Vice-President', 'Representative', 'Envoy', 'Ambassador', 'Commander', 'Coordinator', 'Chair', 'Chairman', 'Chairperson', 'Rapporteur', 'Adviser', 'Advisor', 'Prosecutor', 'Registrar', 'Judge', 'Chef', 'King', 'Queen', 'Prince', 'Emir', 'Sheikh', 'Governor', 'Mayor', 'Spokesperson', 'Spokesman', 'Commissioner', 'Officer']);
/** Words that make a title only before a title noun: "Special Representative", not "Special Court". */
const TITLE_ADJECTIVES = new Set(['Executive', 'Deputy', 'Under', 'Assistant', 'Special', 'High', 'Prime', 'Foreign', 'Permanent', 'Acting', 'Senior', 'Chief']);
/** Names of documents: a body's name does not run through them ("Durban Declaration and Programme of Action"). */
const DOCUMENTS = new Set(['Report', 'Reports', 'Declaration', 'Treaty', 'Statute', 'Charter', 'Agenda', 'Resolution', 'Resolutions', 'Decision', 'Convention', 'Protocol', 'Rule', 'Rules', 'Article', 'Chapter', 'Note', 'Letter', 'Document', 'Agreement', 'Agreements', 'Accord', 'Accords', 'Plan', 'Strategy', 'Framework', 'Pact', 'Compact', 'Principles', 'Guidelines']);
const CONNECT = new Set(['of', 'for', 'on', 'the', 'and', 'in', 'to', 'against', 'de', 'du', 'des', 'pour']);
/** Capitalised words that begin sentences or name things other than institutions. */
const NON_NAME = new Set(['Report', 'Reports', 'Declaration', 'Treaty', 'Statute', 'Charter', 'Agenda', 'Resolution', 'Resolutions', 'Decision', 'Convention', 'Protocol', 'Rule', 'Rules', 'Article', 'Chapter', 'Note', 'Letter', 'Document', 'Enlargement', 'Election', 'Elections', 'Appointment', 'Review', 'Strengthening', 'Revitalization', 'Situation', 'Question', 'Item', 'Ambassadors', 'Members', 'States', 'Heads', 'Ministers', 'Access', 'The', 'A', 'An', 'In', 'On', 'At', 'As', 'By', 'For', 'With', 'From', 'To', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your', 'It', 'We', 'They', 'He', 'She', 'I', 'Mr', 'Ms', 'Mrs', 'Dr', 'Both', 'Each', 'Every', 'All', 'Such', 'Under', 'Through', 'Without', 'Since', 'While', 'When', 'If', 'And', 'But', 'Also', 'Today', 'Member', 'Members', 'Several', 'Many', 'Some', 'Any', 'No', 'Other', 'Another', 'Like', 'Unlike', 'Let', 'May', 'Moreover', 'However', 'Furthermore', 'Finally', 'Thus', 'Given', 'Following', 'Despite', 'During', 'After', 'Before', 'Whereas', 'Recalling', 'Welcoming', 'Noting', 'Stressing', 'Expressing', 'Taking', 'Speaking', 'Turning', 'Citing', 'Dear', 'Excellencies', 'President', 'Madam', 'Sir', 'Thank', 'Allow']);

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
	// Headlines are in title case: every word is capitalised, so capitals say nothing there.
	const titleCaseLines = new Map<number, boolean>();
	const titleCase = (w: number): boolean => {
		const line = lineOf(words.start[w]);
		let v = titleCaseLines.get(line);
		if (v === undefined) titleCaseLines.set(line, v = isTitleCase(text, words.start[w]));
		return v;
	};
	const acronyms = new Map<string, Collected>();
	const add = (key: string, info: Collected['info'], first: number, last: number): Collected => {
		let c = found.get(key);
		if (!c) found.set(key, c = { info, mentions: [] });
		const start = words.start[first], end = words.end[last];
		c.mentions.push({ span: { start, end }, line: lineOf(start), text: text.slice(start, end) });
		return c;
	};
	const heads = vocab.headIds;
	let runEnd = -1, runHasHead = false;
	for (let i = 0; i < words.count; i++) {
		// Every name and acronym begins with a capital: most words of prose are passed over here.
		const c = text.charCodeAt(words.start[i]);
		if (c >= 97 && c <= 122) continue;
		// A name of our own making needs a head noun in its capitalised run; most runs have none.
		if (i > runEnd) ({ end: runEnd, hasHead: runHasHead } = capitalisedRun(words, i, heads));
		const generic = !runHasHead || titleCase(i) ? null : genericName(text, words, i, vocab);
		const known = vocab.institutionLexicon.longestAt(words, i);
		let hit: { c: Collected; last: number } | null = null;
		// "United Nations-African Union" is two known bodies side by side, not a third one.
		const twoKnown = generic && known && vocab.institutionLexicon.longestAt(words, known.last + 1)?.last === generic.last;
		// A known body extends to a longer name only by another body's words ("African Union Peace and
		// Security Council", "ICC Office of the Prosecutor"), not by "for Israel" or "Statute".
		const extendsKnown = !generic || !known || generic.last <= known.last || generic.first !== known.first
			|| !CONNECT.has(words.word(known.last + 1)) && headAhead(words, known.last + 1);
		if (generic && !twoKnown && extendsKnown && (!known || generic.last > known.last)) {
			const name = text.slice(words.start[generic.first], words.end[generic.last]).replace(/\s+/g, ' ');
			// "United Nations Security Council" is the Security Council.
			const lexical = vocab.institutionByName(name) ?? vocab.institutionByName(name.replace(/^(?:United Nations|UN)\s+/, ''));
			const info = lexical ? fromLexicon(lexical) : { id: 'text:' + foldName(name), name, acronym: null, kind: generic.kind, learned: true };
			hit = { c: add(info.id, info, generic.first, generic.last), last: generic.last };
		} else if (known) {
			hit = { c: add(known.value.id, fromLexicon(known.value), i, known.last), last: known.last };
		} else if (words.word(i) === 'Committee' && (PURSUANT.lastIndex = words.start[i], PURSUANT.test(text))) {
			const end = PURSUANT.lastIndex;
			let last = i;
			while (last + 1 < words.count && words.end[last + 1] <= end) last++;
			const name = text.slice(words.start[i], end).replace(/\s+/g, ' ');
			add('text:' + foldName(name), { id: 'text:' + foldName(name), name, acronym: null, kind: 'committee', learned: true }, i, last);
			i = last;
			continue;
		} else {
			const learned = acronyms.get(words.word(i));
			if (learned && words.word(i).length > 1) {
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
	return mergeShortForms([...found.values()]).map(c => ({ ...c.info, name: printedName(c), canonical: c.info.name, mentions: c.mentions }));
}

/**
 * The fullest name the text prints ("Group of Arab States" over "Arab Group"); the lexicon's name
 * when the text uses only the acronym.
 */
function printedName(c: Collected): string {
	let best: string | null = null;
	for (const m of c.mentions) {
		const t = m.text.replace(/\s+/g, ' ');
		if (t === c.info.acronym || isAllCaps(t.replace(/[^A-Za-z]/g, '') || 'a')) continue;
		// "United Nations General Assembly" is printed in passing; the body is the General Assembly.
		if (/^(?:United Nations|UN)\s/.test(t) && foldName(t.replace(/^(?:United Nations|UN)\s+/, '')) === foldName(c.info.name)) continue;
		if (!best || t.length > best.length) best = t;
	}
	return best ?? c.info.name;
}

/**
 * Names the text learned that are a shortened form of another body it names ("the Monitoring
 * Mission" for "the Special Monitoring Mission to Ukraine") are mentions of that body.
 */
function mergeShortForms(list: Collected[]): Collected[] {
	const learned = list.filter(c => c.info.learned);
	if (!learned.length) return list;
	const folded = list.map(c => ' ' + foldName(c.info.name) + ' ');
	const out: Collected[] = [];
	for (let a = 0; a < list.length; a++) {
		const c = list[a];
		if (c.info.learned) {
			const short = folded[a];
			const into = list.findIndex((_o, b) => b !== a && folded[b].length > short.length && folded[b].includes(short));
			if (into >= 0) {
				list[into].mentions.push(...c.mentions);
				list[into].mentions.sort((x, y) => x.span.start - y.span.start);
				continue;
			}
		}
		out.push(c);
	}
	return out;
}

function isTitleCase(text: string, offset: number): boolean {
	const s = text.lastIndexOf('\n', offset) + 1;
	let e = text.indexOf('\n', offset);
	if (e < 0) e = text.length;
	if (e - s > 400) return false;
	const long = text.slice(s, e).split(/\s+/).filter(w => /^[A-Za-z]{4,}/.test(w));
	return long.length >= 4 && long.filter(w => /^[A-Z]/.test(w)).length / long.length > 0.7;
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
function genericName(text: string, words: Words, i: number, vocab: Vocabulary): { first: number; last: number; kind: InstitutionKind } | null {
	const w = words.word(i);
	if (w.length < 2) return null;
	if (!isCapitalized(w) || NON_NAME.has(w) || ORDINALS.has(w) || /^(?:First|Second|Third|Fourth|Fifth|Last)ly$/.test(w) || TITLES.has(w) || TITLE_ADJECTIVES.has(w) && TITLES.has(words.word(i + 1) ?? '')) return null;
	// Not inside a hyphenated word ("Chairperson-in-Office") nor after a document ("Treaty of Amity").
	if (i > 0 && words.gapBefore[i] === Gap.Join && /-$/.test(text.slice(words.end[i - 1], words.start[i]))) return null;
	// … nor inside a document's title ("Treaty of Amity and Cooperation in Southeast Asia").
	for (let k = i - 1; k >= 0 && i - k < 8 && words.gapBefore[k + 1] === Gap.Join; k--) {
		const t = words.word(k);
		if (DOCUMENTS.has(t)) return null;
		if (!CONNECT.has(t) && !isCapitalized(t)) break;
	}
	// Start only at the beginning of a capitalised run ("Security" in "the Security Council", not "Council").
	if (i > 0 && words.gapBefore[i] === Gap.Join && isCapitalized(words.word(i - 1)) && !NON_NAME.has(words.word(i - 1))) return null;
	let j = i;
	let headAt = -1;
	let lastCap = i;
	let capsBeforeHead = 0;
	while (j < words.count && j - i < 24) {
		// "Truth, Reconciliation and Reparations Commission": a list of capitalised words before the head.
		const listComma = j > i && headAt < 0 && words.gapBefore[j] === Gap.Comma && isCapitalized(words.word(j)) && commaList(words, j)
			&& !vocab.institutionLexicon.longestAt(words, j) && !vocab.institutionLexicon.longestAt(words, i);
		if (j > i && words.gapBefore[j] !== Gap.Join && !listComma) break;
		const t = words.word(j);
		if (isCapitalized(t) || isAllCaps(t) || /^\d/.test(t) && j > i) {
			// After the head only a connector may continue the name: "Council President for June" is no body.
			if (headAt >= 0 && j === lastCap + 1 && lastCap === headAt && !/^\d/.test(t) && !headAhead(words, j)) break;
			if (HEADS[t] !== undefined && headAt < 0) headAt = j;
			else if (headAt < 0) capsBeforeHead++;
			lastCap = j;
			j++;
			continue;
		}
		// connectors continue a name only when a capitalised word follows ("Office of the High Commissioner")
		if (CONNECT.has(t) && t !== 'the' && j + 1 < words.count && j > i) {
			let k = j;
			while (k < words.count && CONNECT.has(words.word(k)) && k - j < 3) k++;
			if (k < words.count && words.gapBefore[k] === Gap.Join && isCapitalized(words.word(k)) && !NON_NAME.has(words.word(k)) && !MONTHS.has(words.word(k))) {
				if (!connectorContinues(words, vocab, i, j, k, headAt)) break;
				j = k;
				continue;
			}
		}
		break;
	}
	if (headAt < 0) return null;
	// "Lillian Mworeko of the International Community …", "Enlargement of the Executive Committee …":
	// words before "of" that hold no head are not part of the name.
	let first = i;
	for (let k = i + 1; k < headAt; k++) {
		if (words.word(k) !== 'of') continue;
		first = k + 1;
		while (first < headAt && CONNECT.has(words.word(first))) first++;
		break;
	}
	if (first !== i) return genericName(text, words, first, vocab);
	const last = lastCap;
	const head = words.word(headAt);
	const span = last - i + 1;
	for (let k = i; k < headAt; k++) if (DOCUMENTS.has(words.word(k))) return null;
	// "three African Council members": the head used as an adjective names no body.
	if (last === headAt && last + 1 < words.count && ATTRIBUTIVE.has(words.lowerWord(last + 1)) && words.gapBefore[last + 1] === Gap.Join) return null;
	if (span === 1) return null; // a bare "Council" or "Committee" names no one
	if (WEAK_HEADS.has(head) && capsBeforeHead < 2 && headAt === last) return null;
	if (headAt === i && last === headAt) return null;
	// "Permanent Mission", "Main Committee", "National Council": a common adjective and a head is a
	// description, not a name.
	if (span === 2 && headAt === last && GENERIC_ADJECTIVES.has(words.lowerWord(i))) return null;
	// Meetings, not bodies: "Fourth World Conference on Women", "World Summit for Social Development".
	if (/^(?:Conference|Summit|Assembly)$/.test(head) && (words.word(headAt - 1) === 'World' || ORDINALS.has(words.word(i)))) return null;
	return { first: i, last, kind: HEADS[head] };
}

/**
 * Whether the connector at word j (followed by the capitalised word k) continues the name begun at
 * word i, whose head (if any yet) is at headAt.
 */
function connectorContinues(words: Words, vocab: Vocabulary, i: number, j: number, k: number, headAt: number): boolean {
	const t = words.word(j);
	if (headAt < 0) {
		// Before the head only lists and qualifiers join: "Truth, Reconciliation and Reparations Commission".
		if (!(t === 'and' || t === 'for' || t === 'of')) return false;
		if (t === 'and' && words.word(j + 1) === 'the') return false;
		// "OCHA and the Monitoring Mechanism": a known body or state before "and" stands alone.
		if (t === 'and' && (vocab.institutionLexicon.longestAt(words, i)?.last === j - 1 || vocab.stateLexicon.longestAt(words, i)?.last === j - 1)) return false;
		return true;
	}
	if (t === 'and') {
		// "Department of Political and Peacebuilding Affairs" joins qualifiers; "the Court and the Rome
		// Statute", "the African Union and the Lake Chad Basin Commission" are two things.
		if (j - 1 === headAt || words.word(j + 1) === 'the') return false;
		return !(vocab.institutionLexicon.longestAt(words, k) || vocab.stateLexicon.longestAt(words, k) || headAhead(words, k));
	}
	// Only bodies that serve somewhere are named by the place: "Mission in …", "Office to …".
	if ((t === 'in' || t === 'to') && !PLACED_HEADS.has(words.word(headAt))) return false;
	// "… Working Group on the Council": a bare body after the connector is another body.
	if (HEADS[words.word(k)] !== undefined && !(k + 1 < words.count && words.gapBefore[k + 1] === Gap.Join && isCapitalized(words.word(k + 1)))) return false;
	// "National AIDS Centre of Poland": a state after "of" says whose it is, not what it is called.
	if (t === 'of') {
		const st = vocab.stateLexicon.longestAt(words, k);
		if (st && !(st.last + 1 < words.count && words.gapBefore[st.last + 1] === Gap.Join && isCapitalized(words.word(st.last + 1)))) return false;
	}
	return true;
}

/** The last word of the capitalised run (with its connectors) that starts at word i, and whether it holds a head. */
function capitalisedRun(words: Words, i: number, heads: ReadonlySet<number>): { end: number; hasHead: boolean } {
	let j = i, hasHead = false;
	while (j < words.count) {
		if (heads.has(words.id[j])) hasHead = true;
		const k = j + 1;
		if (k >= words.count || words.gapBefore[k] === Gap.Break) break;
		if (!words.capitalized(k) && !(CONNECT.has(words.lowerWord(k)) && k + 1 < words.count)) break;
		j = k;
	}
	return { end: j, hasHead };
}

/** Heads whose names say where they serve: "Mission in the Central African Republic". */
const PLACED_HEADS = new Set(['Mission', 'Office', 'Operation', 'Force', 'Centre', 'Center', 'Team', 'Unit', 'Presence']);

/** At word j after a comma: a capitalised list that ends "and X … Head" within a few words. */
function commaList(words: Words, j: number): boolean {
	for (let k = j + 1; k < words.count && k - j < 5; k++) {
		if (words.gapBefore[k] !== Gap.Join) return false;
		if (words.word(k) === 'and') return headAhead(words, k + 1);
		if (!isCapitalized(words.word(k))) return false;
	}
	return false;
}

/** True when a capitalised run starting at word k holds an institutional head noun. */
function headAhead(words: Words, k: number): boolean {
	for (let j = k; j < words.count && j - k < 12; j++) {
		if (j > k && words.gapBefore[j] !== Gap.Join) return false;
		const t = words.word(j);
		if (HEADS[t] !== undefined) return true;
		if (!isCapitalized(t) && !CONNECT.has(t)) return false;
	}
	return false;
}

const ATTRIBUTIVE = new Set(['members', 'member', 'presidency', 'president', 'resolution', 'resolutions', 'mandate', 'mandates', 'meeting', 'meetings', 'consultations', 'decision', 'decisions', 'agenda', 'chamber', 'report', 'reports', 'mission', 'missions', 'visit', 'session', 'sessions', 'debate', 'debates', 'action', 'products', 'statement', 'statements', 'unity', 'practice', 'work']);
const GENERIC_ADJECTIVES = new Set(['permanent', 'national', 'general', 'technical', 'executive', 'joint', 'special', 'state', 'study', 'main', 'standing', 'legal', 'political', 'regional', 'international', 'global', 'high', 'independent', 'new', 'same', 'whole', 'entire', 'relevant', 'respective', 'competent', 'federal', 'provisional', 'interim', 'transitional', 'military', 'civilian', 'central', 'local', 'sectoral', 'expert', 'advisory', 'steering', 'working', 'security', 'peace', 'human', 'trust', 'ad', 'preparatory', 'organizing', 'drafting', 'plenary', 'investigative', 'monitoring', 'fact']);
const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const ORDINALS = new Set(['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth']);
