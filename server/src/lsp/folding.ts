/**
 * textDocument/foldingRange: one region per statement and per section, over 0-based lines.
 */
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver/node';
import { AnalyzedDocument } from './analyzedDocument';
import { sectionEnds } from './sections';

/** Folding ranges for statements and sections that span more than one line. */
export function foldingRanges(doc: AnalyzedDocument): FoldingRange[] {
	const { headings, statements } = doc.analysis;
	const ranges: FoldingRange[] = [];
	const ends = sectionEnds(doc.analysis, doc.text);
	headings.forEach((h, i) => {
		const endLine = doc.lines.lineAt(ends[i]);
		if (endLine > h.line) ranges.push({ startLine: h.line - 1, endLine: endLine - 1, kind: FoldingRangeKind.Region });
	});
	for (const s of statements) {
		if (s.endLine > s.startLine) ranges.push({ startLine: s.startLine - 1, endLine: s.endLine - 1, kind: FoldingRangeKind.Region });
	}
	return ranges.sort((a, b) => a.startLine - b.startLine);
}
