/**
 * How the matrix shows a stance or a vote, shared by the SVG export and the editor's panel so that
 * both read alike: a colour from the Okabe–Ito palette (told apart with the common colour-vision
 * deficiencies), a one-character mark that carries the meaning without colour, and words for
 * labels and legends.
 */
import { ColumnSource, MatrixCell, MatrixColumn, MatrixStance, MatrixVote } from './matrix';
import { Stance } from './model';

export interface CellStyle { readonly colour: string; readonly mark: string; readonly words: string }

export const STANCE_STYLE: Readonly<Record<MatrixStance, CellStyle>> = {
	supports: { colour: '#009E73', mark: '+', words: 'supports' },
	welcomes: { colour: '#56B4E9', mark: '✓', words: 'welcomes' },
	'calls-for': { colour: '#0072B2', mark: '→', words: 'calls for' },
	concerned: { colour: '#E69F00', mark: '!', words: 'concerned' },
	condemns: { colour: '#CC79A7', mark: '×', words: 'condemns' },
	opposes: { colour: '#D55E00', mark: '−', words: 'opposes' },
	mixed: { colour: '#7F7F7F', mark: '±', words: 'mixed stances' },
	none: { colour: '#D9D9D9', mark: '·', words: 'addressed, no stance recognized' },
};

export const VOTE_STYLE: Readonly<Record<MatrixVote, CellStyle>> = {
	'in-favour': { colour: '#009E73', mark: 'Y', words: 'voted in favour' },
	against: { colour: '#D55E00', mark: 'N', words: 'voted against' },
	abstaining: { colour: '#F0E442', mark: 'A', words: 'abstained' },
	mixed: { colour: '#7F7F7F', mark: '±', words: 'voted differently' },
};

/** Dark text on light fills, light text on dark ones (relative luminance of the fill). */
export function textColourOn(fill: string): string {
	const [r, g, b] = [1, 3, 5].map(i => parseInt(fill.slice(i, i + 2), 16) / 255).map(c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.18 ? '#000000' : '#FFFFFF';
}

/** The style of a cell: its vote when it has one, else its stance. */
export function styleOf(cell: { readonly stance: MatrixStance; readonly vote?: MatrixVote }): CellStyle {
	return cell.vote ? VOTE_STYLE[cell.vote] : STANCE_STYLE[cell.stance];
}

const SOURCE_WORDS: Readonly<Record<ColumnSource, string>> = { recognized: 'recognized theme', user: 'your tag', vote: 'vote' };

/**
 * One sentence saying what a cell shows, for screen readers and tooltips:
 * "United Kingdom, Sanctions (recognized theme): mixed stances, 2 statements (1 welcomes, 1 supports)".
 */
export function describeCell(row: { readonly label: string }, column: MatrixColumn, cell: MatrixCell | undefined): string {
	const head = `${row.label}, ${column.label} (${SOURCE_WORDS[column.source]})`;
	if (!cell) return `${head}: not addressed`;
	if (cell.vote) return `${head}: ${VOTE_STYLE[cell.vote].words}`;
	const n = `${cell.count} statement${cell.count === 1 ? '' : 's'}`;
	const parts = Object.entries(cell.tally).map(([stance, k]) => `${k} ${stance === 'none' ? 'no stance' : STANCE_STYLE[stance as MatrixStance].words}`);
	return `${head}: ${STANCE_STYLE[cell.stance].words}, ${n}${parts.length > 1 ? ` (${parts.join(', ')})` : ''}`;
}

/** Stances in the order legends and CSV columns list them. */
export const STANCE_ORDER: readonly Stance[] = ['supports', 'welcomes', 'calls-for', 'concerned', 'condemns', 'opposes'];
