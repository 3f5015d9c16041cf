/**
 * `matrix FILE… [--csv | --svg]`: the positions matrix of one or more texts (delegations × themes,
 * one stripe per text in time order) on stdout. Files that cannot be read are reported one line
 * each on stderr; the matrix of the others is still written.
 */
import { analyze } from '../core/analyze';
import { buildMatrix, MatrixSource } from '../core/matrix';
import { matrixToCsv, matrixToSvg } from '../core/matrixExport';
import { meetingDate } from '../core/matrixText';
import { readTextFile } from '../node/readText';
import { CliCommand, reportFileError } from './command';

export const matrixCommand: CliCommand = {
	name: 'matrix',
	usage: 'matrix FILE… [--csv | --svg]              positions matrix: delegations × themes, stance per cell',
	formats: ['csv', 'svg'],
	run(files, format, io): number {
		const sources: MatrixSource[] = [];
		let failed = 0;
		for (const file of files) {
			try {
				const text = readTextFile(file).text;
				sources.push({ file, text, analysis: analyze(text), date: meetingDate(text) });
			} catch (e) {
				failed++;
				reportFileError(file, e, io);
			}
		}
		if (sources.length) {
			const model = buildMatrix(sources);
			io.out(format === 'svg' ? matrixToSvg(model) : matrixToCsv(model));
		}
		return failed ? 1 : 0;
	},
};
