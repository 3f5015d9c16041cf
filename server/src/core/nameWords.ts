/**
 * The fixed word lists the recognizer of institutions' names consults (titles, documents,
 * connectors, months …), compiled into the vocabulary's WordTable so that a text word is tested
 * by its id: the recognizer asks these questions of every capitalised word, and cutting each word
 * out as a string to ask them cost more than the answers.
 *
 * Each set answers exactly what a Set of strings answered for `words.word(i)` (or, for the
 * lower-case sets, for `words.lowerWord(i)`), including for a word joined across a line break.
 */
import { HEADS } from './heads';
import { InstitutionKind } from './model';
import { Words } from './tokens';
import { WordTable } from './wordTable';

/** Heads too generic to name an institution unless the words before them do. */
const WEAK_HEADS = ['Force', 'Operation', 'Cooperation', 'Partnership', 'Team', 'Unit', 'Service', 'Summit', 'Conference', 'Campaign', 'Structure', 'Facility', 'Trust', 'Society', 'Societies'];
/** Heads whose names say where they serve: "Mission in the Central African Republic". */
const PLACED_HEADS = ['Mission', 'Office', 'Operation', 'Force', 'Centre', 'Center', 'Team', 'Unit', 'Presence'];
/** Heads that name meetings after "World" or an ordinal ("Fourth World Conference on Women"). */
const MEETING_HEADS = ['Conference', 'Summit', 'Assembly'];
/** Words of a person's title: "Chief of the …", "Minister for …" begin no institution's name. */
const TITLES = ['Chief', 'Director', 'Head', 'Minister', 'Secretary', 'Secretary-General', 'President', 'Vice-President', 'Representative', 'Envoy', 'Ambassador', 'Commander', 'Coordinator', 'Chair', 'Chairman', 'Chairperson', 'Rapporteur', 'Adviser', 'Advisor', 'Prosecutor', 'Registrar', 'Judge', 'Chef', 'King', 'Queen', 'Prince', 'Emir', 'Sheikh', 'Governor', 'Mayor', 'Spokesperson', 'Spokesman', 'Commissioner', 'Officer'];
/** Words that make a title only before a title noun: "Special Representative", not "Special Court". */
const TITLE_ADJECTIVES = ['Executive', 'Deputy', 'Under', 'Assistant', 'Special', 'High', 'Prime', 'Foreign', 'Permanent', 'Acting', 'Senior', 'Chief'];
/** Names of documents: a body's name does not run through them ("Durban Declaration and Programme of Action"). */
const DOCUMENTS = ['Report', 'Reports', 'Declaration', 'Treaty', 'Statute', 'Charter', 'Agenda', 'Resolution', 'Resolutions', 'Decision', 'Convention', 'Protocol', 'Rule', 'Rules', 'Article', 'Chapter', 'Note', 'Letter', 'Document', 'Agreement', 'Agreements', 'Accord', 'Accords', 'Plan', 'Strategy', 'Framework', 'Pact', 'Compact', 'Principles', 'Guidelines'];
/** Words that join the parts of a name ("Office of the High Commissioner"), in the case they are written. */
const CONNECT = ['of', 'for', 'on', 'the', 'and', 'in', 'to', 'against', 'de', 'du', 'des', 'pour'];
/** Capitalised words that begin sentences or name things other than institutions. */
const NON_NAME = ['Report', 'Reports', 'Declaration', 'Treaty', 'Statute', 'Charter', 'Agenda', 'Resolution', 'Resolutions', 'Decision', 'Convention', 'Protocol', 'Rule', 'Rules', 'Article', 'Chapter', 'Note', 'Letter', 'Document', 'Enlargement', 'Election', 'Elections', 'Appointment', 'Review', 'Strengthening', 'Revitalization', 'Situation', 'Question', 'Item', 'Ambassadors', 'Members', 'States', 'Heads', 'Ministers', 'Access', 'The', 'A', 'An', 'In', 'On', 'At', 'As', 'By', 'For', 'With', 'From', 'To', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your', 'It', 'We', 'They', 'He', 'She', 'I', 'Mr', 'Ms', 'Mrs', 'Dr', 'Both', 'Each', 'Every', 'All', 'Such', 'Under', 'Through', 'Without', 'Since', 'While', 'When', 'If', 'And', 'But', 'Also', 'Today', 'Member', 'Members', 'Several', 'Many', 'Some', 'Any', 'No', 'Other', 'Another', 'Like', 'Unlike', 'Let', 'May', 'Moreover', 'However', 'Furthermore', 'Finally', 'Thus', 'Given', 'Following', 'Despite', 'During', 'After', 'Before', 'Whereas', 'Recalling', 'Welcoming', 'Noting', 'Stressing', 'Expressing', 'Taking', 'Speaking', 'Turning', 'Citing', 'Dear', 'Excellencies', 'President', 'Madam', 'Sir', 'Thank', 'Allow'];
/** Sentence adverbs that begin no name. */
const SEQUENCE_ADVERBS = ['Firstly', 'Secondly', 'Thirdly', 'Fourthly', 'Fifthly', 'Lastly'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth'];
/** Words after a head that use it as an adjective: "three African Council members". In lower case. */
const ATTRIBUTIVE = ['members', 'member', 'presidency', 'president', 'resolution', 'resolutions', 'mandate', 'mandates', 'meeting', 'meetings', 'consultations', 'decision', 'decisions', 'agenda', 'chamber', 'report', 'reports', 'mission', 'missions', 'visit', 'session', 'sessions', 'debate', 'debates', 'action', 'products', 'statement', 'statements', 'unity', 'practice', 'work'];
/** Adjectives that with a head describe a body rather than name it ("Permanent Mission"). In lower case. */
const GENERIC_ADJECTIVES = ['permanent', 'national', 'general', 'technical', 'executive', 'joint', 'special', 'state', 'study', 'main', 'standing', 'legal', 'political', 'regional', 'international', 'global', 'high', 'independent', 'new', 'same', 'whole', 'entire', 'relevant', 'respective', 'competent', 'federal', 'provisional', 'interim', 'transitional', 'military', 'civilian', 'central', 'local', 'sectoral', 'expert', 'advisory', 'steering', 'working', 'security', 'peace', 'human', 'trust', 'ad', 'preparatory', 'organizing', 'drafting', 'plenary', 'investigative', 'monitoring', 'fact'];

/** The compiled sets, one per list above (see `compileNameWords`). */
export interface NameWords {
	readonly heads: ExactWords;
	readonly weakHeads: ExactWords;
	readonly placedHeads: ExactWords;
	readonly meetingHeads: ExactWords;
	readonly titles: ExactWords;
	readonly titleAdjectives: ExactWords;
	readonly documents: ExactWords;
	readonly connect: ExactWords;
	readonly nonName: ExactWords;
	readonly sequenceAdverbs: ExactWords;
	readonly months: ExactWords;
	readonly ordinals: ExactWords;
	/** Head nouns in any case (a run holds a head when some word's folded id is one). */
	readonly headsAnyCase: FoldedWords;
	/** CONNECT in any case (`lowerWord` was tested). */
	readonly connectAnyCase: FoldedWords;
	readonly attributive: FoldedWords;
	readonly genericAdjectives: FoldedWords;
	/** The kind of body each head noun suggests, by word id (see heads.ts). */
	readonly headKinds: ReadonlyMap<number, InstitutionKind>;
	/** Single words tested for by the recognizer: "of", "and", "the", "in", "to", "for", "Committee", "World". */
	readonly word: { readonly [w in SingleWord]: ExactWords };
}

type SingleWord = 'of' | 'and' | 'the' | 'in' | 'to' | 'for' | 'Committee' | 'World';
const SINGLE_WORDS: readonly SingleWord[] = ['of', 'and', 'the', 'in', 'to', 'for', 'Committee', 'World'];

/**
 * Interns every list in `table` and compiles it. Call it once the lexicons are in the table and
 * before any text is read: the sets are sized to the table as it then is.
 */
export function compileNameWords(table: WordTable): NameWords {
	const exact = (list: readonly string[]) => new ExactWords(table, list);
	const folded = (list: readonly string[]) => new FoldedWords(table, list);
	const sets = {
		heads: exact(Object.keys(HEADS)),
		weakHeads: exact(WEAK_HEADS), placedHeads: exact(PLACED_HEADS), meetingHeads: exact(MEETING_HEADS),
		titles: exact(TITLES), titleAdjectives: exact(TITLE_ADJECTIVES), documents: exact(DOCUMENTS),
		connect: exact(CONNECT), nonName: exact(NON_NAME), sequenceAdverbs: exact(SEQUENCE_ADVERBS),
		months: exact(MONTHS), ordinals: exact(ORDINALS),
		headsAnyCase: folded(Object.keys(HEADS).map(h => h.toLowerCase())), connectAnyCase: folded(CONNECT), attributive: folded(ATTRIBUTIVE), genericAdjectives: folded(GENERIC_ADJECTIVES),
		word: Object.fromEntries(SINGLE_WORDS.map(w => [w, exact([w])])) as NameWords['word'],
		headKinds: new Map(Object.entries(HEADS).map(([h, kind]) => [table.intern(h), kind])),
	};
	for (const set of [...Object.values(sets).filter(s => s instanceof ExactWords || s instanceof FoldedWords), ...Object.values(sets.word)] as (ExactWords | FoldedWords)[]) {
		(set as ExactWords | FoldedWords).seal(table.size);
	}
	return sets;
}

/**
 * True when word i of `words` is `w` exactly (what `words.word(i) === w` says), read from the
 * text without making a string. `w` must hold no line break.
 */
export function wordIs(words: Words, i: number, w: string): boolean {
	if (!(i >= 0 && i < words.count)) return words.word(i) === w;
	const src = words.source, s = words.start[i], n = words.end[i] - s;
	for (let k = 0; k < w.length; k++) {
		if (k >= n) return false;
		const c = src.charCodeAt(s + k);
		// A word's span holds a hyphen only when the word was joined across a line break.
		if (c !== w.charCodeAt(k)) return c === 45 ? words.word(i) === w : false;
	}
	return n === w.length;
}

/** ASCII words only: the id tests below rely on their folding and lower-casing being the same. */
function checked(list: readonly string[]): string[] {
	for (const w of list) if (!/^[\x20-\x7e]+$/.test(w)) throw new Error(`name word not ASCII: ${w}`);
	// "Secretary-General" is two words to the tokenizer: no single word ever equals it.
	return list.filter(w => /^[A-Za-z0-9]+$/.test(w));
}

const enum Spelling { Lower, Capitalised, Other }

function spellingOf(w: string): Spelling {
	if (/^[a-z]+$/.test(w)) return Spelling.Lower;
	if (/^[A-Z][a-z]*$/.test(w)) return Spelling.Capitalised;
	return Spelling.Other;
}

/** A set of words compared as written, case included. */
export class ExactWords {
	/** The set's words as strings: `has` answers what `strings.has` answers for the word (see each class). */
	readonly strings: ReadonlySet<string>;
	/** The set's spelling of each folded word id. */
	private readonly spellings = new Map<number, string>();
	/** How every word of the set is spelt, when they all are alike: then the text is read, not compared. */
	private readonly spelling: Spelling;
	private member = new Uint8Array(0);

	constructor(table: WordTable, list: readonly string[]) {
		this.strings = new Set(list);
		const words = checked(list);
		const kinds = new Set(words.map(spellingOf));
		this.spelling = kinds.size === 1 ? [...kinds][0] : Spelling.Other;
		for (const w of words) {
			const id = table.intern(w);
			const had = this.spellings.get(id);
			if (had !== undefined && had !== w) throw new Error(`two spellings of one word in a set: ${had}, ${w}`);
			this.spellings.set(id, w);
		}
	}

	/** @internal Makes the dense lookup array once the table is complete. */
	seal(size: number): void {
		this.member = new Uint8Array(size);
		for (const id of this.spellings.keys()) this.member[id] = 1;
	}

	/** Whether `words.word(i)` is in the set. */
	has(words: Words, i: number): boolean {
		// (Kept small, so that the compiler copies it into its callers: most words are no member, and
		// the answer is then one read of the array.)
		const id = words.id[i];
		if (id === undefined) return this.strings.has(words.word(i)); // past the end: as the string test answered
		if (id < 0 || this.member[id] !== 1) return false;
		return this.spelledAsSet(words, i, id);
	}

	/** Whether word i, whose folded id is the set's word `id`, is spelt as the set spells it. */
	private spelledAsSet(words: Words, i: number, id: number): boolean {
		if (this.spelling === Spelling.Other) return wordIs(words, i, this.spellings.get(id)!);
		const src = words.source;
		const s = words.start[i], e = words.end[i];
		let c = src.charCodeAt(s);
		if (this.spelling === Spelling.Capitalised ? !(c >= 65 && c <= 90) : !(c >= 97 && c <= 122)) return c === 45 && wordIs(words, i, this.spellings.get(id)!);
		for (let p = s + 1; p < e; p++) {
			c = src.charCodeAt(p);
			if (c >= 97 && c <= 122) continue;
			// A hyphen in the span: a word joined across a line break, compared as a string.
			return c === 45 && wordIs(words, i, this.spellings.get(id)!);
		}
		return true;
	}
}

/** A set of lower-case words compared with the text's word in lower case. */
export class FoldedWords {
	/** The set's words as strings: `has` answers what `strings.has` answers for the word (see each class). */
	readonly strings: ReadonlySet<string>;
	private readonly ids: number[] = [];
	/**
	 * 1 at index id + 1 for the ids of the set's words, so that the id -1 of a word no lexicon knows
	 * reads the 0 at index 0 and needs no test of its own.
	 */
	private memberAfter = new Uint8Array(1);

	constructor(table: WordTable, list: readonly string[]) {
		this.strings = new Set(list);
		for (const w of checked(list)) {
			if (w !== w.toLowerCase()) throw new Error(`folded set word not in lower case: ${w}`);
			this.ids.push(table.intern(w));
		}
	}

	/** @internal Makes the dense lookup array once the table is complete. */
	seal(size: number): void {
		this.memberAfter = new Uint8Array(size + 1);
		for (const id of this.ids) this.memberAfter[id + 1] = 1;
	}

	/** Whether `words.lowerWord(i)` is in the set. */
	has(words: Words, i: number): boolean {
		const id = words.id[i];
		if (id === undefined) return this.strings.has(words.lowerWord(i));
		return this.memberAfter[id + 1] === 1;
	}

	/** The set by id + 1 (see memberAfter), for loops that test many words. */
	get flagsAfter(): Uint8Array {
		return this.memberAfter;
	}
}
