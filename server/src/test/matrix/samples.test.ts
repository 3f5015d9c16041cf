/**
 * The matrix of the sample texts and the `matrix` command line. Expected values are read from the
 * texts themselves (the recorded vote, the "on behalf of" labels, the printed dates), not copied
 * from what the engine emits today.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../core/analyze';
import { buildMatrix, MatrixSource, VOTE_COLUMN } from '../../core/matrix';
import { meetingDate } from '../../core/matrixText';
import { speakerKey } from '../../lsp/speakers';
import { parseCsv } from './csv';
import { checkWellFormed } from './xmlCheck';

const ROOT = path.resolve(__dirname, '../../../..');
const SAMPLES = path.join(ROOT, 'samples');
const CLI = path.join(ROOT, 'server/out/cli.js');

function source(name: string): MatrixSource & { text: string } {
	const text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
	return { file: name, text, analysis: analyze(text), date: meetingDate(text) };
}

/** The text of a block of the recorded vote ("In favour:", "Abstaining:"): its first non-empty paragraph. */
function listedUnder(text: string, heading: string): string {
	const lines = text.split(/\r?\n/);
	const at = lines.findIndex(l => l.trim() === heading);
	if (at < 0) return '';
	const rest = lines.slice(at + 1);
	const first = rest.findIndex(l => l.trim() !== '');
	const end = rest.findIndex((l, i) => i > first && l.trim() === '');
	return rest.slice(first, end < 0 ? undefined : end).join(' ');
}

describe('matrix of the samples', () => {
	const verbatim = source('s-pv-9901.txt');

	it('has a row for every delegation and speaker, each in a group', () => {
		const m = buildMatrix([verbatim]);
		const affiliations = new Set(verbatim.analysis.statements.map(s => s.speaker.affiliation).filter(a => a && a !== 'United Nations'));
		for (const a of affiliations) assert.ok(m.rows.some(r => r.label === a && r.kind === 'delegation'), `row for ${a}`);
		assert.equal(m.rows.length, new Set(m.rows.map(r => r.key)).size, 'no row twice');
		assert.deepEqual(m.groups.flatMap(g => g.rows).sort(), m.rows.map(r => r.key).sort(), 'every row in exactly one group');
		for (const s of verbatim.analysis.statements) {
			const r = m.rows.find(x => x.label === s.speaker.affiliation || x.label === speakerKey(s.speaker));
			assert.ok(r, `a row holds statement ${s.index}`);
			for (const theme of s.themes) assert.ok(r.cells[`recognized:${theme}`]?.statements.some(e => e.index === s.index), `${r.label} × ${theme} cites statement ${s.index}`);
		}
	});

	it('groups a delegation under the group its label says it speaks for', () => {
		const m = buildMatrix([verbatim]);
		const labelLine = verbatim.text.split('\n').find(l => l.startsWith('Mr. Koroma (Sierra Leone):'))!;
		const group = m.rows.find(r => r.label === 'Sierra Leone')!.group;
		assert.ok(labelLine.includes(group), `"${group}" is said in: ${labelLine}`);
	});

	it('has the recorded vote of each delegation that spoke', () => {
		const m = buildMatrix([verbatim]);
		const favour = listedUnder(verbatim.text, 'In favour:');
		const abstaining = listedUnder(verbatim.text, 'Abstaining:');
		assert.ok(favour.includes(',') && abstaining.includes(','), 'the sample has a recorded vote');
		let checked = 0;
		for (const r of m.rows.filter(x => x.kind === 'delegation')) {
			const expected = favour.includes(r.label) ? 'in-favour' : abstaining.includes(r.label) ? 'abstaining' : undefined;
			if (expected) { assert.equal(r.cells[VOTE_COLUMN]?.vote, expected, r.label); checked++; }
		}
		assert.ok(checked >= 10, `${checked} delegations checked`);
	});

	it('quotes the sentence of the cue, which lies inside the statement', () => {
		const m = buildMatrix([verbatim]);
		for (const r of m.rows) for (const cell of Object.values(r.cells)) for (const e of cell.statements) {
			if (e.index < 0) continue;
			const s = verbatim.analysis.statements[e.index];
			assert.ok(e.start >= s.span.start && e.end <= s.span.end, 'the cue is in the statement');
			const flat = verbatim.text.slice(s.span.start, s.span.end).replace(/\s+/g, ' ');
			assert.ok(flat.includes(e.sentence) || e.sentence === s.keySentence || e.sentence.endsWith('…'), `"${e.sentence}" is in statement ${e.index}`);
		}
	});

	it('orders the three samples by the dates they print', () => {
		const names = ['s-pv-9901.txt', 'press-release-9901.txt', 'a-49-pv-88.txt'];
		const m = buildMatrix(names.map(source));
		for (const f of m.files) {
			const text = fs.readFileSync(path.join(SAMPLES, f.file), 'utf8');
			const [y, mo, d] = f.date!.split('-').map(Number);
			const month = new Date(Date.UTC(y, mo - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
			assert.ok(text.includes(`${d} ${month} ${y}`), `${f.file} prints ${f.date}`);
		}
		assert.deepEqual(m.files.map(f => f.date), [...m.files.map(f => f.date)].sort());
		const pakistan = m.rows.find(r => r.label === 'Pakistan');
		assert.ok(pakistan && Object.values(pakistan.cells).some(c => c.byFile.filter(Boolean).length >= 2), 'Pakistan can be compared across texts');
	});
});

describe('matrix command line', function () {
	this.timeout(60_000);
	const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'matrix', ...args], { encoding: 'utf8', cwd: ROOT });
	before(() => assert.ok(fs.existsSync(CLI), `${CLI} exists (run npm run build)`));

	it('writes CSV by default and SVG on --svg', () => {
		const csv = run('samples/s-pv-9901.txt');
		assert.equal(csv.status, 0, csv.stderr);
		const records = parseCsv(csv.stdout);
		assert.ok(records.length > 20 && records.slice(1).every(r => r[4] === 'samples/s-pv-9901.txt'));
		const svg = run('samples/s-pv-9901.txt', 'samples/a-49-pv-88.txt', '--svg');
		assert.equal(svg.status, 0, svg.stderr);
		assert.equal(checkWellFormed(svg.stdout)[0], 'svg');
		assert.ok(svg.stdout.includes('Sierra Leone'));
	});

	it('reports an unreadable file in one line and still writes the others', () => {
		const r = run('samples/s-pv-9901.txt', 'samples/no-such-file.txt');
		assert.equal(r.status, 1);
		assert.deepEqual(r.stderr.trim().split('\n').length, 1);
		assert.match(r.stderr, /no-such-file\.txt/);
		assert.ok(r.stdout.startsWith('group,row,column'));
		const wrong = run('samples/s-pv-9901.txt', '--json');
		assert.equal(wrong.status, 2);
		assert.match(wrong.stderr, /--csv, --svg/);
	});
});
