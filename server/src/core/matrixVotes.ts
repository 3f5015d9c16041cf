/**
 * The vote column of the positions matrix: how each delegation voted in one text. A recorded vote
 * (the "In favour: … Against: … Abstaining: …" block of a verbatim record) is the evidence when it
 * lists the delegation, one entry per record; otherwise the votes the engine read in the
 * delegation's own statements ("we voted in favour"), one entry per distinct vote, preferring a
 * statement made in the delegation's own name to one made from the chair.
 */
import { Analysis, Statement, Vote, VoteRecord } from './model';
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
	for (const [rowKey, statements] of byRow) {
		const name = foldName(labelOf(rowKey));
		const recorded = src.analysis.votes.flatMap(r => recordedVote(r, name).map(vote => ({ r, vote })));
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

function recordedVote(r: VoteRecord, foldedName: string): Vote[] {
	const has = (names: readonly string[]) => names.some(n => foldName(n) === foldedName);
	return [...(has(r.inFavour) ? ['in-favour' as const] : []), ...(has(r.against) ? ['against' as const] : []), ...(has(r.abstaining) ? ['abstaining' as const] : [])];
}
