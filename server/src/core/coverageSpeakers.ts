/**
 * Recognizes the speaker a coverage paragraph introduces, in the press office's conventions:
 *   "Kaja Kallas, Prime Minister of Estonia, Council President for June, … said"
 *   "Assembly President Jan Eliasson (Sweden), who chaired the hearing, said"
 *   "The representative of China said", "Speaking after the vote, the representative of China said"
 *   "China's representative", "the speaker for Tunisia", "the delegate of Brazil"
 *   a lead paragraph: "…, the United Nations political affairs chief said today".
 */
import { Affiliation, affiliationFromTitle, onBehalfOf, printedWord, UNITED_NATIONS } from './affiliation';
import { isRegExpWordCode } from './chars';
import { trimAndCollapse } from './labels';
import { Role, Speaker } from './model';
import { WindowWords, windowWords } from './lineWords';
import { firstAtLeast } from './search';
import { isAllCaps, isCapitalized, tokenize, Words } from './tokens';
import { Vocabulary } from './vocabulary';
import { collapseWhiteSpace } from './whiteSpace';

export interface Introduction {
	readonly speaker: Speaker;
	/** A lead paragraph naming a briefer only by title. */
	readonly lead: boolean;
}

const VERBS = 'singled|put|made|set|laid|stated|noted|took|said|says|told|stressed|recalled|emphasized|emphasised|underscored|underlined|highlighted|expressed|voiced|welcomed|called|urged|warned|pointed|described|added|observed|explained|asked|argued|cautioned|reiterated|acknowledged|agreed|condemned|deplored|regretted|praised|commended|thanked|announced|affirmed|reaffirmed|declared|insisted|maintained|questioned|rejected|denounced|lamented|echoed|reported|briefed|proposed|suggested|outlined|drew|went|began|opened|responded|replied|countered|objected|encouraged|appealed|applauded|congratulated|hailed|recognized|cited|detailed|offered|turned|gave|presented|introduced|referred|focused|spoke|raised|shared|characterized|accused|dismissed|sought|sounded|painted|spotlighted|challenged|criticized|requested|informed|updated|delivered|said that';
const VERB = new RegExp(String.raw`\b(?:also |then |further |later |meanwhile )?(?:${VERBS})\b`);
const TITLE_THEN_VERB = new RegExp(String.raw`^(?:,\s*|\s+(?=of ))([^]{2,260}?),\s+(?:(?:who|whose|speaking|also|in|as|on|noting|adding|presenting|introducing|briefing|opening)\b[^,]{0,160},\s+)*(?:also |then |further |later )?(?:${VERBS})\b`);
const DIRECT_VERB = new RegExp(String.raw`^\s+(?:also |then |further |later )?(?:${VERBS})\b`);
const REP_OF = /\b(?:[Tt]he )?(?:[Pp]ermanent |[Dd]eputy |[Aa]lternate )?(?:representative|delegate|speaker|observer|[Aa]mbassador|envoy|delegation) (?:of|for|from) $/;
// Every form above names the speaker with one of these words: without them there is nothing to find.
const REP_WORD = /representative|delegat|speaker|observer|mbassador|envoy/;
const POSSESSIVE_REP = /^['’]s? (?:(?:deputy |permanent |alternate )?representative|delegate|speaker|observer|[Aa]mbassador|delegation)\b/;
const LEAD_SUBJECT = new RegExp(String.raw`(?:^|,\s+)the ((?:[^,.;“”"]){3,110}?)\s+(?:${VERBS})\b`);
const OFFICE_WORD = /\b(?:chief|head|Representative|Secretary-General|Envoy|envoy|Coordinator|coordinator|Commissioner|Under-Secretary-General|Director|director|Chair|chair|President|Prosecutor|Administrator|Adviser|adviser|Rapporteur|official|Chef de Cabinet|Commander)\b/;
const PLURAL = /\b(?:chairs|heads|representatives|speakers|members|delegates|officials|rapporteurs|experts|briefers|panellists|participants|leaders|ministers|others)\b/i;
const NOT_NAME = new Set(['The', 'In', 'At', 'On', 'For', 'With', 'As', 'Also', 'Speaking', 'Taking', 'Turning', 'Citing', 'Noting', 'Welcoming', 'Recalling', 'Responding', 'Describing', 'Stressing', 'Since', 'While', 'Although', 'However', 'Many', 'Several', 'Some', 'Other', 'Both', 'All', 'Most', 'This', 'That', 'These', 'Those', 'Meanwhile', 'Today', 'It', 'They', 'We', 'Such', 'Under', 'Following', 'Despite', 'Given', 'Among', 'Her', 'His', 'He', 'She', 'Their', 'Its', 'If', 'When', 'After', 'Before', 'During', 'By', 'From', 'To', 'Of', 'A', 'An', 'Yet', 'But', 'And', 'Nor', 'Or', 'Mr', 'Ms', 'Mrs', 'Member', 'Members', 'Council', 'Assembly', 'Delegates', 'Speakers', 'Briefers', 'Earlier', 'Later', 'Next', 'Finally', 'First', 'Second', 'Third', 'Further', 'Moreover', 'Indeed', 'Still', 'Here', 'There', 'Against', 'Through', 'Without', 'Within', 'Unless', 'Because', 'Once', 'Where', 'Whether']);
const LEADING_TITLE = /^(?:(?:General |Security )?(?:Assembly|Council) )?(?:President|Vice-President|Chair|Chairperson|Ambassador|Prime Minister|Foreign Minister|Minister|Judge|Professor|Dr\.|Mr\.|Ms\.|Mrs\.|Dame|Sir)\s+/;
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'Ibn', 'al', 'el', 'y', 'M', 'ter', 'du']);

/**
 * The speaker a paragraph introduces, or null when it introduces none. `leadAllowed` permits a
 * lead paragraph that reports a briefer by title only. `whole`, when given, are the words of a text
 * of which `para` is the slice at `offset` (not a paragraph with its line breaks folded): the
 * paragraph's words are read from there where they are its own (see windowWords).
 */
export function introduceSpeaker(para: string, offset: number, vocab: Vocabulary, leadAllowed: boolean, afterLead = false, whole: Words | null = null): Introduction | null {
	const head = firstSentence(para);
	return namedPerson(head, offset, vocab, afterLead, whole)
		?? representative(head, offset, vocab, whole)
		?? (leadAllowed ? leadBriefer(head, offset, vocab, whole) : null);
}

const SENTENCE_BREAK = /[.!?]["”’]?\s+(?=[A-Z“"])/y;

/**
 * The paragraph's first sentence (at most 600 characters); initials such as "M." end none. A break
 * is tried only at a ".", "!" or "?", each found by native search, not at every unit: it begins
 * with one, and holds no other, so the breaks are found in the order a global search finds them.
 */
function firstSentence(para: string): string {
	const head = para.slice(0, 600);
	let dot = head.indexOf('.'), bang = head.indexOf('!'), ask = head.indexOf('?');
	for (let k = earliest(dot, bang, ask); k >= 0; k = earliest(dot, bang, ask)) {
		if (k === dot) dot = head.indexOf('.', k + 1);
		else if (k === bang) bang = head.indexOf('!', k + 1);
		else ask = head.indexOf('?', k + 1);
		SENTENCE_BREAK.lastIndex = k;
		if (!SENTENCE_BREAK.test(head)) continue;
		if (head.charCodeAt(k) === 46 && /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|No|Mt|Jr|Sr)$/.test(head.slice(Math.max(0, k - 4), k))) continue;
		return head.slice(0, k + 1);
	}
	return head;
}

/** The least of three positions that are not -1, or -1 when all are. */
function earliest(a: number, b: number, c: number): number {
	if (a < 0 || b >= 0 && b < a) a = b;
	return a < 0 || c >= 0 && c < a ? c : a;
}

/** "The representative of China said", "China's representative", "the speaker for Tunisia". */
function representative(head: string, offset: number, vocab: Vocabulary, whole: Words | null): Introduction | null {
	if (!REP_WORD.test(head)) return null;
	// Words [first, to) of `words`; an offset in `head` is a word's offset less `base`.
	const { words, first, to, base } = windowWords(head, 0, head.length, vocab.words, whole, offset);
	for (let i = first; i < to; i++) {
		const m = vocab.stateLexicon.longestAt(words, i, to) ?? vocab.adjectiveLexicon.longestAt(words, i, to);
		if (!m) continue;
		const start = words.start[m.first] - base, end = words.end[m.last] - base;
		const before = withoutTrailingThe(head.slice(Math.max(0, start - 60), start));
		const after = head.slice(end, end + 60);
		const isAdjective = vocab.adjectiveLexicon.longestAt(words, i, to)?.last === m.last && !vocab.stateLexicon.longestAt(words, i, to);
		const rep = isAdjective ? /^ (?:representative|delegate|delegation|speaker)\b/.test(after) : REP_OF.test(before) || POSSESSIVE_REP.test(after);
		if (!rep) { i = m.last; continue; }
		// The head before the state, read as it stands: the "the " cut from `before` holds no such word.
		if (start > 260 || /\b(?:he|she|He|She)\b|\bsaid\b/.test(head.slice(0, start))) return null;
		if (/\brepresentatives\b/.test(before)) return null;
		const rest = head.slice(end);
		if (start > 40 && !VERB.test(rest.slice(0, 400))) return null;
		const title = /^,\s+((?:Council|Assembly) President[^,]{0,40}|President of the [^,]{3,60}|[A-Z][^,]{3,80}?(?:Minister|President|Chair|Ambassador)[^,]{0,60}),/.exec(rest)?.[1] ?? null;
		const aff: Affiliation = { name: m.value.name, kind: m.value.observer ? 'observer' : 'state' };
		const chair = /President|presidency|Chair/.test(title ?? '') || holdsWord(head, 'presidency') || holdsWord(head, 'Council President');
		return { lead: false, speaker: build(null, title, aff, chair ? 'chair' : 'member', head, offset, start, end, vocab, whole) };
	}
	return null;
}

/** What `/\b${w}\b/.test(s)` says for a word `w` of letters and spaces: found by native search, not tried at every unit. */
function holdsWord(s: string, w: string): boolean {
	for (let k = s.indexOf(w); k >= 0; k = s.indexOf(w, k + 1)) {
		if (!isRegExpWordCode(s.charCodeAt(k - 1)) && !isRegExpWordCode(s.charCodeAt(k + w.length))) return true;
	}
	return false;
}

/** `s` without a last word "the " (in any case): what `s.replace(/\bthe $/i, '')` gives, read from its end. */
function withoutTrailingThe(s: string): string {
	const n = s.length;
	if (n < 4 || s.charCodeAt(n - 1) !== 32) return s;
	// t, h, e in either case (| 32 lowers an ASCII capital, and only it).
	if ((s.charCodeAt(n - 4) | 32) !== 116 || (s.charCodeAt(n - 3) | 32) !== 104 || (s.charCodeAt(n - 2) | 32) !== 101) return s;
	return isRegExpWordCode(s.charCodeAt(n - 5)) ? s : s.slice(0, n - 4);
}

/** "Kaja Kallas, Prime Minister of Estonia, … said"; "Assembly President Jan Eliasson (Sweden), … said". */
function namedPerson(head: string, offset: number, vocab: Vocabulary, afterLead: boolean, whole: Words | null): Introduction | null {
	// "Introducing the draft, PEKKA LINDGREN-AHO (Finland) said": skip a leading participial clause.
	const clause = /^[A-Z][a-z]+ing\b[^,]{0,120},\s+(?=[A-Z])/.exec(head);
	const skip = clause ? clause[0].length : 0;
	const lead = LEADING_TITLE.exec(head.slice(skip));
	const from = skip + (lead ? lead[0].length : 0);
	if (opensWithNonName(head, from, vocab)) return null;
	// Words [first, to) of `words`; an offset in `head` is a word's offset less `base`.
	const { words, first, to, base } = nameWindowWords(head, from, Math.min(head.length, from + 120), vocab, whole, offset);
	if (to === first || words.start[first] - base !== from) return null;
	// A state or organization as subject: "China, for its part, said".
	const party = vocab.stateLexicon.longestAt(words, first, to);
	let n = 0;
	if (!party) {
		while (n < to - first && n < NAME_WORDS) {
			const w = printedWord(words, first + n);
			const joined = n === 0 || words.gapBefore[first + n] === 0;
			if (!joined || !(isCapitalized(w) || isAllCaps(w) || PARTICLES.has(w) && n > 0)) break;
			n++;
		}
		if (n < 2 && !(n === 1 && lead)) return null;
		if (NOT_NAME.has(printedWord(words, first))) return null;
		if (vocab.institutionLexicon.longestAt(words, first, to)) return null;
	}
	const nameEnd = (party ? words.end[party.last] : words.end[first + n - 1]) - base;
	const name = party ? null : collapseWhiteSpace(head, from, nameEnd);
	let rest = head.slice(nameEnd);
	let aff: Affiliation | null = party ? { name: party.value.name, kind: party.value.observer ? 'observer' : 'state' } : null;
	const paren = /^\s*\(([^)]{2,60})\)/.exec(rest);
	if (paren) {
		const s = vocab.stateByName(paren[1]);
		if (s) aff = { name: s.name, kind: s.observer ? 'observer' : 'state' };
		rest = rest.slice(paren[0].length);
	}
	let title: string | null = null;
	const titled = TITLE_THEN_VERB.exec(rest);
	if (titled) {
		title = trimAndCollapse(titled[1]);
	} else if (!DIRECT_VERB.test(rest) && !/^,\s+(?:for (?:its|his|her) part|in (?:its|his|her) turn|speaking [^,]{3,80}|too),\s+/.test(rest)) {
		return null;
	}
	const leadTitle = lead?.[0].trim();
	const titleText = leadTitle && title ? `${leadTitle}, ${title}` : leadTitle || title || '';
	// The title's words are the text's where the head holds it as it stands (its white space as printed).
	const at = titleText && whole ? head.indexOf(titleText) : -1;
	aff ??= titleText ? affiliationFromTitle(titleText, vocab, at >= 0 ? whole : null, offset + at) : null;
	if (name && !aff && !titled && !lead && !afterLead) return null;
	const chair = /\b(?:Council President|Assembly President|President of the (?:Council|General Assembly|Security Council)|presidency)\b/.test(titleText || head);
	const role: Role = chair ? 'chair' : !aff || aff === UNITED_NATIONS || aff.kind === 'organization' ? 'briefer' : aff.kind === 'observer' ? 'observer' : 'member';
	return { lead: false, speaker: build(name, titleText || null, aff, role, head, offset, from, nameEnd, vocab, whole) };
}

/** The most words namedPerson reads for a name. */
const NAME_WORDS = 7;

/**
 * The words of head[from, to) as namedPerson reads them: windowWords', and also the whole text's
 * where only the window's last word runs past `to` (a window cut at 120 units mostly cuts one),
 * when namedPerson cannot read that word. It reads at most NAME_WORDS words for a name, and the
 * lexicons' walks from the first word; a walk steps only onto a word the vocabulary knows (by its id
 * or a prefix), so a word it does not know after the first stops every walk before the cut one.
 * Without the cut word, words [first, to) are those the window tokenized alone begins with.
 */
export function nameWindowWords(head: string, from: number, to: number, vocab: Vocabulary, whole: Words | null, offset: number): WindowWords {
	if (whole) {
		const start = offset + from, end = offset + to;
		const first = firstAtLeast(whole.end, start + 1), cut = firstAtLeast(whole.start, end) - 1;
		if (first < whole.count && whole.start[first] >= start && cut - first >= NAME_WORDS && whole.end[cut] > end && stopsWalks(whole, first + 1, cut)) {
			return { words: whole, first, to: cut, base: offset };
		}
	}
	return windowWords(head, from, to, vocab.words, whole, offset);
}

/** True when some word of [from, to) has neither an id nor a prefix id: no lexicon's walk steps onto it. */
function stopsWalks(words: Words, from: number, to: number): boolean {
	const id = words.id, prefixFrom = words.prefixFrom;
	for (let k = from; k < to; k++) if (id[k] < 0 && prefixFrom[k] === prefixFrom[k + 1]) return true;
	return false;
}

// Per vocabulary, the words of NOT_NAME that begin no state's name.
const NOT_NAME_ONLY = new WeakMap<Vocabulary, ReadonlySet<string>>();

/**
 * True when head[from] opens a word of NOT_NAME that begins no state's name ("The", "He",
 * "Speaking"): namedPerson finds no speaker there, and is spared tokenizing the head, whose fixed
 * cost is most of a call. Only a word of ASCII letters followed by a space is read, so that it is
 * the first word the tokenizer would find.
 */
export function opensWithNonName(head: string, from: number, vocab: Vocabulary): boolean {
	let end = from;
	for (let c = head.charCodeAt(end); c >= 65 && c <= 90 || c >= 97 && c <= 122; c = head.charCodeAt(++end));
	if (end === from || head.charCodeAt(end) !== 32) return false;
	const word = head.slice(from, end);
	if (!NOT_NAME.has(word)) return false;
	let only = NOT_NAME_ONLY.get(vocab);
	if (!only) {
		const set = new Set<string>();
		for (const w of NOT_NAME) {
			const words = tokenize(w, 0, w.length, vocab.words);
			// No state's name begins with the word (by its id or any prefix), so none is found there.
			if (words.count === 1 && vocab.stateLexicon.nextStart(words, 0, 1) === 1) set.add(w);
		}
		NOT_NAME_ONLY.set(vocab, only = set);
	}
	return only.has(word);
}

/** "…, the United Nations political affairs chief said today" in a lead paragraph. */
function leadBriefer(head: string, offset: number, vocab: Vocabulary, whole: Words | null): Introduction | null {
	const m = LEAD_SUBJECT.exec(head);
	if (!m) return null;
	const subject = m[1];
	if (!OFFICE_WORD.test(subject) || PLURAL.test(subject) || /\b(?:and|or)\b/.test(subject.replace(/\b(?:for|of) [^,]*$/, ''))) return null;
	const start = m.index + m[0].indexOf(subject);
	const aff = affiliationFromTitle(subject, vocab, whole, offset + start) ?? UNITED_NATIONS;
	return { lead: true, speaker: build(null, subject.trim(), aff, 'briefer', head, offset, start, start + subject.length, vocab, whole) };
}

/**
 * `head` is the paragraph's first sentence, at `offset` of the text, where the speaker may say whom
 * they speak for; the speaker is head[start, end). `whole`, when given, are the text's words, of
 * which the head is the slice at `offset` (see introduceSpeaker).
 */
function build(name: string | null, title: string | null, aff: Affiliation | null, role: Role, head: string, offset: number, start: number, end: number,
	vocab: Vocabulary, whole: Words | null): Speaker {
	return {
		name, title,
		affiliation: aff?.name ?? null,
		affiliationKind: aff?.kind ?? null,
		role,
		onBehalfOf: onBehalfOf(head, aff?.name ?? null, vocab, whole, offset),
		span: { start: offset + start, end: offset + end },
	};
}
