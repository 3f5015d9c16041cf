/**
 * The one place where core offsets become LSP positions and ranges (and back).
 */
import { Position, Range } from 'vscode-languageserver/node';
import { LineIndex } from '../core/lines';
import { Span } from '../core/model';

/** The LSP range of a core span. */
export function spanToRange(lines: LineIndex, span: Span): Range {
	return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/** The offset of an LSP position (clamped to the text). */
export function offsetOf(lines: LineIndex, position: Position): number {
	return lines.offsetAt(position.line, position.character);
}

/** A range covering 1-based lines `first`..`last` whole, as folding and outlines want them. */
export function linesToRange(lines: LineIndex, first: number, last: number): Range {
	const end = lines.lineEnd(last);
	return { start: { line: first - 1, character: 0 }, end: lines.positionAt(end) };
}

/** Whether two ranges share at least one position. */
export function rangesIntersect(a: Range, b: Range): boolean {
	return !(before(a.end, b.start) || before(b.end, a.start));
}

function before(p: Position, q: Position): boolean {
	return p.line < q.line || (p.line === q.line && p.character < q.character);
}
