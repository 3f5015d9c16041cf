/**
 * The pure token computation: Analysis (+ which statements carry user annotations) → a sorted,
 * non-overlapping list of single-line tokens, each remembering the entity it stands for so that
 * hover and navigation can look entities up by offset with a binary search. Encoding into the LSP
 * integer array is left to the SemanticTokensBuilder in semanticTokens.ts.
 */
import { LineIndex } from '../core/lines';
import { Analysis, InstitutionEntry, Mention, Statement } from '../core/model';
import { firstStartingFrom } from '../core/search';
import { modifierBits, TokenType, typeIndex } from './legend';

/** What a token stands for (indices into the Analysis arrays). */
export type TokenRef =
	| { readonly kind: 'speaker'; readonly statement: number }
	| { readonly kind: 'institution'; readonly entry: number }
	| { readonly kind: 'state'; readonly entry: number }
	| { readonly kind: 'themeCue' | 'stanceCue'; readonly statement: number; readonly cue: number }
	| { readonly kind: 'heading'; readonly heading: number };

/** One single-line token; `line` and `char` are 0-based, `start` is the text offset. */
export interface TokenPiece {
	readonly start: number;
	readonly line: number;
	readonly char: number;
	readonly length: number;
	readonly type: number;
	readonly modifiers: number;
	readonly ref: TokenRef;
}

interface RawToken {
	start: number;
	end: number;
	/** Sort key: start ascending, then longer (outer) first, then by priority (the higher on top). */
	key: number;
	type: TokenType;
	modifiers: number;
	ref: TokenRef;
}

// Equal spans: a named entity wins over a cue on the same words ("the African Union" is first an
// organization), and the speaker label wins over the state that names it.
const PRIORITY: Record<TokenType, number> = { heading: 0, themeCue: 1, stanceCue: 2, institution: 3, state: 4, speaker: 5 };

/**
 * The tokens of an analysis, sorted by position. Where spans nest, the inner one is painted on
 * top of the outer (a state inside a speaker label splits the label); where spans cross, the
 * earlier one is cut where the later one begins. Every character of every span stays covered.
 * Multi-line spans are split at line breaks.
 */
export function computeTokens(analysis: Analysis, lines: LineIndex, annotated: ReadonlySet<number>): TokenPiece[] {
	return layOut(collect(analysis, annotated), lines);
}

/**
 * The tokens of one statement only (what `computeTokens` gives inside its span, when nothing
 * crosses the span's edges): after an edit inside a statement, only these change.
 */
export function statementTokens(analysis: Analysis, lines: LineIndex, annotated: ReadonlySet<number>, index: number): TokenPiece[] {
	const s = analysis.statements[index];
	const raw: RawToken[] = [];
	const add = adder(raw);
	addStatement(add, s, annotated);
	const inside = (list: readonly Mention[], then: (m: Mention, i: number) => void) => {
		for (let i = firstStartingFrom(list, s.span.start); i < list.length && list[i].span.start < s.span.end; i++) then(list[i], i);
	};
	analysis.institutions.forEach((inst, entry) => inside(inst.mentions, (m, i) => addInstitution(add, inst, entry, m, i)));
	analysis.states.forEach((st, entry) => inside(st.mentions, m => add(m.span.start, m.span.end, 'state', 0, { kind: 'state', entry })));
	return layOut(raw, lines);
}

/** Sorts raw tokens and cuts them into non-overlapping single-line pieces. */
function layOut(raw: RawToken[], lines: LineIndex): TokenPiece[] {
	raw.sort((a, b) => a.key - b.key);
	const out: TokenPiece[] = [];
	const emit = (t: RawToken, start: number, end: number) => { if (end > start) splitLines(lines, t, start, end, out); };
	// Stack of open outer tokens; `cursor` is where the not-yet-emitted rest of each begins.
	const stack: { t: RawToken; cursor: number }[] = [];
	for (const t of raw) {
		while (stack.length > 0 && stack[stack.length - 1].t.end <= t.start) {
			const top = stack.pop()!;
			emit(top.t, top.cursor, top.t.end);
		}
		// Crossing spans: what lies beyond t.start now belongs to t.
		while (stack.length > 0 && stack[stack.length - 1].t.end < t.end) {
			const top = stack.pop()!;
			emit(top.t, top.cursor, t.start);
			const below = stack[stack.length - 1];
			if (below) below.cursor = Math.min(below.cursor, t.start);
		}
		const top = stack[stack.length - 1];
		const start = top ? Math.max(t.start, top.cursor) : t.start;
		if (top) {
			emit(top.t, top.cursor, start);
			top.cursor = Math.max(top.cursor, t.end);
		}
		if (t.end > start) stack.push({ t, cursor: start });
	}
	while (stack.length > 0) {
		const top = stack.pop()!;
		emit(top.t, top.cursor, top.t.end);
	}
	return out;
}

type Add = (start: number, end: number, type: TokenType, modifiers: number, ref: TokenRef) => void;

function adder(raw: RawToken[]): Add {
	return (start, end, type, modifiers, ref) => {
		if (end > start) raw.push({ start, end, key: sortKey(start, end, PRIORITY[type]), type, modifiers, ref });
	};
}

function collect(analysis: Analysis, annotated: ReadonlySet<number>): RawToken[] {
	const raw: RawToken[] = [];
	const add = adder(raw);
	analysis.headings.forEach((h, heading) => add(h.span.start, h.span.end, 'heading', 0, { kind: 'heading', heading }));
	for (const s of analysis.statements) addStatement(add, s, annotated);
	analysis.institutions.forEach((inst, entry) => inst.mentions.forEach((m, i) => addInstitution(add, inst, entry, m, i)));
	analysis.states.forEach((st, entry) => {
		for (const m of st.mentions) add(m.span.start, m.span.end, 'state', 0, { kind: 'state', entry });
	});
	return raw;
}

function addStatement(add: Add, s: Statement, annotated: ReadonlySet<number>): void {
	const span = s.speaker.span;
	if (span) {
		const mods = (s.speaker.role === 'chair' ? modifierBits('chair') : 0) | (annotated.has(s.index) ? modifierBits('annotated') : 0);
		add(span.start, span.end, 'speaker', mods, { kind: 'speaker', statement: s.index });
	}
	s.themeCues.forEach((c, cue) => add(c.span.start, c.span.end, 'themeCue', 0, { kind: 'themeCue', statement: s.index, cue }));
	s.stanceCues.forEach((c, cue) => add(c.span.start, c.span.end, 'stanceCue', 0, { kind: 'stanceCue', statement: s.index, cue }));
}

function addInstitution(add: Add, inst: InstitutionEntry, entry: number, m: Mention, i: number): void {
	const mods = (inst.acronym !== null && m.text === inst.acronym ? modifierBits('acronym') : 0)
		| (inst.learned && i === 0 ? modifierBits('definition') : 0);
	add(m.span.start, m.span.end, 'institution', mods, { kind: 'institution', entry });
}

// One number instead of a three-way comparison: exact while start < 2^28 (a 256 MB text); lengths
// beyond 4M characters tie, which only matters for spans no engine reports.
const MAX_LENGTH = 2 ** 22 - 1;

function sortKey(start: number, end: number, priority: number): number {
	return start * 2 ** 25 + (MAX_LENGTH - Math.min(end - start, MAX_LENGTH)) * 8 + priority;
}

function splitLines(lines: LineIndex, t: RawToken, start: number, end: number, out: TokenPiece[]): void {
	let line = lines.lineAt(start); // 1-based
	let from = start;
	while (from < end) {
		const lineStart = lines.starts[line - 1];
		const to = Math.min(end, lines.lineEnd(line));
		if (to > from) {
			out.push({ start: from, line: line - 1, char: from - lineStart, length: to - from, type: typeIndex(t.type), modifiers: t.modifiers, ref: t.ref });
		}
		if (line >= lines.lineCount) break;
		from = lines.starts[line];
		line++;
	}
}

/** Index of the first token whose line is ≥ `line` (tokens sorted by position). */
export function firstTokenOnOrAfterLine(tokens: readonly TokenPiece[], line: number): number {
	let lo = 0, hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].line < line) lo = mid + 1; else hi = mid;
	}
	return lo;
}

/** The token covering `offset` (its end included, so a cursor just after a word still hits), or undefined. */
export function tokenAt(tokens: readonly TokenPiece[], offset: number): TokenPiece | undefined {
	let lo = 0, hi = tokens.length - 1, found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
	}
	if (found < 0) return undefined;
	const t = tokens[found];
	if (offset < t.start + t.length) return t;
	// Exactly at the end of a token with nothing starting there: still that token.
	return offset === t.start + t.length ? t : undefined;
}
