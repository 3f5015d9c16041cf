/**
 * textDocument/foldingRange: one region per statement and per section, over 0-based lines.
 */
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver/node';
import { AnalyzedDocument } from './analyzedDocument';

/** Folding ranges for statements and sections that span more than one line. */
export function foldingRanges(doc: AnalyzedDocument): FoldingRange[] {
	const { headings, statements } = doc.analysis;
	const ranges: FoldingRange[] = [];
	const lastLine = doc.lines.lineCount;
	headings.forEach((h, i) => {
		let endLine = lastLine;
		for (let j = i + 1; j < headings.length; j++) {
			if (headings[j].level <= h.level) { endLine = headings[j].line - 1; break; }
		}
		// Trailing blank lines stay outside the fold.
		while (endLine > h.line && doc.lines.lineEnd(endLine) === doc.lines.starts[endLine - 1]) endLine--;
		if (endLine > h.line) ranges.push({ startLine: h.line - 1, endLine: endLine - 1, kind: FoldingRangeKind.Region });
	});
	for (const s of statements) {
		if (s.endLine > s.startLine) ranges.push({ startLine: s.startLine - 1, endLine: s.endLine - 1, kind: FoldingRangeKind.Region });
	}
	return ranges.sort((a, b) => a.startLine - b.startLine);
}
