#!/usr/bin/env node
/**
 * The command line over the engine:
 *   diplomatic-annotator analyze FILE… [--json | --yaml | --csv]
 * Errors get one line on stderr and a non-zero exit, never a stack trace.
 */
import { runCli } from './cli/main';

runCli(process.argv.slice(2)).then(code => { process.exitCode = code; }, (e: unknown) => {
	process.stderr.write(`diplomatic-annotator: ${e instanceof Error ? e.message : String(e)}\n`);
	process.exitCode = 2;
});
