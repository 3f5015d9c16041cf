// The Node options the language server runs with (server/src/nodeFlags.json), for the benchmarks:
// the engine is measured as the server runs it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The server's Node options, e.g. ['--max-semi-space-size=64']. */
export const SERVER_NODE_FLAGS = JSON.parse(fs.readFileSync(path.join(repoRoot, 'server/src/nodeFlags.json'), 'utf8')).nodeFlags;

/**
 * Runs the calling script again under the server's Node options when this process lacks them,
 * and exits with its status; returns when they are set already.
 * @param {string} scriptUrl the caller's import.meta.url
 */
export function runUnderServerFlags(scriptUrl) {
	if (SERVER_NODE_FLAGS.every(flag => process.execArgv.includes(flag))) return;
	const result = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, ...process.execArgv, fileURLToPath(scriptUrl), ...process.argv.slice(2)], { stdio: 'inherit' });
	process.exit(result.status ?? 1);
}
