/**
 * `analyze FILE… [--json | --yaml | --csv]`: the analysis of each file, in the shape the README
 * documents (one JSON object per file, an array for several).
 */
import { stringify } from 'yaml';
import { analyze } from '../core/analyze';
import { readTextFile } from '../node/readText';
import { CliCommand, CliIo, reportFileError } from './command';
import { csvLine, csvRows, CSV_HEADER, FileReport, toReport } from './report';

export const analyzeCommand: CliCommand = {
	name: 'analyze',
	usage: 'analyze FILE… [--json | --yaml | --csv]   statements, speakers, institutions, states, themes, stances',
	formats: ['json', 'yaml', 'csv'],
	run(files, format, io): number {
		const reports: FileReport[] = [];
		let failed = 0;
		for (const file of files) {
			try {
				reports.push(toReport(file, analyze(readTextFile(file).text)));
			} catch (e) {
				failed++;
				reportFileError(file, e, io);
			}
		}
		if (reports.length) write(reports, files.length === 1, format, io);
		return failed ? 1 : 0;
	},
};

function write(reports: FileReport[], single: boolean, format: string, io: CliIo): void {
	if (format === 'csv') {
		io.out([CSV_HEADER, ...reports.flatMap(csvRows)].map(csvLine).join('\n') + '\n');
		return;
	}
	const body = single ? reports[0] : reports;
	io.out(format === 'yaml' ? stringify(body) : JSON.stringify(body, null, 1) + '\n');
}
