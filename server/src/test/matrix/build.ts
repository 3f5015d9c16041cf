/**
 * Hand-made analyses for the matrix tests: each statement states its speaker, themes, stances and
 * vote, so that the expected matrix follows from the input and not from what the engine reads.
 */
import { Analysis, Speaker, Stance, Statement, Vote, VoteRecord } from '../../core/model';

export interface StatementSpec {
	name?: string | null;
	title?: string | null;
	affiliation?: string | null;
	kind?: Speaker['affiliationKind'];
	role?: Speaker['role'];
	onBehalfOf?: string[];
	themes?: string[];
	stances?: [string, Stance][];
	vote?: Vote | null;
	sentence?: string;
}

/** An analysis with one statement per spec, ten lines apart; `votes` are recorded-vote blocks. */
export function analysisOf(specs: StatementSpec[], votes: Omit<VoteRecord, 'span'>[] = []): Analysis {
	const statements: Statement[] = specs.map((spec, index) => ({
		index,
		span: { start: index * 100, end: index * 100 + 90 },
		startLine: index * 10 + 1,
		endLine: index * 10 + 5,
		speaker: {
			name: spec.name ?? null, title: spec.title ?? null, affiliation: spec.affiliation ?? null,
			affiliationKind: spec.kind ?? (spec.affiliation ? 'state' : null), role: spec.role ?? 'member',
			onBehalfOf: spec.onBehalfOf ?? [], span: null,
		},
		themes: spec.themes ?? [],
		stances: (spec.stances ?? []).map(([theme, stance]) => ({ theme, stance })),
		themeCues: [],
		stanceCues: [],
		keySentence: spec.sentence ?? `Statement ${index}.`,
		vote: spec.vote ?? null,
		section: -1,
	}));
	return {
		genre: 'verbatim-record', statements, headings: [], institutions: [], states: [],
		votes: votes.map(v => ({ ...v, span: { start: v.line * 100, end: v.line * 100 + 50 } })), presidents: [],
	};
}
