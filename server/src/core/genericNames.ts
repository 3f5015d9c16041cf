/**
 * Names of institutions the vocabulary does not list, built the way such names are: capitalised
 * words around a head noun ("Lake Chad Basin Commission", "Committee against Torture", "Panel of
 * Inquiry"), stopping at titles, documents, places and second bodies.
 */
import { HEADS } from './heads';
import { InstitutionKind } from './model';
import { Gap, isAllCaps, isCapitalized, Words } from './tokens';
import { Vocabulary } from './vocabulary';

/** Heads too generic to name an institution unless the words before them do. */
const WEAK_HEADS = new Set(['Force', 'Operation', 'Cooperation', 'Partnership', 'Team', 'Unit', 'Service', 'Summit', 'Conference', 'Campaign', 'Structure', 'Facility', 'Trust', 'Society', 'Societies']);
/** Words of a person's title: "Chief of the …", "Minister for …" begin no institution's name. */
const TITLES = new Set(['Chief', 'Director', 'Head', 'Minister', 'Secretary', 'Secretary-General', 'President', 'Vice-President', 'Representative', 'Envoy', 'Ambassador', 'Commander', 'Coordinator', 'Chair', 'Chairman', 'Chairperson', 'Rapporteur', 'Adviser', 'Advisor', 'Prosecutor', 'Registrar', 'Judge', 'Chef', 'King', 'Queen', 'Prince', 'Emir', 'Sheikh', 'Governor', 'Mayor', 'Spokesperson', 'Spokesman', 'Commissioner', 'Officer']);
/** Words that make a title only before a title noun: "Special Representative", not "Special Court". */
const TITLE_ADJECTIVES = new Set(['Executive', 'Deputy', 'Under', 'Assistant', 'Special', 'High', 'Prime', 'Foreign', 'Permanent', 'Acting', 'Senior', 'Chief']);
/** Names of documents: a body's name does not run through them ("Durban Declaration and Programme of Action"). */
const DOCUMENTS = new Set(['Report', 'Reports', 'Declaration', 'Treaty', 'Statute', 'Charter', 'Agenda', 'Resolution', 'Resolutions', 'Decision', 'Convention', 'Protocol', 'Rule', 'Rules', 'Article', 'Chapter', 'Note', 'Letter', 'Document', 'Agreement', 'Agreements', 'Accord', 'Accords', 'Plan', 'Strategy', 'Framework', 'Pact', 'Compact', 'Principles', 'Guidelines']);
export const CONNECT = new Set(['of', 'for', 'on', 'the', 'and', 'in', 'to', 'against', 'de', 'du', 'des', 'pour']);
/** Capitalised words that begin sentences or name things other than institutions. */
const NON_NAME = new Set(['Report', 'Reports', 'Declaration', 'Treaty', 'Statute', 'Charter', 'Agenda', 'Resolution', 'Resolutions', 'Decision', 'Convention', 'Protocol', 'Rule', 'Rules', 'Article', 'Chapter', 'Note', 'Letter', 'Document', 'Enlargement', 'Election', 'Elections', 'Appointment', 'Review', 'Strengthening', 'Revitalization', 'Situation', 'Question', 'Item', 'Ambassadors', 'Members', 'States', 'Heads', 'Ministers', 'Access', 'The', 'A', 'An', 'In', 'On', 'At', 'As', 'By', 'For', 'With', 'From', 'To', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your', 'It', 'We', 'They', 'He', 'She', 'I', 'Mr', 'Ms', 'Mrs', 'Dr', 'Both', 'Each', 'Every', 'All', 'Such', 'Under', 'Through', 'Without', 'Since', 'While', 'When', 'If', 'And', 'But', 'Also', 'Today', 'Member', 'Members', 'Several', 'Many', 'Some', 'Any', 'No', 'Other', 'Another', 'Like', 'Unlike', 'Let', 'May', 'Moreover', 'However', 'Furthermore', 'Finally', 'Thus', 'Given', 'Following', 'Despite', 'During', 'After', 'Before', 'Whereas', 'Recalling', 'Welcoming', 'Noting', 'Stressing', 'Expressing', 'Taking', 'Speaking', 'Turning', 'Citing', 'Dear', 'Excellencies', 'President', 'Madam', 'Sir', 'Thank', 'Allow']);

/**
 * A capitalised name starting at word `i` that ends in, or continues after, an institutional head
 * noun: "Lake Chad Basin Commission", "Committee against Torture", "Panel of Inquiry".
 */
export function genericName(text: string, words: Words, i: number, vocab: Vocabulary): { first: number; last: number; kind: InstitutionKind } | null {
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
export function capitalisedRun(words: Words, i: number, heads: ReadonlySet<number>): { end: number; hasHead: boolean } {
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
export function headAhead(words: Words, k: number): boolean {
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
