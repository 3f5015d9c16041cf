// `npm run test:e2e`: proves the extension in a real VS Code on this machine.
//  1. installs code-server (bundled VS Code server + web workbench) into its cache, if needed;
//  2. packages the extension (`npm run package`), checks the .vsix, compiles the integration suite;
//  3. runs the integration suite inside the server's extension host (run-suite.mjs);
//  4. runs the end-to-end user test against the installed .vsix in Chromium (user-test.mjs).
// Screenshots and logs go to test-results/e2e/. Ends with one line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureCodeServer } from './code-server.mjs';
import { runIntegrationSuite } from './run-suite.mjs';
import { runUserTest } from './user-test.mjs';
import { checkPackage } from './package-check.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const outDir = join(repo, 'test-results', 'e2e');
const vsix = join(repo, 'diplomatic-annotator.vsix');
const only = process.env.E2E_ONLY; // "suite" or "user" to run one half while debugging

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const timings = [];
const results = [];

async function timed(label, fn) {
	const start = Date.now();
	try {
		return await fn();
	} finally {
		timings.push(`${label} ${((Date.now() - start) / 1000).toFixed(1)} s`);
	}
}

function npm(...args) {
	const result = spawnSync('npm', args, { cwd: repo, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status})`);
}

/** Prints a test outcome the way mocha's spec reporter would, and counts it. */
function report({ title, state, error, durationMs }) {
	results.push({ title, state, durationMs, error: error === undefined ? undefined : String(error) });
	if (state === 'skipped') {
		skipped++;
		console.log(`  - ${title} (skipped)`);
	} else if (state === 'passed') {
		passed++;
		console.log(`  ✔ ${title}${durationMs > 2000 ? ` (${durationMs} ms)` : ''}`);
	} else {
		failed++;
		console.log(`  ✘ ${title}\n${String(error).split('\n').slice(0, 12).map(line => `      ${line}`).join('\n')}`);
	}
}

/** Runs one half of the tests; an error of the harness itself counts as one failed test. */
async function half(name, fn) {
	console.log(`\n${name}`);
	try {
		const { outcomes } = await timed(name, fn);
		outcomes.forEach(report);
		if (outcomes.length === 0) report({ title: `${name}: ran no test`, state: 'failed', error: 'no test outcome' });
	} catch (error) {
		report({ title: `${name}: harness`, state: 'failed', error: error?.stack ?? error });
	}
}

try {
	const vscode = await timed('code-server install/check', () => ensureCodeServer());
	await timed('package + build suite', () => {
		npm('run', 'package');
		spawnSync(process.execPath, [join(repo, 'scripts', 'e2e', 'build-tests.mjs')], { cwd: repo, stdio: 'inherit' }).status === 0
			|| (() => { throw new Error('building the integration suite failed'); })();
	});
	await half('packaging (.vsix)', async () => checkPackage({ repo, vsix }));
	if (only !== 'user') await half('integration suite (extension host of the bundled VS Code server)', () => runIntegrationSuite({ vscode, repo, outDir }));
	if (only !== 'suite') await half('end-to-end user test (installed .vsix in Chromium)', () => runUserTest({ vscode, repo, vsix, outDir }));
} catch (error) {
	report({ title: 'e2e setup', state: 'failed', error: error?.stack ?? error });
}

// CI keeps test-results/: the outcomes in a machine-readable form beside the screenshots.
writeFileSync(join(outDir, 'results.json'), JSON.stringify({ passed, failed, skipped, timings, results }, null, 2));
console.log(`\ntimings: ${timings.join('; ')}`);
console.log(`screenshots and logs: ${outDir}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
