/**
 * The positions matrix model on hand-made analyses: rows, groups, columns, stance aggregation,
 * votes, user tags, and several texts in time order.
 */
import * as assert from 'node:assert/strict';
import { aggregateStance, buildMatrix, OTHER_GROUP, orderSources, VOTE_COLUMN } from '../../core/matrix';
import { builtinVocabulary } from '../../core/vocabulary';
import { analysisOf } from './build';

const row = (m: ReturnType<typeof buildMatrix>, label: string) => {
	const r = m.rows.find(x => x.label === label);
	assert.ok(r, `row ${label} in ${m.rows.map(x => x.label).join(', ')}`);
	return r;
};

describe('matrix model', () => {
	it('aggregates stances: one when all agree, mixed when they differ, none without any', () => {
		assert.equal(aggregateStance(['supports', 'supports', null]), 'supports');
		assert.equal(aggregateStance(['supports', 'opposes']), 'mixed');
		assert.equal(aggregateStance([null, null]), 'none');
		assert.equal(aggregateStance([]), 'none');
	});

	it('makes one row per delegation, a cell per theme, and counts statements', () => {
		const analysis = analysisOf([
			{ name: 'Ms. Arden', affiliation: 'Norway', themes: ['sanctions'], stances: [['sanctions', 'supports']] },
			{ name: 'Mr. Brill', affiliation: 'Norway', themes: ['sanctions', 'health'], stances: [['sanctions', 'opposes']] },
			{ name: 'Mr. Chen', affiliation: 'China', themes: ['health'] },
		]);
		const m = buildMatrix([{ file: 'a.txt', analysis }]);
		assert.deepEqual(m.rows.map(r => r.label), ['Norway', 'China']);
		const norway = row(m, 'Norway');
		assert.deepEqual(norway.speakers, ['Ms. Arden', 'Mr. Brill']);
		const sanctions = norway.cells['recognized:sanctions'];
		assert.equal(sanctions.count, 2);
		assert.equal(sanctions.stance, 'mixed');
		assert.deepEqual(sanctions.tally, { supports: 1, opposes: 1 });
		assert.deepEqual(sanctions.statements.map(s => [s.index, s.startLine, s.stance]), [[0, 1, 'supports'], [1, 11, 'opposes']]);
		assert.equal(norway.cells['recognized:health'].stance, 'none');
		assert.equal(row(m, 'China').cells['recognized:sanctions'], undefined, 'no cell where the row said nothing');
		assert.equal(m.columns.find(c => c.key === 'recognized:sanctions')?.label, builtinVocabulary().theme('sanctions')?.label);
	});

	it('counts a stance on a theme the statement did not rank among its themes', () => {
		const m = buildMatrix([{ file: 'a.txt', analysis: analysisOf([{ affiliation: 'Chile', themes: [], stances: [['health', 'welcomes']] }]) }]);
		assert.equal(row(m, 'Chile').cells['recognized:health'].stance, 'welcomes');
	});

	it('groups by the bloc the text names, else the regional group, else other speakers (last)', () => {
		const analysis = analysisOf([
			{ name: 'Mr. Doe', title: 'Secretary-General', affiliation: 'United Nations', kind: 'organization', role: 'secretariat', themes: ['health'] },
			{ affiliation: 'Kenya', onBehalfOf: ['Group of 77 and China'], themes: ['health'] },
			{ affiliation: 'Peru', themes: ['health'] },
			{ affiliation: 'Kenya', themes: ['sanctions'] },
			{ name: 'Ms. Roe', themes: ['health'] },
		]);
		const m = buildMatrix([{ file: 'a.txt', analysis }]);
		assert.equal(row(m, 'Kenya').group, 'Group of 77 and China');
		assert.equal(row(m, 'Peru').group, builtinVocabulary().stateByName('Peru')?.groups[0]);
		assert.equal(row(m, 'Mr. Doe (United Nations)').kind, 'speaker');
		assert.equal(row(m, 'Mr. Doe (United Nations)').group, OTHER_GROUP);
		assert.equal(row(m, 'Ms. Roe').group, OTHER_GROUP);
		assert.equal(m.groups.at(-1)?.name, OTHER_GROUP, 'other speakers come last');
		assert.deepEqual(m.rows.map(r => r.key), m.groups.flatMap(g => g.rows), 'rows follow the groups');
	});

	it('keeps user tags in columns of their own, apart from a recognized theme of the same id', () => {
		const analysis = analysisOf([
			{ affiliation: 'Ghana', themes: ['sanctions'], stances: [['sanctions', 'supports']] },
			{ affiliation: 'Chile', themes: [] },
		]);
		const m = buildMatrix([{
			file: 'a.txt', analysis,
			annotations: [
				{ statementIndex: 0, themes: ['sanctions'], stance: 'opposes' },
				{ start: 150, themes: ['water-diplomacy'], stance: null },
				{ start: 5000, themes: ['lost'], stance: null },
			],
		}], { userThemes: [{ id: 'water-diplomacy', label: 'Water diplomacy' }] });
		const ghana = row(m, 'Ghana');
		assert.equal(ghana.cells['recognized:sanctions'].stance, 'supports');
		assert.equal(ghana.cells['user:sanctions'].stance, 'opposes');
		const water = m.columns.find(c => c.key === 'user:water-diplomacy');
		assert.deepEqual(water && { label: water.label, source: water.source }, { label: 'Water diplomacy', source: 'user' });
		assert.equal(row(m, 'Chile').cells['user:water-diplomacy'].count, 1, 'a tag by offset lands on the statement holding it');
		assert.ok(!m.columns.some(c => c.id === 'lost'), 'a tag outside every statement is left out');
		assert.ok(m.columns.findIndex(c => c.source === 'user') > m.columns.findIndex(c => c.source === 'recognized'), 'user columns after recognized ones');
	});

	it('adds a vote column from the recorded vote, and from votes said in statements', () => {
		const analysis = analysisOf([
			{ affiliation: 'France', role: 'chair', vote: 'in-favour' },
			{ affiliation: 'France', vote: 'in-favour', themes: ['health'] },
			{ affiliation: 'China', vote: 'abstaining' },
			{ affiliation: 'Brazil', vote: 'against' },
			{ affiliation: 'Chile', themes: ['health'] },
		], [{ line: 40, inFavour: ['France'], against: [], abstaining: ['China'] }]);
		const m = buildMatrix([{ file: 'a.txt', analysis }]);
		assert.equal(m.columns.at(-1)?.key, VOTE_COLUMN);
		const france = row(m, 'France').cells[VOTE_COLUMN];
		assert.deepEqual([france.vote, france.count, france.statements[0].startLine, france.statements[0].index], ['in-favour', 1, 40, -1]);
		assert.equal(row(m, 'China').cells[VOTE_COLUMN].vote, 'abstaining');
		const brazil = row(m, 'Brazil').cells[VOTE_COLUMN];
		assert.deepEqual([brazil.vote, brazil.statements[0].index], ['against', 3], 'a vote said in a statement when no record lists it');
		assert.equal(row(m, 'Chile').cells[VOTE_COLUMN], undefined);
		assert.ok(!buildMatrix([{ file: 'b.txt', analysis: analysisOf([{ affiliation: 'Chile', themes: ['health'] }]) }]).columns.some(c => c.key === VOTE_COLUMN),
			'no vote column when no text reports a vote');
	});

	it('orders several texts by date, undated after, and keeps one entry per text in each cell', () => {
		const early = analysisOf([{ affiliation: 'Chile', themes: ['health'], stances: [['health', 'supports']] }]);
		const late = analysisOf([{ affiliation: 'Chile', themes: ['health'], stances: [['health', 'opposes']] }, { affiliation: 'Peru', vote: 'against' }]);
		const undated = analysisOf([{ affiliation: 'Peru', themes: ['health'] }]);
		const m = buildMatrix([
			{ file: 'z-undated.txt', analysis: undated, date: null },
			{ file: 'b-late.txt', analysis: late, date: '2024-05-01' },
			{ file: 'c-early.txt', analysis: early, date: '1999-01-31' },
		]);
		assert.deepEqual(m.files.map(f => f.file), ['c-early.txt', 'b-late.txt', 'z-undated.txt']);
		const chile = row(m, 'Chile').cells['recognized:health'];
		assert.equal(chile.stance, 'mixed');
		assert.deepEqual(chile.byFile.map(c => c && c.stance), ['supports', 'opposes', null]);
		assert.deepEqual(chile.statements.map(s => s.file), ['c-early.txt', 'b-late.txt']);
		assert.deepEqual(row(m, 'Peru').cells[VOTE_COLUMN].byFile.map(c => c && c.vote), [null, 'against', null]);
		assert.deepEqual(orderSources([{ file: 'b' }, { file: 'a' }]).map(s => s.file), ['a', 'b'], 'by name without dates');
	});

	it('gives a speaker named more or less fully in two texts one row, named in full', () => {
		const un = { affiliation: 'United Nations', kind: 'organization' as const, role: 'briefer' as const, themes: ['health'] };
		const m = buildMatrix([
			{ file: 'a.txt', analysis: analysisOf([{ ...un, name: 'Ann Roe-Lind' }, { ...un, name: 'Bo Doe' }]) },
			{ file: 'b.txt', analysis: analysisOf([{ ...un, name: 'Roe-Lind' }]) },
		]);
		assert.deepEqual(m.rows.map(r => r.label), ['Ann Roe-Lind (United Nations)', 'Bo Doe (United Nations)']);
		assert.deepEqual(m.rows[0].cells['recognized:health'].byFile.map(c => c?.count ?? 0), [1, 1]);
	});

	it('is empty for no statements', () => {
		const m = buildMatrix([{ file: 'x.txt', analysis: analysisOf([]) }]);
		assert.deepEqual([m.rows.length, m.columns.length, m.groups.length, m.files.length], [0, 0, 0, 1]);
	});
});
