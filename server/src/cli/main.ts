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

/** Runs the command line; resolves to the exit code. Writes results to stdout, errors to stderr. */
export async function runCli(argv: string[], io: CliIo = { out: s => process.stdout.write(s), err: s => process.stderr.write(s) }): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv, allowPositionals: true, strict: true,
			options: { ...Object.fromEntries(FLAGS.map(f => [f, { type: 'boolean' as const }])), help: { type: 'boolean', short: 'h' } },
		});
	} catch (e) {
		io.err(`diplomatic-annotator: ${(e as Error).message.split('\n')[0]}\n${USAGE.split('\n')[0]}\n`);
		return 2;
	}
	const [name, ...files] = parsed.positionals;
	const values = parsed.values as Record<string, boolean | undefined>;
	if (values.help || !name) {
		(values.help ? io.out : io.err)(USAGE);
		return values.help ? 0 : 2;
	}
	const command = COMMANDS.find(c => c.name === name);
	if (!command) {
		io.err(`diplomatic-annotator: unknown command '${name}'\n${USAGE.split('\n')[0]}\n`);
		return 2;
	}
	if (files.length === 0) {
		io.err(`diplomatic-annotator: ${name} needs at least one FILE\n`);
		return 2;
	}
	const chosen = FLAGS.filter(f => values[f]);
	const wrong = chosen.find(f => !command.formats.includes(f));
	if (wrong || chosen.length > 1) {
		io.err(`diplomatic-annotator: ${name} takes one of ${command.formats.map(f => '--' + f).join(', ')}\n`);
		return 2;
	}
	return command.run(files, chosen[0] ?? command.formats[0], io);
}
