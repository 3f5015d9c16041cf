/**
 * The engine's entry point: text in, one `Analysis` out. One tokenization feeds every lexicon;
 * segmentation is one pass over lines (verbatim) or paragraphs (coverage).
 */
import { segmentCoverage } from './coverage';
import { detectGenre } from './genre';
import { findInstitutions } from './institutions';
import { dropCollectedStarts, LineIndex } from './lines';
import { lineCursor } from './lineCursor';
import { firstAtLeastFrom, lastStartingBy } from './search';
import { Analysis, EMPTY_ANALYSIS, Heading, Mention, StateEntry, Statement, VoteRecord } from './model';
import { statementThemes } from './themes';
import { tokenize, Words } from './tokens';
import { segmentVerbatim, Turn } from './verbatim';
import { MatchList } from './phrases';
import { builtinVocabulary, StateInfo, Vocabulary } from './vocabulary';
import { voteOf } from './votes';
import { dropScratchUnits } from './chars';
import { dropKeptWords } from './wordSlab';
import { sliceAgain } from './sliceAgain';

export interface AnalyzeOptions {
	/** The vocabulary to use (the built-in one unless the user added themes). */
	readonly vocabulary?: Vocabulary;
}

/** Analyses one text. Returns EMPTY_ANALYSIS for text that is not a UN meeting text. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
	const vocab = options.vocabulary ?? builtinVocabulary();
	const { genre, unText } = detectGenre(text);
	if (!unText) return EMPTY_ANALYSIS;
	const index = new LineIndex(text);
	// Lines are asked mostly in text order (statements, then each body's and each state's mentions).
	const lineOf = lineCursor(index);

	// Tokenized before segmenting: the vote lists of a record and the first sentences of a release's
	// paragraphs are read from these words.
	const words = tokenize(text, 0, text.length, vocab.words);
	let turns: Turn[] = [];
	let headings: Heading[] = [];
	let votes: VoteRecord[] = [];
	let presidents: Analysis['presidents'] = [];
	// The states named in the text, found once: a record's vote lists are read from these matches too
	// (hence a list apart from the lexicon's own, with which those lines may scan again).
	const stateMatches = vocab.stateLexicon.scan(words, 0, words.count, stateScratch);
	if (genre === 'verbatim-record') {
		({ turns, headings, votes, presidents } = segmentVerbatim(text, index, vocab, words, stateMatches));
	} else if (genre === 'meeting-coverage') {
		({ turns, headings } = segmentCoverage(text, index, vocab, words));
	}

	const context: StatementContext = { vocab, votes, headings, lineOf };
	// Each turn's words searched for from the last turn's (turns come in text order).
	let hint = 0;
	const statements = turns.map((turn, i) => {
		const from = firstAtLeastFrom(words.start, turn.start, hint);
		hint = firstAtLeastFrom(words.start, turn.end, from);
		return buildStatement(text, turn, i, words, from, hint, context);
	});

	const analysis: Analysis = {
		genre,
		statements,
		headings,
		institutions: findInstitutions(text, words, vocab, lineOf),
		states: findStates(text, words, vocab, lineOf, stateMatches),
		votes,
		presidents,
	};
	// Nothing above keeps the words: their memory serves the next long text (see Words.release).
	words.release();
	return analysis;
}

/**
 * Lets go of the memory kept for the next long text (the tokenizer's arrays and the line starts'
 * at the size of the longest text analysed since): for a process that has been idle a while.
 */
export function dropScratch(): void {
	dropKeptWords();
	dropScratchUnits();
	dropCollectedStarts();
	spanScratch = new Int32Array(SPAN_SCRATCH);
	stateScratch = new MatchList();
}

/** What building a statement needs besides its own words. */
export interface StatementContext {
	readonly vocab: Vocabulary;
	readonly votes: readonly VoteRecord[];
	readonly headings: readonly Heading[];
	/** Maps an offset to its 1-based line. */
	readonly lineOf: (offset: number) => number;
}

/** The statement made in `turn`, whose words are words[from, to): themes, stances, cues, vote, section. */
export function buildStatement(text: string, turn: Turn, index: number, words: Words, from: number, to: number, context: StatementContext): Statement {
	const { vocab, votes, headings, lineOf } = context;
	const t = statementThemes(text, turn, words, from, to, vocab);
	// The themes' fields written one by one rather than spread: a spread in the middle of a literal
	// copies them through a generic runtime call. The order of the fields is the order of the JSON.
	return {
		index,
		span: { start: turn.start, end: turn.end },
		startLine: lineOf(turn.start),
		endLine: lineOf(Math.max(turn.start, turn.end - 1)),
		speaker: turn.speaker,
		themes: t.themes,
		stances: t.stances,
		themeCues: t.themeCues,
		stanceCues: t.stanceCues,
		keySentence: t.keySentence,
		vote: voteOf(text, turn, votes, vocab),
		section: lastStartingBy(headings, turn.start),
	};
}

// The state matches of a text (see analyze), in a list kept from text to text: a new one, grown to
// the matches of each, cost a dozen typed arrays a text, whose allocation is slow.
let stateScratch = new MatchList<StateInfo>();

// The mentions' offsets are written here (see findStates): the array kept from text to text, grown
// as texts need, spares allocating one for each, which cost a sixth of findStates.
const SPAN_SCRATCH = 1024;
let spanScratch = new Int32Array(SPAN_SCRATCH);

/**
 * Every mention of a member or observer state in `words`, grouped by state in order of first
 * mention. `matches`, the state lexicon's in `words`, when the caller found them already.
 */
export function findStates(text: string, words: Words, vocab: Vocabulary, lineOf: (o: number) => number,
	matches: MatchList<StateInfo> = vocab.stateLexicon.scan(words)): StateEntry[] {
	// The entries as returned, in order of first mention, and beside them (by the same index) the
	// last mention's text, which the next one spelled alike shares.
	// The offsets of all mentions first, in a loop of nothing else: in a long text the words' offsets
	// have left the caches since the matches were found, and loads that do not wait on one another
	// are fetched from memory side by side, where the loop below, which allocates and reads the text
	// and the lines, took each miss in turn.
	const n = matches.count;
	if (spanScratch.length < 2 * n) spanScratch = new Int32Array(Math.max(2 * n, 2 * spanScratch.length));
	const spans = spanScratch;
	const start = words.start, end = words.end, first = matches.first, last = matches.last;
	for (let k = 0; k < n; k++) {
		spans[2 * k] = start[first[k]];
		spans[2 * k + 1] = end[last[k]];
	}
	// Each state's slot by its key (states of one name share one), -1 until first mentioned.
	const slotOf = new Int32Array(vocab.states.length).fill(-1);
	const states: { name: string; observer: boolean; mentions: Mention[] }[] = [];
	const printed: string[] = [];
	for (let k = 0; k < n; k++) {
		const info = matches.value(k);
		let slot = slotOf[info.key];
		if (slot < 0) {
			slotOf[info.key] = slot = states.length;
			states.push({ name: info.name, observer: info.observer, mentions: [] });
			printed.push('');
		}
		const s = spans[2 * k], e = spans[2 * k + 1];
		states[slot].mentions.push({ span: { start: s, end: e }, line: lineOf(s), text: printed[slot] = sliceAgain(text, s, e, printed[slot]) });
	}
	return states;
}
