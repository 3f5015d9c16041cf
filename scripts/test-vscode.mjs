// The standard desktop route for the integration suite: @vscode/test-electron downloads VS Code
// (the version in VSCODE_TEST_VERSION, default "stable"; "min" = engines.vscode) and runs
// client/out/test/index.js in its extension host on a copy of samples/. Needs the network;
// where only package registries are reachable use `npm run test:e2e` (bundled code-server VS Code).
// Run through `npm run test:vscode`, which builds the extension and the suite first.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const requested = process.env.VSCODE_TEST_VERSION ?? 'stable';
const version = requested === 'min' ? manifest.engines.vscode.replace(/^[^\d]*/, '') : requested;

// Tests write annotation files: give them a throw-away copy of the samples.
const workspace = mkdtempSync(join(tmpdir(), 'da-vscode-'));
cpSync(join(repo, 'samples'), workspace, { recursive: true });
try {
	await runTests({
		version,
		extensionDevelopmentPath: repo,
		extensionTestsPath: join(repo, 'client', 'out', 'test', 'index.js'),
		launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
	});
} catch (error) {
	console.error(`integration tests failed: ${error instanceof Error ? error.message : error}`);
	process.exitCode = 1;
} finally {
	rmSync(workspace, { recursive: true, force: true });
}
