// Runs the integration suite (client/out/test/index.js) inside the extension host of the bundled
// VS Code server: the workbench opened with a `payload` naming extensionDevelopmentPath and
// extensionTestsPath runs the tests and calls window.codeAutomationExit(code) when they end.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeRunFolder, startServer } from './code-server.mjs';
import { launchBrowser, newWorkbenchPage } from './browser.mjs';

const SUITE_TIMEOUT_MS = 10 * 60_000;

/**
 * @param {{ vscode: string, repo: string, outDir: string }} options
 * @returns {Promise<{ outcomes: { title: string, state: 'passed' | 'failed' | 'skipped', error?: string }[] }>}
 */
export async function runIntegrationSuite({ vscode, repo, outDir }) {
	const run = makeRunFolder('da-suite-');
	cpSync(join(repo, 'samples'), run.workspace, { recursive: true });
	const resultsFile = join(run.root, 'results.json');
	const server = await startServer(vscode, run, { logFile: join(outDir, 'suite-server.log'), env: { DA_TEST_RESULTS: resultsFile } });
	const browser = await launchBrowser();
	const consoleLines = [];
	try {
		const page = await newWorkbenchPage(browser);
		page.on('console', message => consoleLines.push(`[${message.type()}] ${message.text()}`));
		page.on('requestfailed', request => consoleLines.push(`[requestfailed] ${request.url()} ${request.failure()?.errorText}`));
		const exitCode = new Promise(resolveExit => page.exposeFunction('codeAutomationExit', code => resolveExit(code)));
		const remote = path => `vscode-remote://127.0.0.1:${server.port}${resolve(path)}`;
		const payload = JSON.stringify([
			['extensionDevelopmentPath', remote(repo)],
			['extensionTestsPath', remote(join(repo, 'client', 'out', 'test', 'index.js'))],
		]);
		await page.goto(`${server.origin}/?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(payload)}`);
		const code = await Promise.race([
			exitCode,
			new Promise((_, reject) => setTimeout(() => reject(new Error('suite did not finish within 10 minutes')), SUITE_TIMEOUT_MS).unref()),
		]);
		await page.screenshot({ path: join(outDir, 'suite-final.png') }).catch(() => {});
		if (!existsSync(resultsFile)) {
			throw new Error(`the suite ended with code ${code} and wrote no results (did the extension host start? see suite-server.log and suite-console.log)`);
		}
		const { outcomes } = JSON.parse(readFileSync(resultsFile, 'utf8'));
		const failed = outcomes.filter(o => o.state === 'failed').length;
		// A non-zero exit with no failed test means mocha itself failed (e.g. a suite did not load).
		if (code !== 0 && failed === 0) throw new Error(`the suite exited with code ${code} but reported no failed test`);
		return { outcomes };
	} finally {
		writeFileSync(join(outDir, 'suite-console.log'), consoleLines.join('\n'));
		await browser.close();
		await server.stop();
		if (!process.env.E2E_KEEP) rmSync(run.root, { recursive: true, force: true });
	}
}
