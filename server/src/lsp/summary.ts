/**
 * The status bar summary (SummaryRequest) and the statement at a position (StatementAtRequest).
 */
import { DocumentSummary, PositionStatement, StatementAtParams } from '../protocol';
import { statementAtOffset } from './annotations';
import { DocumentView } from './context';
import { positionStatement } from './positions';
import { offsetOf } from './ranges';

/** Genre and counts of one analysed document. */
export function summary(view: DocumentView): DocumentSummary {
	const { doc } = view;
	const a = doc.analysis;
	return {
		uri: doc.uri,
		genre: a.genre,
		statements: a.statements.length,
		speakers: doc.speakers.bySpeaker.size,
		institutions: a.institutions.length,
		states: a.states.length,
	};
}

/** The statement holding the position; null when the position is in narration or a heading. */
export function statementAt(view: DocumentView, params: StatementAtParams): PositionStatement | null {
	const { doc } = view;
	const s = statementAtOffset(doc.analysis.statements, offsetOf(doc.lines, params.position));
	if (!s) return null;
	const tags = doc.annotations(view.annotations, view.revision).get(s.index) ?? [];
	const userLabels = new Map((view.annotations?.userThemes ?? []).map(t => [t.id, t.label]));
	return positionStatement(view, s, tags, userLabels);
}
