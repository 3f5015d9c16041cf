/**
 * The plain data the analysis engine produces. Every feature (tokens, hover, outline, positions
 * view, command line) reads one `Analysis` object; nothing here depends on an editor or protocol.
 *
 * Offsets are UTF-16 code-unit indices into the analysed text (JavaScript string indices, which
 * are also LSP's default position encoding); `end` is exclusive. Lines are 1-based.
 */

export type Genre = 'meeting-coverage' | 'verbatim-record' | 'other';

export type Role = 'chair' | 'member' | 'briefer' | 'observer' | 'secretariat';

export type Stance = 'supports' | 'opposes' | 'concerned' | 'calls-for' | 'condemns' | 'welcomes';

export const STANCES: readonly Stance[] = ['supports', 'opposes', 'concerned', 'calls-for', 'condemns', 'welcomes'];

export type Vote = 'in-favour' | 'against' | 'abstaining';

export type AffiliationKind = 'state' | 'observer' | 'organization' | 'group';

export interface Span {
	readonly start: number;
	readonly end: number;
}

export interface Speaker {
	/** The person's name as printed, or null when only a delegation or office is named. */
	readonly name: string | null;
	readonly title: string | null;
	/** A state's United Nations short name, an observer, or an organization ("United Nations"). */
	readonly affiliation: string | null;
	readonly affiliationKind: AffiliationKind | null;
	readonly role: Role | null;
	/** Groups or states spoken for (`speaking on behalf of the African Group`). */
	readonly onBehalfOf: readonly string[];
	/** The label or phrase that names the speaker in the text, if any. */
	readonly span: Span | null;
}

/** A phrase that signals a theme or a stance, with where it stands. */
export interface Cue {
	readonly span: Span;
	readonly theme?: string;
	readonly stance?: Stance;
}

export interface ThemeStance {
	readonly theme: string;
	readonly stance: Stance;
}

export interface Statement {
	/** Index in `Analysis.statements`. */
	readonly index: number;
	readonly span: Span;
	readonly startLine: number;
	readonly endLine: number;
	readonly speaker: Speaker;
	/** Built-in theme ids, strongest first (at most a few). */
	readonly themes: readonly string[];
	readonly stances: readonly ThemeStance[];
	readonly themeCues: readonly Cue[];
	readonly stanceCues: readonly Cue[];
	/** The sentence that best carries the statement's point, trimmed. */
	readonly keySentence: string;
	/** How the speaker's delegation voted, where the text reports it. */
	readonly vote: Vote | null;
	/** Index into `Analysis.headings` of the section the statement falls under, or -1. */
	readonly section: number;
}

export interface Heading {
	readonly text: string;
	readonly span: Span;
	readonly line: number;
	/** 1 for agenda items and titles, 2 for procedural sub-headings. */
	readonly level: 1 | 2;
}

export interface Mention {
	readonly span: Span;
	readonly line: number;
	/** The words as they stand in the text. */
	readonly text: string;
}

export type InstitutionKind =
	| 'organ' | 'subsidiary-body' | 'committee' | 'mission' | 'agency' | 'fund-programme'
	| 'court' | 'regional-organization' | 'intergovernmental-organization' | 'negotiating-group'
	| 'secretariat-office' | 'other';

export interface InstitutionEntry {
	readonly id: string;
	/** The full name as the text prints it (most often). */
	readonly name: string;
	/** The vocabulary's name for it (equal to `name` for bodies the text itself defined). */
	readonly canonical: string;
	readonly acronym: string | null;
	readonly kind: InstitutionKind;
	/** True when the text itself defined it, e.g. `the Something Panel (TSP)`. */
	readonly learned: boolean;
	readonly mentions: readonly Mention[];
}

export interface StateEntry {
	/** The United Nations short name. */
	readonly name: string;
	readonly observer: boolean;
	readonly mentions: readonly Mention[];
}

export interface VoteRecord {
	readonly span: Span;
	readonly line: number;
	readonly inFavour: readonly string[];
	readonly against: readonly string[];
	readonly abstaining: readonly string[];
}

export interface Analysis {
	readonly genre: Genre;
	readonly statements: readonly Statement[];
	readonly headings: readonly Heading[];
	readonly institutions: readonly InstitutionEntry[];
	readonly states: readonly StateEntry[];
	readonly votes: readonly VoteRecord[];
	/** The presiding officer from a verbatim record's cover page, if any. */
	readonly presidents: readonly { readonly name: string; readonly affiliation: string | null; readonly fromLine: number }[];
}

/** The analysis of a text that is not a UN meeting text. */
export const EMPTY_ANALYSIS: Analysis = Object.freeze({
	genre: 'other', statements: [], headings: [], institutions: [], states: [], votes: [], presidents: [],
});
