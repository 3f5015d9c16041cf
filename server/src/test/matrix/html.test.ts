/**
 * The matrix panel's page (client/src/matrix/matrixHtml.ts and matrixCells.ts are pure, so they
 * are tested here without an editor): strict CSP, an accessible table, escaped names, colours in
 * the style sheet equal to the shared palette, and a script that reaches for no network.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Script } from 'node:vm';
import { cellPayload, uriBaseName, withFileNames } from '../../../../client/src/matrix/matrixCells';
import { fillColours, matrixPage } from '../../../../client/src/matrix/matrixHtml';
import { buildMatrix } from '../../core/matrix';
import { analysisOf } from './build';

const MEDIA = path.resolve(__dirname, '../../../../client/media/matrix');

const model = buildMatrix([{
	file: 'file:///w/a%20b.txt',
	analysis: analysisOf([
		{ affiliation: 'Chile', themes: ['health'], stances: [['health', 'supports']], vote: 'against' },
		{ name: '<script>alert(1)</script>', themes: ['sanctions'], stances: [['sanctions', 'condemns']] },
	]),
	annotations: [{ statementIndex: 0, themes: ['water'], stance: null }],
}]);
const page = matrixPage(model, {
	cspSource: 'vscode-resource:', nonce: 'N0nce', scriptUri: 'vscode-resource:/m.js', styleUri: 'vscode-resource:/m.css',
	title: 'Positions — a b.txt', fileLabels: ['a b.txt'], skipped: [{ name: 'x.txt', reason: 'not a UN meeting text' }],
});

describe('matrix panel page', () => {
	it('has a strict content security policy and only the nonce\'d script', () => {
		const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? '';
		assert.match(csp, /^default-src 'none';/);
		assert.match(csp, /script-src 'nonce-N0nce'/);
		assert.ok(!/unsafe-inline|unsafe-eval|https?:/.test(csp), csp);
		const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map(m => m[0]);
		assert.deepEqual(scripts, ['<script nonce="N0nce" src="vscode-resource:/m.js">']);
		assert.ok(!/\sstyle=|<style|https?:\/\//.test(page), 'no inline style (the CSP forbids it) and no network address');
	});

	it('is an accessible table: caption, scoped headers, one labelled cell per row and column', () => {
		assert.match(page, /<caption>[^<]*2 delegations or speakers, 4 columns/);
		assert.equal([...page.matchAll(/<th scope="col"/g)].length, model.columns.length);
		assert.equal([...page.matchAll(/<th scope="row"/g)].length, model.rows.length);
		assert.equal([...page.matchAll(/<th scope="rowgroup"/g)].length, model.groups.length);
		const labels = [...page.matchAll(/role="gridcell" tabindex="-1" data-row="(\d+)" data-col="(\d+)" aria-label="([^"]*)"/g)];
		assert.equal(labels.length, model.rows.length * model.columns.length);
		const chileHealth = labels.find(l => l[3].startsWith('Chile, Health'));
		assert.ok(chileHealth, labels.map(l => l[3]).join('\n'));
		assert.match(chileHealth[3], /recognized theme\): supports, 1 statement$/);
		assert.ok(labels.some(l => /^Chile, Water \(your tag\): addressed, no stance recognized, 1 statement$/.test(l[3])));
		assert.ok(labels.some(l => /^Chile, Vote \(vote\): voted against$/.test(l[3])));
		assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;') && !page.includes('<script>alert'), 'names are escaped');
		assert.match(page, /x\.txt: not a UN meeting text/);
	});

	it('colours cells with classes the style sheet defines with the shared palette', () => {
		const css = fs.readFileSync(path.join(MEDIA, 'matrix.css'), 'utf8');
		for (const f of fillColours()) {
			const rule = new RegExp(`\\.${f.cls} \\{ background: ${f.fill}; color: ${f.ink}; \\}`);
			assert.match(css, rule, `matrix.css defines .${f.cls}`);
		}
		assert.match(page, /class="stripe fill-supports"/);
		assert.match(page, /class="stripe fill-vote-against"/);
		assert.match(css, /--vscode-foreground/);
		assert.match(css, /vscode-high-contrast/);
	});

	it('the page script compiles and uses no network', () => {
		const js = fs.readFileSync(path.join(MEDIA, 'matrix.js'), 'utf8');
		assert.doesNotThrow(() => new Script(js));
		assert.ok(!/fetch\(|XMLHttpRequest|WebSocket|https?:\/\/|innerHTML|eval\(/.test(js), 'no network, no HTML injection, no eval');
	});

	it('lists the statements behind each non-empty cell under the table\'s row,col keys', () => {
		const cells = cellPayload(model, uriBaseName);
		const chile = model.rows.findIndex(r => r.label === 'Chile');
		const health = model.columns.findIndex(c => c.key === 'recognized:health');
		const s = cells[`${chile},${health}`].statements[0];
		assert.deepEqual([s.uri, s.fileLabel, s.startLine, s.what], ['file:///w/a%20b.txt', 'a b.txt', 1, 'supports']);
		const filled = model.rows.reduce((n, r) => n + Object.keys(r.cells).length, 0);
		assert.equal(Object.keys(cells).length, filled);
		const named = withFileNames(model, () => 'a b.txt');
		assert.deepEqual([named.files[0].file, Object.values(named.rows[0].cells)[0].statements[0].file], ['a b.txt', 'a b.txt']);
		assert.equal(model.files[0].file, 'file:///w/a%20b.txt', 'the model itself is left as it was');
	});
});
