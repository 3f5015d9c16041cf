/**
 * Entry point of the integration suite, loaded by VS Code's extension host as
 * `extensionTestsPath` (by @vscode/test-electron on the desktop, by the payload URL in the
 * bundled code-server VS Code). It runs every compiled `suite/*.test.js` with mocha.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface TestOutcome {
	title: string;
	state: 'passed' | 'failed' | 'skipped';
	durationMs: number;
	error?: string;
}

/** Runs the suite; rejects when any test failed (VS Code then exits non-zero). */
export async function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
	// DA_TEST_GREP narrows the run while debugging a single test.
	if (process.env.DA_TEST_GREP) mocha.grep(process.env.DA_TEST_GREP);
	const suiteDir = path.join(__dirname, 'suite');
	for (const file of fs.readdirSync(suiteDir).filter(name => name.endsWith('.test.js')).sort()) {
		mocha.addFile(path.join(suiteDir, file));
	}

	const outcomes: TestOutcome[] = [];
	const failures = await new Promise<number>(resolve => {
		const runner = mocha.run(resolve);
		runner.on('pending', test => outcomes.push({ title: test.fullTitle(), state: 'skipped', durationMs: 0 }));
		runner.on('pass', test => outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
		runner.on('fail', (test, err: Error) => outcomes.push({
			title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: err.stack ?? String(err),
		}));
	});

	// The end-to-end harness reads this file: the extension host's console is not always visible
	// to the process that started VS Code (in the browser route it goes to the page console).
	const resultsFile = process.env.DA_TEST_RESULTS;
	if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify({ failures, outcomes }, null, 2));
	if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
