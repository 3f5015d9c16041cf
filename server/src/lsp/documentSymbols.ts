/**
 * textDocument/documentSymbol: headings (level 1 containing level 2) with the statements of each
 * section nested under it, each statement named "Speaker (Affiliation)" with its themes as detail.
 */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import { Statement } from '../core/model';
import { AnalyzedDocument } from './analyzedDocument';
import { spanToRange } from './ranges';
import { sectionEnds } from './sections';
import { speakerKey } from './speakers';
import { themeInfo } from './vocabulary';

/** The Outline of a document: top-level symbols in text order. */
export function documentSymbols(doc: AnalyzedDocument): DocumentSymbol[] {
	const { headings, statements } = doc.analysis;
	const ends = sectionEnds(doc.analysis, doc.text);
	const headingSymbols = headings.map((h, i) => ({
		symbol: {
			name: h.text.trim() || '(heading)',
			kind: h.level === 1 ? SymbolKind.Namespace : SymbolKind.Module,
			range: spanToRange(doc.lines, { start: h.span.start, end: ends[i] }),
			selectionRange: spanToRange(doc.lines, h.span),
			children: [] as DocumentSymbol[],
		} satisfies DocumentSymbol,
	}));
	const top: DocumentSymbol[] = [];
	// Children in text order: a level-2 heading goes under the last level-1 heading before it.
	let currentTop = -1;
	const parentOfHeading = headings.map((h, i) => {
		if (h.level === 1) { currentTop = i; return -1; }
		return currentTop;
	});
	// Merge headings and statements by start offset so every children list stays in text order.
	const items: { start: number; add: () => void }[] = [];
	headings.forEach((h, i) => items.push({
		start: h.span.start,
		add: () => (parentOfHeading[i] >= 0 ? headingSymbols[parentOfHeading[i]].symbol.children : top).push(headingSymbols[i].symbol),
	}));
	for (const s of statements) {
		items.push({
			start: s.span.start,
			add: () => (s.section >= 0 && s.section < headings.length ? headingSymbols[s.section].symbol.children : top).push(statementSymbol(doc, s)),
		});
	}
	items.sort((a, b) => a.start - b.start);
	for (const item of items) item.add();
	// A section's range must hold its children (a statement may run past the next heading).
	for (let i = headings.length - 1; i >= 0; i--) {
		const sym = headingSymbols[i].symbol;
		for (const child of sym.children) {
			if (after(child.range.end, sym.range.end)) sym.range = { start: sym.range.start, end: child.range.end };
		}
	}
	return top;
}

/** The Outline entry of one statement. */
export function statementSymbol(doc: AnalyzedDocument, s: Statement): DocumentSymbol {
	const range = spanToRange(doc.lines, s.span);
	const label = s.speaker.span && s.speaker.span.start >= s.span.start && s.speaker.span.end <= s.span.end ? s.speaker.span : null;
	return {
		name: speakerKey(s.speaker),
		detail: s.themes.map(t => themeInfo(t).label).join(', '),
		kind: SymbolKind.Event,
		range,
		selectionRange: label ? spanToRange(doc.lines, label) : { start: range.start, end: range.start },
	};
}

function after(p: { line: number; character: number }, q: { line: number; character: number }): boolean {
	return p.line > q.line || (p.line === q.line && p.character > q.character);
}
