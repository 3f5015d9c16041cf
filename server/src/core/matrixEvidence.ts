/**
 * What lies behind a matrix cell: for each statement, the sentence that carries the theme (the
 * sentence around its stance or theme cue when the text is at hand, else the statement's gist)
 * and where it stands, so that a viewer can quote it and reveal it.
 */
import { Span, Statement } from './model';
import { sentenceAround } from './matrixText';

export interface Evidence {
	readonly file: string;
	/** Index of the statement in its analysis; -1 for a recorded vote that is no statement. */
	readonly index: number;
	/** 1-based lines of the statement (or of the vote record). */
	readonly startLine: number;
	readonly endLine: number;
	/** Offsets of the cue (or the statement, or the vote record) to reveal. */
	readonly start: number;
	readonly end: number;
	readonly speaker: string;
	readonly sentence: string;
}

interface Source { readonly file: string; readonly text?: string }

/** The evidence that statement `s` addressed a recognized `theme`. */
export function evidenceOf(src: Source, s: Statement, theme: string): Evidence {
	const cue = s.stanceCues.find(c => c.theme === theme) ?? s.themeCues.find(c => c.theme === theme);
	return at(src, s, cue?.span);
}

/** The evidence of a user tag: the sentence where the tag's anchor starts, else the statement's gist. */
export function tagEvidence(src: Source, s: Statement, tag: { readonly start?: number }): Evidence {
	return at(src, s, tag.start !== undefined ? { start: tag.start, end: tag.start } : undefined);
}

/** Evidence of a whole statement (for votes said in a statement). */
export function statementEvidence(src: Source, s: Statement): Evidence {
	return at(src, s, undefined);
}

function at(src: Source, s: Statement, span: Span | undefined): Evidence {
	const base = { file: src.file, index: s.index, startLine: s.startLine, endLine: s.endLine, speaker: speakerLabel(s) };
	if (!span || src.text === undefined) return { ...base, start: s.span.start, end: s.span.end, sentence: s.keySentence };
	const sentence = sentenceAround(src.text, span.start, s.span.start, s.span.end);
	return { ...base, start: span.start, end: span.end, sentence: sentence || s.keySentence };
}

/** "Person (Affiliation)", or whichever of the two the text gives. */
export function speakerLabel(s: Statement): string {
	const who = s.speaker.name ?? s.speaker.title ?? s.speaker.affiliation ?? 'Unknown speaker';
	return s.speaker.affiliation && s.speaker.affiliation !== who ? `${who} (${s.speaker.affiliation})` : who;
}

