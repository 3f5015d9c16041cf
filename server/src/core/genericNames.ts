/**
 * Names of institutions the vocabulary does not list, built the way such names are: capitalised
 * words around a head noun ("Lake Chad Basin Commission", "Committee against Torture", "Panel of
 * Inquiry"), stopping at titles, documents, places and second bodies.
 *
 * The word lists it consults are in nameWords.ts, compiled into the vocabulary: words are tested
 * by id there, as strings only on the rare paths.
 */
import { InstitutionKind } from './model';
import { NameWords } from './nameWords';
import { Gap, Initial, isAllCaps, Words } from './tokens';
import { Vocabulary } from './vocabulary';

/**
 * A capitalised name starting at word `i` that ends in, or continues after, an institutional head
 * noun: "Lake Chad Basin Commission", "Committee against Torture", "Panel of Inquiry".
 */
export function genericName(text: string, words: Words, i: number, vocab: Vocabulary): { first: number; last: number; kind: InstitutionKind } | null {
	const nw = vocab.nameWords;
	// (The tests that end here come cheapest first: each says no on its own. The first two read only
	// what the caller's scan of the run has just read; the text and the words' spans come after.)
	if (!words.capitalized(i)) return null;
	const joined = i > 0 && words.gapBefore[i] === Gap.Join;
	// Start only at the beginning of a capitalised run ("Security" in "the Security Council", not "Council").
	if (joined && words.capitalized(i - 1) && !nw.nonName.has(words, i - 1)) return null;
	// A word joined across a line break is at least two letters long, as its span is.
	if (words.end[i] - words.start[i] < 2) return null;
	// Not inside a hyphenated word ("Chairperson-in-Office") nor after a document ("Treaty of Amity").
	if (joined && text.charCodeAt(words.start[i] - 1) === 45) return null;
	// A bare head ("the Council has") is the commonest case and names no one: the scan below would
	// stop after it and find a name of one word.
	if (nw.heads.has(words, i) && !continuesName(words, i + 1, nw)) return null;
	if (nw.nonName.has(words, i) || nw.ordinals.has(words, i) || nw.sequenceAdverbs.has(words, i) || nw.titles.has(words, i)
		|| nw.titleAdjectives.has(words, i) && nw.titles.has(words, i + 1)) return null;
	// … nor inside a document's title ("Treaty of Amity and Cooperation in Southeast Asia").
	for (let k = i - 1; k >= 0 && i - k < 8 && words.gapBefore[k + 1] === Gap.Join; k--) {
		if (nw.documents.has(words, k)) return null;
		if (!nw.connect.has(words, k) && !words.capitalized(k)) break;
	}
	let j = i;
	let headAt = -1;
	let lastCap = i;
	let capsBeforeHead = 0;
	while (j < words.count && j - i < 24) {
		// "Truth, Reconciliation and Reparations Commission": a list of capitalised words before the head.
		const listComma = j > i && headAt < 0 && words.gapBefore[j] === Gap.Comma && words.capitalized(j) && commaList(words, j, nw)
			&& vocab.institutionLexicon.longestLastAt(words, j) < 0 && vocab.institutionLexicon.longestLastAt(words, i) < 0;
		if (j > i && words.gapBefore[j] !== Gap.Join && !listComma) break;
		const digit = startsWithDigit(words, j);
		if (words.capitalized(j) || allCaps(words, j) || digit && j > i) {
			// After the head only a connector may continue the name: "Council President for June" is no body.
			if (headAt >= 0 && j === lastCap + 1 && lastCap === headAt && !digit && !headAhead(words, j, nw)) break;
			if (headAt < 0 && nw.heads.has(words, j)) headAt = j;
			else if (headAt < 0) capsBeforeHead++;
			lastCap = j;
			j++;
			continue;
		}
		// connectors continue a name only when a capitalised word follows ("Office of the High Commissioner")
		if (nw.connect.has(words, j) && !nw.word.the.has(words, j) && j + 1 < words.count && j > i) {
			let k = j;
			while (k < words.count && nw.connect.has(words, k) && k - j < 3) k++;
			if (k < words.count && words.gapBefore[k] === Gap.Join && words.capitalized(k) && !nw.nonName.has(words, k) && !nw.months.has(words, k)) {
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
		if (!nw.word.of.has(words, k)) continue;
		first = k + 1;
		while (first < headAt && nw.connect.has(words, first)) first++;
		break;
	}
	if (first !== i) return genericName(text, words, first, vocab);
	const last = lastCap;
	const span = last - i + 1;
	for (let k = i; k < headAt; k++) if (nw.documents.has(words, k)) return null;
	// "three African Council members": the head used as an adjective names no body.
	if (last === headAt && last + 1 < words.count && nw.attributive.has(words, last + 1) && words.gapBefore[last + 1] === Gap.Join) return null;
	if (span === 1) return null; // a bare "Council" or "Committee" names no one
	if (nw.weakHeads.has(words, headAt) && capsBeforeHead < 2 && headAt === last) return null;
	if (headAt === i && last === headAt) return null;
	// "Permanent Mission", "Main Committee", "National Council": a common adjective and a head is a
	// description, not a name.
	if (span === 2 && headAt === last && nw.genericAdjectives.has(words, i)) return null;
	// Meetings, not bodies: "Fourth World Conference on Women", "World Summit for Social Development".
	if (nw.meetingHeads.has(words, headAt) && (nw.word.World.has(words, headAt - 1) || nw.ordinals.has(words, i))) return null;
	// (The head is spelt as heads.ts spells it, so its id says which it is.)
	return { first: i, last, kind: nw.headKinds.get(words.id[headAt])! };
}

/**
 * Whether the connector at word j (followed by the capitalised word k) continues the name begun at
 * word i, whose head (if any yet) is at headAt.
 */
function connectorContinues(words: Words, vocab: Vocabulary, i: number, j: number, k: number, headAt: number): boolean {
	const nw = vocab.nameWords;
	const and = nw.word.and.has(words, j);
	if (headAt < 0) {
		// Before the head only lists and qualifiers join: "Truth, Reconciliation and Reparations Commission".
		if (!(and || nw.word.for.has(words, j) || nw.word.of.has(words, j))) return false;
		if (and && nw.word.the.has(words, j + 1)) return false;
		// "OCHA and the Monitoring Mechanism": a known body or state before "and" stands alone.
		if (and && (vocab.institutionLexicon.longestLastAt(words, i) === j - 1 || vocab.stateLexicon.longestLastAt(words, i) === j - 1)) return false;
		return true;
	}
	if (and) {
		// "Department of Political and Peacebuilding Affairs" joins qualifiers; "the Court and the Rome
		// Statute", "the African Union and the Lake Chad Basin Commission" are two things.
		if (j - 1 === headAt || nw.word.the.has(words, j + 1)) return false;
		return !(vocab.institutionLexicon.longestLastAt(words, k) >= 0 || vocab.stateLexicon.longestLastAt(words, k) >= 0 || headAhead(words, k, nw));
	}
	// Only bodies that serve somewhere are named by the place: "Mission in …", "Office to …".
	if ((nw.word.in.has(words, j) || nw.word.to.has(words, j)) && !nw.placedHeads.has(words, headAt)) return false;
	// "… Working Group on the Council": a bare body after the connector is another body.
	if (nw.heads.has(words, k) && !(k + 1 < words.count && words.gapBefore[k + 1] === Gap.Join && words.capitalized(k + 1))) return false;
	// "National AIDS Centre of Poland": a state after "of" says whose it is, not what it is called.
	if (nw.word.of.has(words, j)) {
		const st = vocab.stateLexicon.longestLastAt(words, k);
		if (st >= 0 && !(st + 1 < words.count && words.gapBefore[st + 1] === Gap.Join && words.capitalized(st + 1))) return false;
	}
	return true;
}

/**
 * The capitalised run (with its connectors) that starts at word i: twice the index of its last
 * word, plus one when the run holds a head noun (one number, so that nothing is allocated or kept
 * aside: this runs for every run). See `runLast` and `runHead`.
 */
export function capitalisedRun(words: Words, i: number, nw: NameWords): number {
	return capitalisedRunBy(words, i, nw.headsAnyCase.flagsAfter, nw.connectAnyCase.flagsAfter);
}

/**
 * `capitalisedRun` with the head and connector flags by id + 1 (`flagsAfter` of `headsAnyCase` and
 * `connectAnyCase`) read once by the caller, for a caller that measures every run of a text.
 */
export function capitalisedRunBy(words: Words, i: number, heads: Uint8Array, connectors: Uint8Array): number {
	const ids = words.id, gaps = words.gapBefore, initial = words.initial, count = words.count;
	// (Indexed by id + 1: a word no lexicon knows, id -1, reads 0 and needs no test of its own.)
	let j = i, hasHead = 0;
	for (;;) {
		hasHead |= heads[ids[j] + 1];
		const k = j + 1;
		if (k >= count || gaps[k] === Gap.Break) break;
		if ((initial[k] & Initial.Upper) === 0 && (connectors[ids[k] + 1] === 0 || k + 1 >= count)) break;
		j = k;
	}
	return 2 * j + hasHead;
}

/** The last word of a run measured by `capitalisedRun`. */
export function runLast(run: number): number {
	return run >> 1;
}

/** Whether a run measured by `capitalisedRun` holds a head noun. */
export function runHead(run: number): boolean {
	return (run & 1) !== 0;
}

/**
 * False when no name `genericName` finds can hold word k (and so end after word k-1): the scan takes
 * a word only after a join or a comma, and only when it begins with a capital or a digit or is a
 * connector (a run of connectors is taken whatever the gaps between them, so a connector says yes).
 */
export function nameMayGoOn(words: Words, k: number, nw: NameWords): boolean {
	if (k >= words.count) return false;
	if ((words.initial[k] & Initial.AsciiLower) === 0) return words.gapBefore[k] !== Gap.Break;
	return nw.connect.has(words, k);
}

/**
 * Whether the scan of `genericName` from a word of the capitalised run that ends at word e (see
 * `capitalisedRun`) may read on past e. It may not when the word after e is no connector as the scan
 * spells them (a run of those is taken whatever the gaps between them; "The" after a full stop is
 * none) and is not joined to e or begins in lower case: the scan takes a word only after a join (or
 * a comma before a capital, which would be in the run), and then a capital (which would be in the
 * run too), a number or a connector. While it may not, a name found from a word of the run ends in
 * the run, with a head noun in it.
 */
export function nameMayLeaveRun(words: Words, e: number, nw: NameWords): boolean {
	const k = e + 1;
	if (k >= words.count) return false;
	if (nw.connect.has(words, k)) return true;
	return words.gapBefore[k] === Gap.Join && (words.initial[k] & Initial.AsciiLower) === 0;
}

/** The last word at or before word e that is a head noun in any case (there must be one). */
export function lastHeadAtOrBefore(words: Words, e: number, nw: NameWords): number {
	const heads = nw.headsAnyCase.flagsAfter, ids = words.id;
	let k = e;
	while (heads[ids[k] + 1] === 0) k--;
	return k;
}

/** Whether some word in [from, to] is "of" (the only word after which a name may begin later than where its scan began). */
export function ofWithin(words: Words, from: number, to: number, nw: NameWords): boolean {
	for (let k = from; k <= to; k++) if (nw.word.of.has(words, k)) return true;
	return false;
}

/**
 * Whether the scan in `genericName` can go on past a head at word j-1 to word j: word j is joined to
 * it and capitalised, in capitals, a number, or a connector other than "the". When false, the
 * name found would be the head alone.
 */
function continuesName(words: Words, j: number, nw: NameWords): boolean {
	if (j >= words.count || words.gapBefore[j] !== Gap.Join) return false;
	return words.capitalized(j) || allCaps(words, j) || startsWithDigit(words, j) || nw.connect.has(words, j) && !nw.word.the.has(words, j);
}

/** At word j after a comma: a capitalised list that ends "and X … Head" within a few words. */
function commaList(words: Words, j: number, nw: NameWords): boolean {
	for (let k = j + 1; k < words.count && k - j < 5; k++) {
		if (words.gapBefore[k] !== Gap.Join) return false;
		if (nw.word.and.has(words, k)) return headAhead(words, k + 1, nw);
		if (!words.capitalized(k)) return false;
	}
	return false;
}

/** True when a capitalised run starting at word k holds an institutional head noun. */
export function headAhead(words: Words, k: number, nw: NameWords): boolean {
	for (let j = k; j < words.count && j - k < 12; j++) {
		if (j > k && words.gapBefore[j] !== Gap.Join) return false;
		if (nw.heads.has(words, j)) return true;
		if (!words.capitalized(j) && !nw.connect.has(words, j)) return false;
	}
	return false;
}

/** `/^\d/` on the word: its first character is an ASCII digit (a joined word begins where its span does). */
function startsWithDigit(words: Words, j: number): boolean {
	return (words.initial[j] & Initial.AsciiDigit) !== 0;
}

/** `isAllCaps` of the word, read from the text when it is plain ASCII letters and digits. */
function allCaps(words: Words, j: number): boolean {
	const src = words.source;
	let upper = false;
	for (let p = words.start[j], e = words.end[j]; p < e; p++) {
		const c = src.charCodeAt(p);
		if (c >= 97 && c <= 122) return false;
		if (c >= 65 && c <= 90) upper = true;
		else if (!(c >= 48 && c <= 57)) return isAllCaps(words.word(j)); // accents, or a joined word
	}
	return upper;
}
