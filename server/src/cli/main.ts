/**
 * Argument handling and dispatch for the command line (see ../cli.ts). Uses node's own parseArgs;
 * each command lives in its own module and is listed in COMMANDS.
 */
import { parseArgs } from 'node:util';
import { analyzeCommand } from './analyzeCommand';
import { exportCommand } from './exportCommand';
import { CliCommand, CliIo } from './command';
import { matrixCommand } from './matrixCommand';

const COMMANDS: readonly CliCommand[] = [analyzeCommand, matrixCommand, exportCommand];
const FLAGS = [...new Set(COMMANDS.flatMap(c => c.formats))];

const USAGE = `usage: diplomatic-annotator COMMAND FILE… [--FORMAT]\n\n${COMMANDS.map(c => '  ' + c.usage).join('\n')}\n`;

/**
 * Bad input gets one line on stderr that says what is wrong and where to look (the usage text is
 * for --help: printed after an error it buries the one line that matters), and exit code 2.
 */
function badInput(io: CliIo, problem: string): number {
	io.err(`diplomatic-annotator: ${problem} (see --help)\n`);
	return 2;
}

/** What parseArgs refused, in a few words: the unknown option by name, else the first line of its message. */
function optionProblem(argv: readonly string[], e: unknown): string {
	const known = new Set(['--help', '-h', ...FLAGS.map(f => `--${f}`)]);
	const end = argv.indexOf('--');
	const unknown = (end < 0 ? argv : argv.slice(0, end)).find(a => a.startsWith('-') && a !== '-' && !known.has(a.split('=')[0]));
	if ((e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) return `unknown option ${unknown.split('=')[0]}`;
	const message = (e as Error).message.split('\n')[0];
	return message.charAt(0).toLowerCase() + message.slice(1);
}

/** Runs the command line; resolves to the exit code. Writes results to stdout, errors to stderr. */
export async function runCli(argv: string[], io: CliIo = { out: s => process.stdout.write(s), err: s => process.stderr.write(s) }): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv, allowPositionals: true, strict: true,
			options: { ...Object.fromEntries(FLAGS.map(f => [f, { type: 'boolean' as const }])), help: { type: 'boolean', short: 'h' } },
		});
	} catch (e) {
		return badInput(io, optionProblem(argv, e));
	}
	const [name, ...files] = parsed.positionals;
	const values = parsed.values as Record<string, boolean | undefined>;
	if (values.help) {
		io.out(USAGE);
		return 0;
	}
	if (!name) return badInput(io, 'no command given');
	const command = COMMANDS.find(c => c.name === name);
	if (!command) return badInput(io, `unknown command ${name}`);
	if (files.length === 0) return badInput(io, `${name} needs at least one FILE`);
	const chosen = FLAGS.filter(f => values[f]);
	const wrong = chosen.find(f => !command.formats.includes(f));
	const formats = command.formats.map(f => '--' + f).join(', ');
	if (wrong) return badInput(io, `${name} does not take --${wrong}; it takes one of ${formats}`);
	if (chosen.length > 1) return badInput(io, `${name} takes only one of ${formats}`);
	return command.run(files, chosen[0] ?? command.formats[0], io);
}
