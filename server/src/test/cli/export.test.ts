/** `diplomatic-annotator export`: the sample's annotation file as CSV and JSON-LD, and bad input. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

const REPO = resolve(__dirname, '../../../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--require', 'tsx/cjs', join(REPO, 'server/src/cli.ts'), ...args], { cwd: REPO, encoding: 'utf8' });

describe('command line: export', () => {
	const sample = 'samples/s-pv-9901.txt';
	const stored = parse(readFileSync(join(REPO, 'samples/s-pv-9901.annotations.yaml'), 'utf8')).annotations as { id: string; themes: string[] }[];

	it('writes one CSV row per annotation and theme', () => {
		const r = run('export', sample, '--csv');
		assert.equal(r.status, 0, r.stderr);
		const rows = r.stdout.trim().split(/\r?\n/);
		assert.equal(rows[0], 'file,speaker,affiliation,theme,stance,note,quote');
		assert.equal(rows.length - 1, stored.reduce((n, a) => n + a.themes.length, 0));
	});

	it('writes a W3C Web Annotation collection with quote and position selectors', () => {
		const r = run('export', sample, '--jsonld');
		assert.equal(r.status, 0, r.stderr);
		const doc = JSON.parse(r.stdout);
		assert.equal(doc.total, stored.length);
		const selectors = doc.first.items[0].target.selector.map((s: { type: string }) => s.type).sort();
		assert.deepEqual(selectors, ['TextPositionSelector', 'TextQuoteSelector']);
	});

	it('refuses a missing text or a malformed annotation file with one line and a non-zero exit', () => {
		const missing = run('export', 'no/such/file.txt');
		assert.notEqual(missing.status, 0);
		assert.equal(missing.stderr.trim().split('\n').length, 1);
		const dir = mkdtempSync(join(tmpdir(), 'da-export-'));
		writeFileSync(join(dir, 'm.txt'), 'The President: Hello.\n');
		writeFileSync(join(dir, 'm.annotations.yaml'), 'version: 1\nannotations: [\n');
		const broken = run('export', join(dir, 'm.txt'));
		assert.notEqual(broken.status, 0);
		assert.equal(broken.stderr.trim().split('\n').length, 1);
		assert.doesNotMatch(broken.stderr, /\n\s+at /);
	});
});
