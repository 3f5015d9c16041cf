/**
 * The vote column of the positions matrix: how each delegation voted in one text. A recorded vote
 * (the "In favour: … Against: … Abstaining: …" block of a verbatim record) is the evidence when it
 * lists the delegation, one entry per record; otherwise the votes the engine read in the
 * delegation's own statements ("we voted in favour"), one entry per distinct vote, preferring a
 * statement made in the delegation's own name to one made from the chair.
 */
import { Analysis, Statement, Vote } from './model';
import { Evidence, statementEvidence } from './matrixEvidence';
import { foldName } from './vocabulary';

export interface RowVote { readonly rowKey: string; readonly vote: Vote; readonly evidence: Evidence }

const PHRASE: Record<Vote, string> = { 'in-favour': 'voted in favour', against: 'voted against', abstaining: 'abstained' };

/** The votes of one text by row; `rowOfStatement` maps statement index → row key. */
export function matrixVotes(src: { readonly file: string; readonly text?: string; readonly analysis: Analysis },
	rowOfStatement: ReadonlyMap<number, string>, labelOf: (rowKey: string) => string): RowVote[] {
	const out: RowVote[] = [];
	const byRow = new Map<string, Statement[]>();
	for (const s of src.analysis.statements) {
		const key = rowOfStatement.get(s.index);
		if (!key || !key.startsWith('delegation:')) continue;
		const list = byRow.get(key);
		if (list) list.push(s); else byRow.set(key, [s]);
	}
	// Names folded once per record: a General Assembly record lists nearly every Member State.
	const records = src.analysis.votes.map(r => ({ r, lists: VOTES.map(([vote, key]) => ({ vote, names: new Set(r[key].map(foldName)) })) }));
	for (const [rowKey, statements] of byRow) {
		const name = foldName(labelOf(rowKey));
		const recorded = records.flatMap(({ r, lists }) => lists.filter(l => l.names.has(name)).map(({ vote }) => ({ r, vote })));
		if (recorded.length) {
			for (const { r, vote } of recorded) {
				out.push({ rowKey, vote, evidence: {
					file: src.file, index: -1, startLine: r.line, endLine: r.line, start: r.span.start, end: r.span.end,
					speaker: labelOf(rowKey), sentence: `${labelOf(rowKey)} ${PHRASE[vote]} (recorded vote).`,
				} });
			}
			continue;
		}
		const said = new Map<Vote, Statement>();
		for (const s of [...statements].sort((a, b) => Number(a.speaker.role === 'chair') - Number(b.speaker.role === 'chair'))) {
			if (s.vote && !said.has(s.vote)) said.set(s.vote, s);
		}
		for (const [vote, s] of said) out.push({ rowKey, vote, evidence: statementEvidence(src, s) });
	}
	return out;
}

const VOTES: readonly (readonly [Vote, 'inFavour' | 'against' | 'abstaining'])[] = [['in-favour', 'inFavour'], ['against', 'against'], ['abstaining', 'abstaining']];
