/**
 * What every command-line command provides, and the shared way of reporting a file that could not
 * be read: one line on stderr, never a stack trace.
 */
import { UnreadableFileError } from '../node/readText';

export interface CliIo {
	out(text: string): void;
	err(text: string): void;
}

export interface CliCommand {
	readonly name: string;
	/** One line for the usage text. */
	readonly usage: string;
	/** Output formats, as flags (`--json`); the first is the default. */
	readonly formats: readonly string[];
	/** Runs the command on its file arguments; returns the exit code. */
	run(files: string[], format: string, io: CliIo): number | Promise<number>;
}

/** Writes one clear line about a file that failed. */
export function reportFileError(file: string, e: unknown, io: CliIo): void {
	const message = e instanceof UnreadableFileError ? e.message : `${file}: ${e instanceof Error ? e.message : String(e)}`;
	io.err(`diplomatic-annotator: ${message.split('\n')[0]}\n`);
}
