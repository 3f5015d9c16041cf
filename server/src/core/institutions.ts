/**
 * Institutions named in a text: every mention of an organ, body, mission, agency, court,
 * organization or negotiating group, by full name or acronym. Three sources, in one pass over the
 * words: the built-in lexicon; capitalised names ending in an institutional head noun ("Lake Chad
 * Basin Commission", "Panel of Inquiry"); and acronyms the text defines in parentheses
 * ("… Stabilization Mission in the Central African Republic (MINUSCA)"), learned on the fly.
 */
import { capitalisedRunBy, genericName, headAhead, lastHeadAtOrBefore, nameMayGoOn, nameMayLeaveRun, ofWithin, runHead as holdsHead, runLast } from './genericNames';
import { Collected, foldMemo, mergeShortForms, oneSpaced, printedNameOf, spelledAs } from './institutionNames';
import { definedAcronym, LearnedAcronyms } from './learnedAcronyms';
import { InstitutionEntry, InstitutionKind } from './model';
import { TitleCaseLines } from './titleCase';
import { Gap, Initial, Words } from './tokens';
import { foldName, InstitutionInfo, Vocabulary } from './vocabulary';

const UN_PREFIX = /^(?:United Nations|UN)\s+/;

/** Sanctions committees are named by the resolution that set them up. */
const PURSUANT = /Committee established pursuant to resolutions? \d{3,4}(?: \(\d{4}\))?(?:(?:,| and) \d{3,4}(?: \(\d{4}\))?){0,3}(?: concerning [A-Z][\w’' -]{2,60}[\w])?/y;

/**
 * Every institution mentioned in `words` (of `text`), with each mention's span and line.
 * `lineOf` maps an offset to its 1-based line.
 */
export function findInstitutions(text: string, words: Words, vocab: Vocabulary, lineOf: (offset: number) => number): InstitutionEntry[] {
	// The bodies named, in the order of their first mentions; the lexicon's by entry, the text's own by folded name.
	const bodies: Collected[] = [];
	// (By the lexicon's entry's key, a slot per body: a Map of the entries was looked up at every mention.)
	const known: (Collected | undefined)[] = new Array(vocab.institutions.length);
	const ownBodies = new Map<string, Collected>();
	// Headlines are in title case: every word is capitalised, so capitals say nothing there.
	const titleCase = new TitleCaseLines(text);
	const fold = foldMemo();
	// The acronyms the text has defined so far (none in most texts).
	let acronyms: LearnedAcronyms | null = null;
	const mention = (c: Collected, first: number, last: number): Collected => {
		const start = words.start[first], end = words.end[last];
		// Most mentions are spelled as the body's last (compared in place), most others as an earlier
		// one: either way the string is shared (mentions outlive the analysis), and the few spellings
		// are what printedNameOf weighs.
		let printed = c.printed;
		if (printed === undefined || printed.length !== end - start || !text.startsWith(printed, start)) printed = spelledAs(c, text.slice(start, end));
		c.mentions.push({ span: { start, end }, line: lineOf(start), text: c.printed = printed });
		return c;
	};
	// (The body's info is made only for its first mention; every body has all fields from the start, so that all have one shape.)
	const knownBody = (value: InstitutionInfo): Collected => {
		let c = known[value.key];
		if (c === undefined) {
			known[value.key] = c = { info: fromLexicon(value), mentions: [], printed: undefined, folded: value.folded, spellings: [] };
			bodies.push(c);
		}
		return c;
	};
	const addKnown = (value: InstitutionInfo, first: number, last: number): Collected => mention(knownBody(value), first, last);
	// The body each spelling of a name the text builds names (as printed: the name is its spelling
	// one-spaced), looked up at its first mention only: the lexicon's ("United Nations Security
	// Council" is the Security Council) or the text's own.
	const named = new Map<string, Collected>();
	const namedBody = (printed: string, kind: InstitutionKind): Collected => {
		let c = named.get(printed);
		if (c) return c;
		const name = oneSpaced(printed);
		const key = foldName(name);
		let info = vocab.institutionByKey(key);
		// (The prefix begins with a capital U: most names are not tried against it.)
		if (!info && name.charCodeAt(0) === 85 && UN_PREFIX.test(name)) info = vocab.institutionByKey(foldName(name.replace(UN_PREFIX, '')));
		if (info) c = knownBody(info);
		else {
			c = ownBodies.get(key);
			if (!c) {
				ownBodies.set(key, c = { info: { id: 'text:' + key, name, acronym: null, kind, learned: true }, mentions: [], printed: undefined, folded: key, spellings: [] });
				bodies.push(c);
			}
		}
		named.set(printed, c);
		return c;
	};
	const nw = vocab.nameWords;
	const lexicon = vocab.institutionLexicon;
	const initial = words.initial, count = words.count;
	const headFlags = nw.headsAnyCase.flagsAfter, connectorFlags = nw.connectAnyCase.flagsAfter;
	let runEnd = -1, runHead = false;
	// Of a run with a head, found when a name is first looked for in it: its last head (-2 before), and
	// whether a name read from one of its words ends in it.
	let runLastHead = -2, runShut = false;
	// Whether a name of our own found at word i (of a run with a head) could be taken, over the known
	// body's name found there if any (ending at word knownLast; -1 for none). Most words of such runs
	// can have none: then no name is read.
	const mayName = (i: number, knownLast: number): boolean => {
		if (runLastHead === -2) {
			runLastHead = lastHeadAtOrBefore(words, runEnd, nw);
			runShut = !nameMayLeaveRun(words, runEnd, nw);
		}
		if (!runShut) return true;
		// A name of one word is none, and a name holds a head: not after the run's last.
		if (i === runEnd || i > runLastHead) return false;
		// Longer than a known body's, it is taken only if it begins elsewhere (after an "of" in the run)
		// or the body is followed by a head's run, not by a connector (see below).
		return knownLast < 0 || !nw.connect.has(words, knownLast + 1) && headAhead(words, knownLast + 1, nw) || ofWithin(words, i + 1, runEnd, nw);
	};
	for (let i = 0; i < count; i++) {
		// Every name and acronym begins with a capital: most words of prose are passed over here, in a
		// loop of their own (a stretch of them costs one turn of the outer loop, not one each).
		while (i < count && initial[i] & Initial.AsciiLower) i++;
		if (i >= count) break;
		// A name of our own making needs a head noun in its capitalised run; most runs have none.
		if (i > runEnd) {
			const run = capitalisedRunBy(words, i, headFlags, connectorFlags);
			runEnd = runLast(run);
			runHead = holdsHead(run);
			runLastHead = -2;
		}
		if (!runHead) {
			// In a run without a head only a known body's name or a learned acronym is found: the words
			// before the next that may begin a known name are passed over at once (each still tried as
			// an acronym once some are learned).
			const next = lexicon.nextStart(words, i, runEnd + 1);
			if (next > i) {
				if (acronyms !== null) {
					for (let k = i; k < next; k++) {
						if (initial[k] & Initial.AsciiLower) continue;
						const learned = acronyms.at(words, k);
						if (learned) mention(learned, k, k);
					}
				}
				i = next - 1;
				continue;
			}
		}
		// The last word of the name of a known body that begins here (-1 for none), and below the body:
		// read apart, without a match object per name found.
		const knownLast = lexicon.longestLastAt(words, i);
		// Outside runs with a head, a word that begins no known body can only be a learned acronym:
		// the commonest case, weighed apart from the rest.
		if (knownLast < 0 && !runHead) {
			if (acronyms !== null) {
				const learned = acronyms.at(words, i);
				if (learned) mention(learned, i, i);
			}
			continue;
		}
		// A name of our own counts only when it runs past a known body's: most known bodies end where
		// no name could go on, and then it is not looked for.
		// (The body is read before genericName walks the lexicon again.)
		const knownValue = knownLast >= 0 ? lexicon.foundValue : null;
		const generic = runHead && (knownLast < 0 || nameMayGoOn(words, knownLast + 1, nw)) && mayName(i, knownLast) ? genericName(text, words, i, vocab) : null;
		let hit: Collected | null = null, hitLast = -1;
		// A name of our own wins over a known body only when longer, and then only if:
		// - a known body extends to a longer name only by another body's words ("African Union Peace
		//   and Security Council", "ICC Office of the Prosecutor"), not by "for Israel" or "Statute";
		// - "United Nations-African Union" is two known bodies side by side, not a third one;
		// - its line is no headline (weighed last: most lines are not headlines, and most names found
		//   are known bodies' names).
		if (generic && (knownLast < 0 || generic.last > knownLast
			&& (generic.first !== i || !nw.connect.has(words, knownLast + 1) && headAhead(words, knownLast + 1, nw))
			&& lexicon.longestLastAt(words, knownLast + 1) !== generic.last)
			&& !titleCase.at(words.start[i])) {
			hit = mention(namedBody(text.slice(words.start[generic.first], words.end[generic.last]), generic.kind), generic.first, generic.last);
			hitLast = generic.last;
		} else if (knownValue !== null) {
			hit = addKnown(knownValue, i, knownLast);
			hitLast = knownLast;
		} else if (runHead /* ("Committee" is a head) */ && nw.word.Committee.has(words, i) && (PURSUANT.lastIndex = words.start[i], PURSUANT.test(text))) {
			const end = PURSUANT.lastIndex;
			let last = i;
			while (last + 1 < words.count && words.end[last + 1] <= end) last++;
			// A committee the lexicon knows ("... pursuant to resolution 1540 (2004)") keeps its entry:
			// its phrase holds brackets, which no walk crosses, so only this pattern finds it.
			mention(namedBody(text.slice(words.start[i], end), 'committee'), i, last);
			i = last;
			continue;
		} else if (acronyms !== null) {
			const learned = acronyms.at(words, i);
			if (learned) {
				mention(learned, i, i);
				continue;
			}
		}
		if (!hit) continue;
		i = hitLast;
		// A bracket before the next word makes the gap a Break: after any other gap no acronym is
		// defined (the commonest case: it is told here, without a call).
		if (hitLast + 1 < count && words.gapBefore[hitLast + 1] !== Gap.Break) continue;
		const acronym = definedAcronym(text, words, hitLast);
		if (acronym) {
			if (!hit.info.acronym) hit.info = { ...hit.info, acronym: acronym.text };
			if (lexicon.longestLastAt(words, acronym.index) < 0) (acronyms ??= new LearnedAcronyms(vocab.words)).learn(acronym.text.split(/\s+/)[0], hit);
		}
	}
	// The keys in the order the analysis has always printed them.
	return mergeShortForms(bodies, fold).map(c => {
		const { info, mentions } = c;
		return { id: info.id, name: printedNameOf(c, fold), acronym: info.acronym, kind: info.kind, learned: info.learned, canonical: info.name, mentions };
	});
}

function fromLexicon(info: InstitutionInfo): Collected['info'] {
	return { id: info.id, name: info.name, acronym: info.acronym, kind: info.kind, learned: false };
}
