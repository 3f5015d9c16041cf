/**
 * The invariant checker must be able to fail: hand-built analyses that break each invariant are
 * rejected, and a well-formed one is accepted. Otherwise the fuzz tests would prove nothing.
 */
import * as assert from 'node:assert/strict';
import { Analysis, EMPTY_ANALYSIS, Statement } from '../../core/model';
import { checkAnalysis } from './invariants';

const TEXT = 'Mr. A (B): one.\nMs. C (D): two.\r\nThe President: three.';

function statement(index: number, start: number, end: number, startLine: number, endLine: number): Statement {
	return {
		index, span: { start, end }, startLine, endLine,
		speaker: { name: null, title: null, affiliation: null, affiliationKind: null, role: null, onBehalfOf: [], span: { start, end: start + 3 } },
		themes: [], stances: [], themeCues: [], stanceCues: [], keySentence: '', vote: null, section: -1,
	};
}

function withStatements(...statements: Statement[]): Analysis {
	return { ...EMPTY_ANALYSIS, genre: 'verbatim-record', statements };
}

describe('robustness: the invariant checker', () => {
	const second = TEXT.indexOf('Ms.');
	const third = TEXT.indexOf('The President');

	it('accepts a well-formed analysis', () => {
		checkAnalysis(TEXT, withStatements(statement(0, 0, second, 1, 1), statement(1, second, third, 2, 2), statement(2, third, TEXT.length, 3, 3)));
		checkAnalysis('', EMPTY_ANALYSIS);
	});

	const broken: Record<string, Analysis> = {
		'a span past the end of the text': withStatements(statement(0, 0, TEXT.length + 1, 1, 3)),
		'a negative start': withStatements(statement(0, -1, 4, 1, 1)),
		'overlapping statements': withStatements(statement(0, 0, second + 2, 1, 2), statement(1, second, third, 2, 2)),
		'statements out of order': withStatements(statement(0, second, third, 2, 2), statement(1, 0, second, 1, 1)),
		'a wrong start line': withStatements(statement(0, second, third, 1, 2)),
		'a wrong end line': withStatements(statement(0, 0, second, 1, 3)),
		'a wrong index': withStatements(statement(1, 0, second, 1, 1)),
		'an unknown genre': { ...EMPTY_ANALYSIS, genre: 'poem' as Analysis['genre'] },
		'a mention on the wrong line': { ...EMPTY_ANALYSIS, states: [{ name: 'B', observer: false, mentions: [{ span: { start: 7, end: 8 }, line: 2, text: 'B' }] }] },
		'a section naming no heading': withStatements({ ...statement(0, 0, second, 1, 1), section: 0 }),
	};
	for (const [name, analysis] of Object.entries(broken)) {
		it(`rejects ${name}`, () => assert.throws(() => checkAnalysis(TEXT, analysis), assert.AssertionError));
	}
});
