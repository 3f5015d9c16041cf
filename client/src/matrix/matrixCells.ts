/**
 * What the panel's script needs to show behind each cell: the statements with their sentence,
 * where they stand (URI and offsets to reveal), and what they say there. Pure, keyed "row,col" as
 * the table's data attributes are.
 */
import type { MatrixModel } from '../../../server/src/core/matrix';
import { STANCE_STYLE, VOTE_STYLE } from '../../../server/src/core/matrixStyle';

export interface CellStatement {
	file: string;
	fileLabel: string;
	uri: string;
	startLine: number;
	start: number;
	end: number;
	speaker: string;
	sentence: string;
	/** The stance or vote in words ("calls for", "abstained"), or '' when none was recognized. */
	what: string;
}

export type CellPayload = Record<string, { statements: CellStatement[] }>;

/** The statements behind every non-empty cell; `labelOf` gives a text's short name from its URI. */
export function cellPayload(model: MatrixModel, labelOf: (uri: string) => string): CellPayload {
	const out: CellPayload = {};
	model.rows.forEach((row, r) => model.columns.forEach((column, c) => {
		const cell = row.cells[column.key];
		if (!cell) return;
		out[`${r},${c}`] = {
			statements: cell.statements.map(s => ({
				file: s.file, fileLabel: labelOf(s.file), uri: s.file, startLine: s.startLine, start: s.start, end: s.end,
				speaker: s.speaker, sentence: s.sentence,
				what: s.vote ? VOTE_STYLE[s.vote].words : s.stance ? STANCE_STYLE[s.stance].words : '',
			})),
		};
	}));
	return out;
}

/** The last path segment of a URI, decoded ("s-pv-9901.txt"). */
export function uriBaseName(uri: string): string {
	const path = uri.replace(/[?#].*$/, '');
	try {
		return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || uri;
	} catch {
		return path.slice(path.lastIndexOf('/') + 1) || uri;
	}
}

/** The model with each text's URI replaced by a readable name (for exports people share). */
export function withFileNames(model: MatrixModel, nameOf: (uri: string) => string): MatrixModel {
	return {
		...model,
		files: model.files.map(f => ({ ...f, file: nameOf(f.file) })),
		rows: model.rows.map(r => ({
			...r,
			cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, { ...c, statements: c.statements.map(s => ({ ...s, file: nameOf(s.file) })) }])),
		})),
	};
}
