/**
 * Argument handling and dispatch for the command line (see ../cli.ts). Uses node's own parseArgs.
 */
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { analyze } from '../core/analyze';
import { readTextFile, UnreadableFileError } from '../node/readText';
import { csvLine, csvRows, CSV_HEADER, FileReport, toReport } from './report';

const USAGE = `usage: diplomatic-annotator analyze FILE… [--json | --yaml | --csv]

  analyze   recognise statements, speakers, institutions, states, themes and stances
  --json    one JSON object per file (an array for several files) [default]
  --yaml    the same as YAML
  --csv     one row per statement`;

/** Runs the command line; resolves to the exit code. Writes results to stdout, errors to stderr. */
export async function runCli(argv: string[], out: (s: string) => void = s => process.stdout.write(s), err: (s: string) => void = s => process.stderr.write(s)): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv, allowPositionals: true, strict: true,
			options: { json: { type: 'boolean' }, yaml: { type: 'boolean' }, csv: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
		});
	} catch (e) {
		err(`diplomatic-annotator: ${(e as Error).message.split('\n')[0]}\n${USAGE.split('\n')[0]}\n`);
		return 2;
	}
	const [command, ...files] = parsed.positionals;
	if (parsed.values.help || !command) {
		(parsed.values.help ? out : err)(USAGE + '\n');
		return parsed.values.help ? 0 : 2;
	}
	if (command !== 'analyze') {
		err(`diplomatic-annotator: unknown command '${command}'\n${USAGE.split('\n')[0]}\n`);
		return 2;
	}
	if (files.length === 0) {
		err('diplomatic-annotator: analyze needs at least one FILE\n');
		return 2;
	}
	const formats = (['json', 'yaml', 'csv'] as const).filter(f => parsed.values[f]);
	if (formats.length > 1) {
		err('diplomatic-annotator: choose one of --json, --yaml, --csv\n');
		return 2;
	}
	const format = formats[0] ?? 'json';

	const reports: FileReport[] = [];
	let failed = 0;
	for (const file of files) {
		try {
			const { text } = readTextFile(file);
			reports.push(toReport(file, analyze(text)));
		} catch (e) {
			failed++;
			const message = e instanceof UnreadableFileError ? e.message : `${file}: ${e instanceof Error ? e.message : String(e)}`;
			err(`diplomatic-annotator: ${message.split('\n')[0]}\n`);
		}
	}
	if (reports.length) {
		if (format === 'csv') {
			out([CSV_HEADER, ...reports.flatMap(csvRows)].map(csvLine).join('\n') + '\n');
		} else {
			const body = files.length === 1 ? reports[0] : reports;
			out(format === 'yaml' ? stringify(body) : JSON.stringify(body, null, 1) + '\n');
		}
	}
	return failed ? 1 : 0;
}
