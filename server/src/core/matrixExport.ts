/**
 * The positions matrix as files: CSV (RFC 4180, one record per row, column and text, for
 * spreadsheets and scripts) and SVG (see matrixSvg.ts). Pure string functions of the model.
 */
import { MatrixModel } from './matrix';
import { STANCE_ORDER } from './matrixStyle';

export { matrixToSvg } from './matrixSvg';

export const MATRIX_CSV_HEADER: readonly string[] = [
	'group', 'row', 'column', 'columnSource', 'file', 'date', 'stance', 'vote', 'count', ...STANCE_ORDER, 'none', 'lines', 'sentences',
];

/**
 * The matrix as CSV: a header, then one record per row × column × text that has a cell, with the
 * stance tally and the lines and sentences of the statements behind it. CRLF line ends as RFC 4180
 * says; fields holding a comma, quote or line break are quoted, with quotes doubled.
 */
export function matrixToCsv(model: MatrixModel): string {
	const records: (readonly string[])[] = [MATRIX_CSV_HEADER];
	for (const row of model.rows) {
		for (const column of model.columns) {
			const cell = row.cells[column.key];
			if (!cell) continue;
			model.files.forEach((file, i) => {
				const own = cell.byFile[i];
				if (!own) return;
				const evidence = cell.statements.filter(s => s.file === file.file);
				records.push([
					row.group, row.label, column.label, column.source, file.file, file.date ?? '',
					own.vote ? '' : own.stance, own.vote ?? '', String(own.count),
					...STANCE_ORDER.map(s => String(own.tally[s] ?? 0)), String(own.tally.none ?? 0),
					evidence.map(s => s.startLine).join(' '), evidence.map(s => s.sentence).join(' | '),
				]);
			});
		}
	}
	return records.map(r => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
