/**
 * Re-analysis after an edit, without reading the whole text again. An edit inside the body of one
 * statement of a verbatim record (the common case: typing in a speech) changes that statement's
 * themes, stances and vote, and nothing else but the offsets and lines of what follows. This module
 * proves that case and builds the new Analysis from the old one: it re-analyses the one statement,
 * checks that no name, label, procedural line or invitation around the edit changed, and shifts the
 * rest. Whenever it cannot prove the edit local it answers null, and the caller analyses the whole
 * text: the result is always the one `analyze` would give (tested on random edits of real records).
 */
import { onBehalfOf } from './affiliation';
import { buildStatement, StatementContext } from './analyze';
import { detectGenre, GENRE_SAMPLE } from './genre';
import { Label, looksLikeBrokenLabel, parseLabel } from './labels';
import { LineIndex } from './lines';
import { Analysis, InstitutionEntry, Mention, Span, StateEntry, Statement } from './model';
import { NAME_WINDOW, namesUnchanged } from './nameWindow';
import { classifyLine } from './procedural';
import { lastStartingBy } from './search';
import { Stretch, TextEdit } from './textEdit';
import { tokenize } from './tokens';
import { invitations } from './invitations';
import { Line, trimmedLine } from './recordLines';
import { labelEnd, Turn } from './verbatim';
import { Vocabulary } from './vocabulary';

/** A text with its analysis and line index, as the previous version left them. */
export interface AnalyzedText {
	readonly text: string;
	readonly analysis: Analysis;
	readonly lines: LineIndex;
}

export interface Reanalysis extends AnalyzedText {
	/** The index of the one statement analysed again; every other one was only moved. */
	readonly statement: number;
	readonly edit: TextEdit;
}

/** Characters kept around the window of names, so that the lines names stand on read alike. */
const MARGIN = 600;

/**
 * The analysis of `text`, derived from `previous` when the edit between them stays inside one
 * statement's speech; null when it may have changed anything else (the caller then analyses all).
 */
export function reanalyze(previous: AnalyzedText, text: string, edit: TextEdit, vocab: Vocabulary): Reanalysis | null {
	const old = previous.analysis;
	if (old.genre !== 'verbatim-record') return null;
	// The statement the edit falls in, or whose trailing blank lines it falls in (a new paragraph).
	const k = lastStartingBy(old.statements, edit.start);
	if (k < 0) return null;
	const s = old.statements[k];
	const before = previous.text;
	const oldLines = previous.lines;
	const delta = edit.newEnd - edit.oldEnd;
	const next = old.statements[k + 1];
	// Up to the line of the next label (or the end of the text), and that line left as it is.
	const nextLineStart = next ? oldLines.starts[oldLines.lineAt(next.span.start) - 1] : before.length;
	if (edit.start <= s.span.start || edit.oldEnd > nextLineStart) return null;
	// An edit at the end of the statement, or in the blank lines after it, may move its end.
	const atEnd = edit.oldEnd >= s.span.end;
	if (atEnd && !blank(before, s.span.end, nextLineStart)) return null;

	// What is read of the new text: the statement, the lines the edit touches, and the names around it.
	const from = Math.max(0, Math.min(s.span.start, oldLines.starts[oldLines.lineAt(edit.start) - 1] - 2, edit.start - NAME_WINDOW - MARGIN));
	const to = Math.min(before.length, Math.max(nextLineStart + 2, oldLines.lineEnd(oldLines.lineAt(edit.oldEnd)) + 2, edit.oldEnd + NAME_WINDOW + MARGIN));
	const inserted = edit.text ?? text.slice(edit.start, edit.newEnd);
	const after = new Stretch(before.slice(from, edit.start) + inserted + before.slice(edit.oldEnd, to), from, text.length);
	const lines = LineIndex.afterEdit(oldLines, text, edit.start, edit.oldEnd, edit.newEnd, p => after.charCodeAt(p));
	if (next && lines.starts[lines.lineAt(next.span.start + delta) - 1] !== nextLineStart + delta) return null;
	// The statement ends where its last printed line does.
	let end = s.span.end + delta;
	if (atEnd) {
		end = nextLineStart + delta;
		while (end > s.span.start && isSpaceOrBreak(after.charCodeAt(end - 1))) end--;
		if (end <= s.span.start) return null;
	}
	// A word broken by a hyphen at the statement's end could join the next line's.
	if (after.charCodeAt(end - 1) === 45) return null;
	const whole = new Stretch(before, 0, before.length);
	if (!plainLines(whole, oldLines, edit.start, edit.oldEnd, s.span.start) || !plainLines(after, lines, edit.start, edit.newEnd, s.span.start)) return null;
	if (!afterPlainLine(whole, oldLines, edit.start, s.span.start)) return null;
	// The label and the opening words name the speaker and whom they speak for.
	if (!sameSpeaker(turnOpening(whole, oldLines, s.span.start), turnOpening(after, lines, s.span.start), edit, s.speaker.affiliation, vocab)) return null;
	// Genre is decided on the first 200 kB (the patterns read a little past it: 1,000 more are kept).
	if (edit.start < GENRE_SAMPLE && detectGenre(newPrefix(before, edit, inserted, GENRE_SAMPLE + 1000)).genre !== 'verbatim-record') return null;
	// Briefers' titles come from the President's invitations anywhere in the record.
	if (!sameMap(invitations(before.slice(s.span.start, s.span.end)), invitations(after.slice(s.span.start, end)))) return null;
	if (!namesUnchanged(new Stretch(before.slice(from, to), from, before.length), after, edit, vocab)) return null;

	const lineDelta = lines.lineCount - oldLines.lineCount;
	const move = mover(edit, lineDelta);
	const headings = old.headings.map(h => h.span.start < edit.oldEnd ? h : { ...h, span: move.span(h.span), line: h.line + lineDelta });
	const votes = old.votes.map(v => v.span.start < edit.oldEnd ? v : { ...v, span: move.span(v.span), line: v.line + lineDelta });
	const statement = restatement(after, { start: s.span.start, end, speaker: s.speaker }, k, { vocab, votes, headings, lineOf: offset => lines.lineAt(offset) });
	const statements = old.statements.map((st, i): Statement => i < k ? st : i === k ? statement : moveStatement(st, move));
	const analysis: Analysis = {
		genre: old.genre,
		statements,
		headings,
		institutions: old.institutions.map((e): InstitutionEntry => ({ ...e, mentions: moveMentions(e.mentions, move) })),
		states: old.states.map((e): StateEntry => ({ ...e, mentions: moveMentions(e.mentions, move) })),
		votes,
		presidents: old.presidents.map(p => p.fromLine <= oldLines.lineAt(edit.oldEnd) ? p : { ...p, fromLine: p.fromLine + lineDelta }),
	};
	return { text, analysis, lines, statement: k, edit };
}

/**
 * The statement of `turn` analysed again from the stretch of text that holds it: built on the
 * stretch's own offsets, then moved to the text's.
 */
function restatement(stretch: Stretch, turn: Turn, index: number, context: StatementContext): Statement {
	const base = stretch.offset;
	const toLocal = (span: Span): Span => ({ start: span.start - base, end: span.end - base });
	const local: StatementContext = {
		vocab: context.vocab,
		votes: context.votes.map(v => ({ ...v, span: toLocal(v.span) })),
		headings: context.headings.map(h => ({ ...h, span: toLocal(h.span) })),
		lineOf: offset => context.lineOf(offset + base),
	};
	const words = tokenize(stretch.text, turn.start - base, turn.end - base, context.vocab.words);
	const st = buildStatement(stretch.text, { ...toLocal(turn), speaker: turn.speaker }, index, words, 0, words.count, local);
	const back = (span: Span): Span => ({ start: span.start + base, end: span.end + base });
	return {
		...st,
		span: back(st.span),
		speaker: turn.speaker,
		themeCues: st.themeCues.map(c => ({ span: back(c.span), theme: c.theme })),
		stanceCues: st.stanceCues.map(c => ({ span: back(c.span), stance: c.stance })),
	};
}

/** The first n characters of the new text (all of it when shorter), from the old text and the new characters. */
function newPrefix(before: string, edit: TextEdit, inserted: string, n: number): string {
	const head = before.slice(0, edit.start) + inserted;
	return head.length >= n ? head.slice(0, n) : head + before.slice(edit.oldEnd, edit.oldEnd + n - head.length);
}

/** Whether text[from, to) is only spaces and line breaks (as segmentVerbatim trims lines). */
function blank(text: string, from: number, to: number): boolean {
	for (let p = from; p < to; p++) if (!isSpaceOrBreak(text.charCodeAt(p))) return false;
	return true;
}

/** The characters segmentVerbatim trims from lines, and line breaks. */
function isSpaceOrBreak(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 12 || c === 11;
}

/**
 * Whether every line [from, to] touches is ordinary speech: no speaker label (whole or the first
 * half of one broken over two lines), procedural line, heading, vote or page furniture, which
 * would change where turns begin and end. The statement's own label line (the one holding
 * `labelStart`) is left to `turnOpening`.
 */
function plainLines(text: Stretch, lines: LineIndex, from: number, to: number, labelStart: number): boolean {
	const first = lines.lineAt(from), last = lines.lineAt(to);
	for (let l = first; l <= last; l++) {
		if (lines.starts[l - 1] <= labelStart) continue;
		if (lines.lineEnd(l) > text.end) return false;
		const line = contentLine(text, lines, l)?.text;
		if (line && (parseLabel(line) !== null || classifyLine(line) !== null || looksLikeBrokenLabel(line))) return false;
	}
	return true;
}

/**
 * Whether the content line before the edit's first line is safe: a label broken over two lines
 * would be joined with whatever line follows it. (The text before the edit is the same in both.)
 */
function afterPlainLine(text: Stretch, lines: LineIndex, from: number, labelStart: number): boolean {
	const first = lines.lineAt(from);
	if (lines.starts[first - 1] <= labelStart) return true;
	for (let l = first - 1; l >= 1; l--) {
		const line = contentLine(text, lines, l)?.text;
		if (line) return parseLabel(line) !== null || !looksLikeBrokenLabel(line);
	}
	return true;
}

interface Opening {
	readonly label: Label | null;
	/** The text offset just after the label's colon. */
	readonly labelEnd: number;
	/** The words after the label that may say for whom the speaker speaks. */
	readonly behalf: string;
}

/** The label and opening words of the turn that starts at `start`, read as segmentVerbatim reads them. */
function turnOpening(text: Stretch, lines: LineIndex, start: number): Opening {
	const first = lines.lineAt(start);
	const line = contentLine(text, lines, first);
	if (!line) return { label: null, labelEnd: start, behalf: '' };
	let label = parseLabel(line.text);
	let next: Line | null = null;
	if (!label && looksLikeBrokenLabel(line.text)) {
		for (let l = first + 1; l <= lines.lineCount && lines.starts[l - 1] < text.end; l++) {
			const candidate = contentLine(text, lines, l);
			if (!candidate) continue;
			const joined = parseLabel(line.text + ' ' + candidate.text);
			if (joined && joined.length > line.text.length) {
				label = joined;
				next = candidate;
			}
			break;
		}
	}
	if (!label) return { label: null, labelEnd: start, behalf: '' };
	const end = labelEnd(label, line, next);
	const firstEnd = (next ?? line).end;
	return { label, labelEnd: end, behalf: text.slice(end, Math.max(end, Math.min(firstEnd, line.start + 700))) };
}

/** Line l's content, trimmed as segmentVerbatim trims it, with text offsets; null when blank. */
function contentLine(text: Stretch, lines: LineIndex, l: number): Line | null {
	const found = trimmedLine(text.text, lines.starts[l - 1] - text.offset, lines.lineEnd(l) - text.offset);
	return found && { start: found.start + text.offset, end: found.end + text.offset, text: found.text };
}

/**
 * Whether two openings (before and after the edit) name the same speaker, with the label ending
 * at the same place, speaking for the same parties (as segmentVerbatim would read them).
 */
function sameSpeaker(a: Opening, b: Opening, edit: TextEdit, own: string | null, vocab: Vocabulary): boolean {
	if (!a.label || !b.label || JSON.stringify(a.label) !== JSON.stringify(b.label)) return false;
	const moved = a.labelEnd <= edit.start ? a.labelEnd : a.labelEnd >= edit.oldEnd ? a.labelEnd + edit.newEnd - edit.oldEnd : -1;
	if (moved !== b.labelEnd) return false;
	return a.behalf === b.behalf || JSON.stringify(onBehalfOf(a.behalf, own, vocab)) === JSON.stringify(onBehalfOf(b.behalf, own, vocab));
}

function sameMap(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
	if (a.size !== b.size) return false;
	for (const [key, value] of a) if (b.get(key) !== value) return false;
	return true;
}

interface Mover {
	/** The span moved to the new text (spans after the edit shift; spans before stay). */
	span(span: Span): Span;
	line(offset: number, line: number): number;
	readonly after: number;
}

function mover(edit: TextEdit, lineDelta: number): Mover {
	const delta = edit.newEnd - edit.oldEnd;
	return {
		after: edit.oldEnd,
		span: span => span.start < edit.oldEnd ? span : { start: span.start + delta, end: span.end + delta },
		line: (offset, line) => offset < edit.oldEnd ? line : line + lineDelta,
	};
}

function moveMentions(mentions: readonly Mention[], move: Mover): readonly Mention[] {
	if (mentions.length === 0 || mentions[mentions.length - 1].span.start < move.after) return mentions;
	return mentions.map(m => m.span.start < move.after ? m : { span: move.span(m.span), line: move.line(m.span.start, m.line), text: m.text });
}

function moveStatement(st: Statement, move: Mover): Statement {
	// Fields listed rather than spread: spreading is a slow path, and this runs for every later statement.
	const speaker = st.speaker;
	return {
		index: st.index,
		span: move.span(st.span),
		startLine: move.line(st.span.start, st.startLine),
		endLine: move.line(st.span.start, st.endLine),
		speaker: speaker.span ? {
			name: speaker.name, title: speaker.title, affiliation: speaker.affiliation, affiliationKind: speaker.affiliationKind,
			role: speaker.role, onBehalfOf: speaker.onBehalfOf, span: move.span(speaker.span),
		} : speaker,
		themes: st.themes,
		stances: st.stances,
		themeCues: st.themeCues.map(c => ({ span: move.span(c.span), theme: c.theme })),
		stanceCues: st.stanceCues.map(c => ({ span: move.span(c.span), stance: c.stance })),
		keySentence: st.keySentence,
		vote: st.vote,
		section: st.section,
	};
}
