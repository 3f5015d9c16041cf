/**
 * The command line on bad input (issue 7): a directory, a missing file, binary data, a huge file
 * or a wrong argument gives one clear line on stderr and a non-zero exit, never a stack trace. Runs the built
 * CLI (`npm test` builds first) as a user would.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pseudoRandomBytes, REPO_ROOT } from './inputs';

const CLI = path.join(REPO_ROOT, 'server/out/cli.js');

function runCli(args: string[], timeout = 30_000): { status: number | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
	assert.equal(r.error, undefined, `the CLI finished within ${timeout / 1000} s (${r.error?.message})`);
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One non-empty line on stderr naming the culprit, no stack frame, a non-zero exit. */
function assertCleanFailure(r: { status: number | null; stderr: string }, culprit: string): void {
	assert.notEqual(r.status, 0, 'exits with a non-zero status');
	assert.ok(!/^\s+at /m.test(r.stderr), `no stack trace on stderr:\n${r.stderr}`);
	const lines = r.stderr.split(/\r?\n/).filter(line => line.trim() !== '');
	assert.equal(lines.length, 1, `exactly one line on stderr, got:\n${r.stderr}`);
	assert.ok(lines[0].includes(culprit), `the message names ${culprit}: ${lines[0]}`);
}

describe('robustness: command line on bad input', function () {
	this.timeout(120_000);
	let dir: string;
	const sample = path.join(REPO_ROOT, 'samples', 's-pv-9901.txt');

	before(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'da-cli-'));
		assert.ok(fs.existsSync(CLI), `${CLI} exists (run npm run build)`);
	});
	after(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

	it('analyses a readable text and exits 0 (control: the failures below are not the CLI always failing)', function () {
		if (!fs.existsSync(sample)) this.skip();
		const r = runCli(['analyze', sample, '--json']);
		assert.equal(r.status, 0, r.stderr);
		assert.doesNotThrow(() => JSON.parse(r.stdout), 'stdout is JSON');
	});

	it('refuses a directory', () => {
		assertCleanFailure(runCli(['analyze', dir]), path.basename(dir));
	});

	it('refuses a missing file', () => {
		const missing = path.join(dir, 'no-such-record.txt');
		assertCleanFailure(runCli(['analyze', missing]), 'no-such-record.txt');
	});

	it('refuses binary data', () => {
		const binary = path.join(dir, 'image.txt');
		fs.writeFileSync(binary, pseudoRandomBytes(64 * 1024));
		assertCleanFailure(runCli(['analyze', binary]), 'image.txt');
	});

	it('refuses a file too large to hold as one string, without reading it whole', () => {
		// 1 GiB is past V8's longest string; the file is sparse, so it costs no disk. Text comes
		// first so that a binary sniff of the head does not answer in place of the size check.
		const huge = path.join(dir, 'huge.txt');
		fs.writeFileSync(huge, 'The President: I call the meeting to order.\n'.repeat(1000));
		fs.truncateSync(huge, 2 ** 30);
		assertCleanFailure(runCli(['analyze', huge]), 'huge.txt');
	});

	it('refuses a device that never ends (/dev/zero) instead of reading it forever', function () {
		if (!fs.existsSync('/dev/zero')) this.skip();
		assertCleanFailure(runCli(['analyze', '/dev/zero'], 10_000), '/dev/zero');
	});

	it('refuses a named pipe instead of waiting for a writer', function () {
		const fifo = path.join(dir, 'pipe.txt');
		if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
		assertCleanFailure(runCli(['analyze', fifo], 10_000), 'pipe.txt');
	});

	it('reports a bad file among good ones with one line and still fails', function () {
		if (!fs.existsSync(sample)) this.skip();
		const r = runCli(['analyze', sample, path.join(dir, 'absent.txt'), '--json']);
		assert.notEqual(r.status, 0);
		assert.ok(!/^\s+at /m.test(r.stderr), r.stderr);
		assert.equal(r.stderr.split(/\r?\n/).filter(l => l.includes('absent.txt')).length, 1, r.stderr);
	});
});

describe('robustness: command line on bad arguments', function () {
	this.timeout(60_000);

	const cases: [string[], string][] = [
		[['analyze', '--foo', 'x.txt'], '--foo'],
		[['--foo'], '--foo'],
		[['analyze', '--json=yes', 'x.txt'], '--json'],
		[['summarise', 'x.txt'], 'summarise'],
		[[], 'no command'],
		[['analyze'], 'FILE'],
		[['analyze', '--csv', '--json', 'x.txt'], 'only one of'],
		[['matrix', '--yaml', 'x.txt'], '--yaml'],
	];
	for (const [args, culprit] of cases) {
		it(`refuses \`${args.join(' ') || '(nothing)'}\` with one line that points to --help, not the usage text`, () => {
			const r = runCli(args);
			assertCleanFailure(r, culprit);
			assert.match(r.stderr, /\(see --help\)$/m);
			assert.doesNotMatch(r.stderr, /usage:/);
			assert.equal(r.stdout, '', 'nothing on stdout');
		});
	}

	it('prints the usage on stdout for --help and exits 0', () => {
		for (const flag of ['--help', '-h']) {
			const r = runCli([flag]);
			assert.equal(r.status, 0, r.stderr);
			assert.equal(r.stderr, '');
			assert.match(r.stdout, /^usage: diplomatic-annotator COMMAND FILE…/);
			for (const command of ['analyze', 'matrix', 'export']) assert.match(r.stdout, new RegExp(`^  ${command} FILE…`, 'm'));
		}
	});
});
