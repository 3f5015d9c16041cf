/**
 * The command line's view of an analysis: the JSON shape documented in the README (one object per
 * file), and one CSV row per statement for spreadsheets.
 */
import { csvField } from '../core/matrixExport';
import { Analysis } from '../core/model';

export interface StatementReport {
	startLine: number;
	endLine: number;
	start: number;
	end: number;
	speaker: { name: string | null; title: string | null; affiliation: string | null; affiliationKind: string | null; role: string | null; onBehalfOf: string[] };
	themes: string[];
	stances: { theme: string; stance: string }[];
	vote: string | null;
	keySentence: string;
}

export interface FileReport {
	file: string;
	genre: Analysis['genre'];
	statements: StatementReport[];
	headings: { line: number; text: string; level: number }[];
	institutions: { name: string; canonical: string; acronym: string | null; kind: string; learned: boolean; mentions: { line: number; start: number; end: number; text: string }[] }[];
	states: { name: string; observer: boolean; mentions: { line: number; start: number; end: number }[] }[];
	votes: { line: number; inFavour: string[]; against: string[]; abstaining: string[] }[];
}

/** The report for one analysed file. */
export function toReport(file: string, a: Analysis): FileReport {
	return {
		file,
		genre: a.genre,
		statements: a.statements.map(s => ({
			startLine: s.startLine,
			endLine: s.endLine,
			start: s.span.start,
			end: s.span.end,
			speaker: {
				name: s.speaker.name, title: s.speaker.title, affiliation: s.speaker.affiliation,
				affiliationKind: s.speaker.affiliationKind, role: s.speaker.role, onBehalfOf: [...s.speaker.onBehalfOf],
			},
			themes: [...s.themes],
			stances: s.stances.map(x => ({ theme: x.theme, stance: x.stance })),
			vote: s.vote,
			keySentence: s.keySentence,
		})),
		headings: a.headings.map(h => ({ line: h.line, text: h.text, level: h.level })),
		institutions: a.institutions.map(i => ({
			name: i.name, canonical: i.canonical, acronym: i.acronym, kind: i.kind, learned: i.learned,
			mentions: i.mentions.map(m => ({ line: m.line, start: m.span.start, end: m.span.end, text: m.text })),
		})),
		states: a.states.map(s => ({ name: s.name, observer: s.observer, mentions: s.mentions.map(m => ({ line: m.line, start: m.span.start, end: m.span.end })) })),
		votes: a.votes.map(v => ({ line: v.line, inFavour: [...v.inFavour], against: [...v.against], abstaining: [...v.abstaining] })),
	};
}

export const CSV_HEADER = ['file', 'line', 'endLine', 'speaker', 'title', 'affiliation', 'role', 'onBehalfOf', 'themes', 'stances', 'vote'];

/** CSV rows (without header) for one report, one per statement. */
export function csvRows(r: FileReport): string[][] {
	return r.statements.map(s => [
		r.file, String(s.startLine), String(s.endLine), s.speaker.name ?? '', s.speaker.title ?? '', s.speaker.affiliation ?? '',
		s.speaker.role ?? '', s.speaker.onBehalfOf.join('; '), s.themes.join('; '),
		s.stances.map(x => `${x.theme}:${x.stance}`).join('; '), s.vote ?? '',
	]);
}

/** One RFC 4180 CSV line (fields quoted as the matrix export quotes them). */
export function csvLine(cells: readonly string[]): string {
	return cells.map(csvField).join(',');
}
