/**
 * The engine's vocabularies (member states, institutions, themes, stance cues), read from the data
 * files in server/data (bundled at build time) and compiled once into phrase lexicons.
 */
import statesData from '../../data/states.json';
import institutionsData from '../../data/institutions.json';
import themesData from '../../data/themes.json';
import stancesData from '../../data/stances.json';
import { InstitutionKind, Stance } from './model';
import { compileNameWords, NameWords } from './nameWords';
import { PhraseLexicon } from './phrases';
import { WordTable } from './wordTable';

export interface StateInfo {
	readonly name: string;
	readonly observer: boolean;
	readonly groups: readonly string[];
	/**
	 * The index in `Vocabulary.states` of the first state of this name: what mentions are grouped by,
	 * so that findStates reads a slot per mention from an array instead of a Map of names.
	 */
	readonly key: number;
}

export interface InstitutionInfo {
	readonly id: string;
	readonly name: string;
	readonly acronym: string | null;
	readonly kind: InstitutionKind;
	/** The index in `Vocabulary.institutions`: findInstitutions keeps each body it finds in a slot by it. */
	readonly key: number;
	/** `foldName(name)`, which the merging of a text's short forms weighs for every body it names. */
	readonly folded: string;
}

export interface ThemeInfo {
	readonly id: string;
	readonly label: string;
	readonly description: string;
	readonly user?: boolean;
	readonly broader?: string | null;
}

export interface ThemeDefinition extends ThemeInfo {
	readonly cues?: readonly string[];
}

export type CueValue = { readonly theme: string; readonly stance?: undefined } | { readonly stance: Stance; readonly theme?: undefined };

export interface Vocabulary {
	/** Every word the lexicons below contain; texts are tokenized against it. */
	readonly words: WordTable;
	/** The word lists of the recognizer of institutions' names, by word id (see nameWords.ts). */
	readonly nameWords: NameWords;
	readonly states: readonly StateInfo[];
	/** State names and variants as they run in text. */
	readonly stateLexicon: PhraseLexicon<StateInfo>;
	/** Demonyms: "Chinese", "French". */
	readonly adjectiveLexicon: PhraseLexicon<StateInfo>;
	readonly institutions: readonly InstitutionInfo[];
	readonly institutionLexicon: PhraseLexicon<InstitutionInfo>;
	readonly themes: readonly ThemeInfo[];
	/** Theme and stance cue phrases in one lexicon, so that each word is looked up once. */
	readonly cues: PhraseLexicon<CueValue>;
	/** A state by any of its names, folded (see `foldName`). */
	stateByName(name: string): StateInfo | null;
	/** An institution by full name, variant or acronym, folded. */
	institutionByName(name: string): InstitutionInfo | null;
	/** An institution by a name already folded with `foldName`. */
	institutionByKey(key: string): InstitutionInfo | null;
	theme(id: string): ThemeInfo | null;
}

/** Lower case, no accents, apostrophes unified, brackets and a leading "the" dropped. */
export function foldName(name: string): string {
	return foldAsciiName(name) ?? name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘`]/g, "'").toLowerCase()
		.replace(/[()[\],.]/g, ' ').replace(/[-‐‑–]/g, ' ').replace(/\s+/g, ' ').trim()
		.replace(/^the /, '');
}

/**
 * `foldName` of a name in ASCII, in one pass (the engine folds every name it builds); null for any
 * other name. Separators are the ASCII white space, brackets, comma, full stop and hyphen.
 */
function foldAsciiName(name: string): string | null {
	// Most names are words separated by single spaces: then lower-casing is all there is to it.
	let plain = true;
	for (let i = 0; i < name.length; i++) {
		const c = name.charCodeAt(i);
		if (c >= 128) return null;
		if (c === 32 ? i === 0 || i === name.length - 1 || name.charCodeAt(i + 1) === 32 : c < 48 || c === 96 || c === 91 || c === 93) {
			plain = false;
			break;
		}
	}
	if (plain) {
		const lower = name.toLowerCase();
		return lower.startsWith('the ') ? lower.slice(4) : lower;
	}
	let out = '';
	let space = false;
	for (let i = 0; i < name.length; i++) {
		let c = name.charCodeAt(i);
		if (c >= 128) return null;
		if (c === 32 || (c >= 9 && c <= 13) || c === 40 || c === 41 || c === 91 || c === 93 || c === 44 || c === 46 || c === 45) {
			space = out.length > 0;
			continue;
		}
		if (space) {
			out += ' ';
			space = false;
		}
		if (c >= 65 && c <= 90) c += 32;
		else if (c === 96) c = 39; // a backquote is an apostrophe
		out += String.fromCharCode(c);
	}
	return out.startsWith('the ') ? out.slice(4) : out;
}

let builtin: Vocabulary | null = null;

/** The built-in vocabulary, compiled on first use. */
export function builtinVocabulary(): Vocabulary {
	return builtin ??= compileVocabulary([]);
}

/** The built-in vocabulary with the user's own themes added (data only: cue phrases, no patterns). */
export function compileVocabulary(userThemes: readonly ThemeDefinition[]): Vocabulary {
	const words = new WordTable();
	const states: StateInfo[] = [];
	const stateLexicon = new PhraseLexicon<StateInfo>(words, 'name');
	const adjectiveLexicon = new PhraseLexicon<StateInfo>(words, 'name');
	const stateKeys = new Map<string, StateInfo>();
	const keyOfName = new Map<string, number>();
	for (const s of statesData.states) {
		let key = keyOfName.get(s.name);
		if (key === undefined) keyOfName.set(s.name, key = states.length);
		const info: StateInfo = { name: s.name, observer: s.observer, groups: s.groups ?? [], key };
		states.push(info);
		for (const v of [s.name, ...s.variants]) {
			stateLexicon.add(v, info);
			stateKeys.set(foldName(v), info);
		}
		for (const a of s.adjectives ?? []) adjectiveLexicon.add(a, info);
	}

	const institutions: InstitutionInfo[] = [];
	const institutionLexicon = new PhraseLexicon<InstitutionInfo>(words, 'name');
	const institutionKeys = new Map<string, InstitutionInfo>();
	for (const i of institutionsData.institutions as { id: string; name: string; acronym: string | null; kind: string; variants?: string[] }[]) {
		const info: InstitutionInfo = { id: i.id, name: i.name, acronym: i.acronym, kind: i.kind as InstitutionKind, key: institutions.length, folded: foldName(i.name) };
		institutions.push(info);
		for (const v of [i.name, ...(i.variants ?? []), ...(i.acronym ? [i.acronym] : [])]) {
			institutionLexicon.add(v, info);
			if (!institutionKeys.has(foldName(v))) institutionKeys.set(foldName(v), info);
		}
	}

	const themes: ThemeInfo[] = [];
	const cues = new PhraseLexicon<CueValue>(words, 'any');
	for (const t of [...(themesData.themes as ThemeDefinition[]), ...userThemes.map(t => ({ ...t, user: true }))]) {
		if (themes.some(x => x.id === t.id)) continue;
		themes.push({ id: t.id, label: t.label, description: t.description, user: t.user, broader: t.broader ?? null });
		for (const cue of t.cues ?? []) cues.add(cue, { theme: t.id });
	}
	const themeById = new Map(themes.map(t => [t.id, t]));

	// A phrase that is both a theme cue and a stance cue counts as the theme's (added first).
	for (const s of stancesData.stances as { id: Stance; cues: string[] }[]) {
		for (const cue of s.cues) cues.add(cue, { stance: s.id });
	}

	// Everything is interned before any text is read: the table never changes afterwards, so the
	// same text always tokenizes the same way.
	const nameWords = compileNameWords(words);
	return {
		words, nameWords, states, stateLexicon, adjectiveLexicon, institutions, institutionLexicon, themes, cues,
		stateByName: name => stateKeys.get(foldName(name)) ?? null,
		institutionByName: name => institutionKeys.get(foldName(name)) ?? null,
		institutionByKey: key => institutionKeys.get(key) ?? null,
		theme: id => themeById.get(id) ?? null,
	};
}
