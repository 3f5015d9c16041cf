/**
 * The matrix exporters: CSV records and RFC 4180 quoting, a well-formed and accessible SVG, and
 * the two readings of the text the matrix needs (the meeting's date, the sentence of a cue).
 */
import * as assert from 'node:assert/strict';
import { buildMatrix } from '../../core/matrix';
import { csvField, MATRIX_CSV_HEADER, matrixToCsv, matrixToSvg } from '../../core/matrixExport';
import { meetingDate, sentenceAround } from '../../core/matrixText';
import { STANCE_STYLE } from '../../core/matrixStyle';
import { analysisOf } from './build';
import { parseCsv } from './csv';
import { checkWellFormed } from './xmlCheck';

const tricky = analysisOf([
	{ affiliation: 'Chile', themes: ['health'], stances: [['health', 'supports']], sentence: 'We said "yes", twice,\nand meant it.' },
	{ affiliation: 'Chile', themes: ['health'], stances: [['health', 'opposes']], sentence: 'No & <never>.' },
	{ name: 'A <b> & "c"', themes: ['sanctions'] },
], [{ line: 70, inFavour: ['Chile'], against: [], abstaining: [] }]);

describe('matrix CSV', () => {
	it('quotes fields with commas, quotes and line breaks, and only those', () => {
		assert.equal(csvField('plain'), 'plain');
		assert.equal(csvField('a,b'), '"a,b"');
		assert.equal(csvField('say "hi"'), '"say ""hi"""');
		assert.equal(csvField('two\nlines'), '"two\nlines"');
	});

	it('writes a header and one record per row, column and text, which parse back', () => {
		const m = buildMatrix([{ file: 'a, "b".txt', analysis: tricky, date: '2020-02-02' }]);
		const records = parseCsv(matrixToCsv(m));
		assert.deepEqual(records[0], MATRIX_CSV_HEADER);
		assert.ok(records.every(r => r.length === MATRIX_CSV_HEADER.length), 'every record has every field');
		const col = (name: string) => MATRIX_CSV_HEADER.indexOf(name);
		const health = records.find(r => r[col('row')] === 'Chile' && r[col('columnSource')] === 'recognized');
		assert.ok(health);
		assert.deepEqual([health[col('file')], health[col('date')], health[col('stance')], health[col('count')], health[col('supports')], health[col('opposes')]],
			['a, "b".txt', '2020-02-02', 'mixed', '2', '1', '1']);
		assert.equal(health[col('sentences')], 'We said "yes", twice,\nand meant it. | No & <never>.');
		const vote = records.find(r => r[col('columnSource')] === 'vote');
		assert.deepEqual(vote && [vote[col('row')], vote[col('vote')], vote[col('lines')]], ['Chile', 'in-favour', '70']);
		const cells = m.rows.reduce((n, r) => n + Object.values(r.cells).reduce((k, c) => k + c.byFile.filter(Boolean).length, 0), 0);
		assert.equal(records.length - 1, cells);
	});
});

describe('matrix SVG', () => {
	it('is well-formed XML with a title, a description, a legend and a title per cell', () => {
		const m = buildMatrix([{ file: 'x.txt', analysis: tricky }, { file: 'y.txt', analysis: tricky, date: '2001-01-01' }]);
		const svg = matrixToSvg(m, 'Chile & others');
		const names = checkWellFormed(svg);
		assert.equal(names[0], 'svg');
		assert.match(svg, /<title id="matrix-title">Chile &amp; others<\/title>/);
		assert.match(svg, /<desc id="matrix-desc">[^<]*2 delegations or speakers/);
		assert.match(svg, /aria-labelledby="matrix-title matrix-desc"/);
		assert.ok(svg.includes('A &lt;b&gt; &amp; &quot;c&quot;'), 'names are escaped');
		const cellTitles = [...svg.matchAll(/<g><title>([^<]*)<\/title>/g)].map(t => t[1]);
		assert.equal(cellTitles.length, m.rows.length * m.columns.length, 'one titled group per cell');
		assert.ok(cellTitles.some(t => t.startsWith('Chile, Health (recognized theme): mixed stances, 4 statements')), cellTitles.join('\n'));
		assert.ok(svg.includes(STANCE_STYLE.supports.words) && svg.includes('Legend'), 'the legend names the stances');
		assert.ok(!/<script|href=|@import|url\(/i.test(svg), 'self-contained: no script or outside reference');
		assert.ok(svg.includes('Stripe 1: y.txt (2001-01-01)'), 'stripes follow the date order');
	});

	it('the XML check itself rejects broken markup', () => {
		assert.throws(() => checkWellFormed('<svg><g></svg>'));
		assert.throws(() => checkWellFormed('<svg a="1" a="2"/>'));
		assert.throws(() => checkWellFormed('<svg>& </svg>'));
		assert.throws(() => checkWellFormed('<svg/><svg/>'));
	});
});

describe('matrix text readings', () => {
	it('reads the meeting date near the top, in either order', () => {
		assert.equal(meetingDate('Security Council\nThursday, 24 April 2025, 10 a.m.\nNew York'), '2025-04-24');
		assert.equal(meetingDate('Press release\nMarch 3, 1999\nText'), '1999-03-03');
		assert.equal(meetingDate('No date here at all.'), null);
		assert.equal(meetingDate('x'.repeat(5000) + ' 1 May 2020'), null, 'a date deep in the text is a citation');
	});

	it('finds the sentence around an offset inside the statement, past abbreviations', () => {
		const text = 'Mr. Ode (Peru): We thank Ms. Ray. Peru supports the plan. It is vital.';
		const at = text.indexOf('supports');
		assert.equal(sentenceAround(text, at), 'Peru supports the plan.');
		assert.equal(sentenceAround(text, text.indexOf('thank')), 'Mr. Ode (Peru): We thank Ms. Ray.');
		assert.equal(sentenceAround(text, at, text.indexOf('Peru supports'), text.indexOf(' It')), 'Peru supports the plan.');
	});
});
