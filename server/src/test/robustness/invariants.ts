/**
 * Structural checks that hold for the analysis of any text, whatever the engine recognised:
 * spans inside the text, statements in order and disjoint, lines agreeing with LineIndex.
 * Expected values come from the text and the model's contract, never from a run of the engine.
 */
import * as assert from 'node:assert/strict';
import { LineIndex } from '../../core/lines';
import { Analysis, Span, STANCES } from '../../core/model';

const GENRES = ['meeting-coverage', 'verbatim-record', 'other'];

function checkSpan(span: Span, length: number, what: string): void {
	assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are integers`);
	assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length,
		`${what}: span ${span.start}–${span.end} lies within a text of ${length}`);
}

function checkLine(lines: LineIndex, line: number, offset: number, what: string): void {
	assert.equal(line, lines.lineAt(offset), `${what}: line ${line} is the line of offset ${offset}`);
}

/** Throws an AssertionError naming the first broken invariant of `analysis` for `text`. */
export function checkAnalysis(text: string, analysis: Analysis): void {
	const lines = new LineIndex(text);
	const n = text.length;
	assert.ok(GENRES.includes(analysis.genre), `genre ${analysis.genre} is one of the model's`);
	// Every feature ships the analysis as JSON (LSP, CLI): it must survive a round trip.
	assert.doesNotThrow(() => JSON.stringify(analysis), 'the analysis serialises to JSON');

	analysis.headings.forEach((h, i) => {
		checkSpan(h.span, n, `heading ${i}`);
		checkLine(lines, h.line, h.span.start, `heading ${i}`);
		if (i > 0) assert.ok(analysis.headings[i - 1].span.start <= h.span.start, `heading ${i} follows heading ${i - 1}`);
	});

	analysis.statements.forEach((s, i) => {
		const what = `statement ${i}`;
		assert.equal(s.index, i, `${what}: index is its position in the list`);
		checkSpan(s.span, n, what);
		assert.ok(s.span.end > s.span.start, `${what}: is not empty`);
		checkLine(lines, s.startLine, s.span.start, `${what} start`);
		const last = lines.lineAt(s.span.end - 1);
		assert.ok(s.endLine === last || s.endLine === lines.lineAt(s.span.end),
			`${what}: endLine ${s.endLine} is the line of its last character (${last}) or of its end`);
		if (i > 0) {
			const prev = analysis.statements[i - 1].span;
			assert.ok(prev.end <= s.span.start, `${what} starts at ${s.span.start}, after statement ${i - 1} ends (${prev.end})`);
		}
		assert.ok(Number.isInteger(s.section) && s.section >= -1 && s.section < analysis.headings.length, `${what}: section ${s.section} names a heading or -1`);
		if (s.speaker.span) checkSpan(s.speaker.span, n, `${what} speaker`);
		for (const cue of [...s.themeCues, ...s.stanceCues]) {
			checkSpan(cue.span, n, `${what} cue`);
			if (cue.stance !== undefined) assert.ok(STANCES.includes(cue.stance), `${what}: cue stance ${cue.stance} is known`);
		}
		for (const ts of s.stances) assert.ok(STANCES.includes(ts.stance), `${what}: stance ${ts.stance} is known`);
		assert.equal(typeof s.keySentence, 'string', `${what}: keySentence is a string`);
	});

	const mentions = [...analysis.institutions.flatMap(e => e.mentions), ...analysis.states.flatMap(e => e.mentions)];
	for (const m of mentions) {
		checkSpan(m.span, n, `mention "${m.text}"`);
		checkLine(lines, m.line, m.span.start, `mention "${m.text}"`);
	}
	for (const v of analysis.votes) {
		checkSpan(v.span, n, 'vote');
		checkLine(lines, v.line, v.span.start, 'vote');
	}
}
