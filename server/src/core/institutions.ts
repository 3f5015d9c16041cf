/**
 * Institutions named in a text: every mention of an organ, body, mission, agency, court,
 * organization or negotiating group, by full name or acronym. Three sources, in one pass over the
 * words: the built-in lexicon; capitalised names ending in an institutional head noun ("Lake Chad
 * Basin Commission", "Panel of Inquiry"); and acronyms the text defines in parentheses
 * ("… Stabilization Mission in the Central African Republic (MINUSCA)"), learned on the fly.
 */
import { capitalisedRun, CONNECT, genericName, headAhead } from './genericNames';
import { InstitutionEntry, InstitutionKind, Mention } from './model';
import { isAllCaps, Words } from './tokens';
import { foldName, InstitutionInfo, Vocabulary } from './vocabulary';

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

