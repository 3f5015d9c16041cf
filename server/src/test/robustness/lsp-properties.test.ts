/**
 * The protocol layer's conversions on any text: for random, mutated and hostile texts, the token
 * list and the Outline built from the analysis stay inside the document and obey what editors
 * enforce (sorted single-line tokens that do not overlap; a symbol's selection inside its range).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentSymbol, Position, Range } from 'vscode-languageserver/node';
import { analyze } from '../../core/analyze';
import { LineIndex } from '../../core/lines';
import { AnalyzedDocument } from '../../lsp/analyzedDocument';
import { documentSymbols } from '../../lsp/documentSymbols';
import { adversarialTexts, baseTexts } from './inputs';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

function lineLength(lines: LineIndex, line: number): number {
	return lines.lineEnd(line + 1) - lines.starts[line];
}

function assertPositionInside(lines: LineIndex, p: Position, what: string): void {
	assert.ok(p.line >= 0 && p.line < lines.lineCount, `${what}: line ${p.line} of ${lines.lineCount}`);
	assert.ok(p.character >= 0 && p.character <= lineLength(lines, p.line), `${what}: character ${p.character} within line ${p.line}`);
}

function assertRange(lines: LineIndex, r: Range, what: string): void {
	assertPositionInside(lines, r.start, `${what} start`);
	assertPositionInside(lines, r.end, `${what} end`);
	assert.ok(before(r.start, r.end), `${what}: starts before it ends`);
}

function assertSymbols(lines: LineIndex, symbols: DocumentSymbol[], parent: string): void {
	for (const s of symbols) {
		const what = `${parent} > ${s.name}`;
		assert.ok(s.name.trim().length > 0, `${what}: has a name (VS Code rejects empty names)`);
		assertRange(lines, s.range, what);
		assertRange(lines, s.selectionRange, `${what} selection`);
		// VS Code throws "selectionRange must be contained in fullRange" otherwise, losing the whole Outline.
		assert.ok(before(s.range.start, s.selectionRange.start) && before(s.selectionRange.end, s.range.end), `${what}: selection inside range`);
		assertSymbols(lines, s.children ?? [], what);
	}
}

/** Tokens and symbols of `text` obey the protocol's and the editor's rules. */
function checkLspViews(text: string): void {
	const doc = new AnalyzedDocument('file:///property.txt', 1, text, analyze(text));
	const lines = doc.lines;
	const tokens = doc.tokens(undefined, 0);
	let previousEnd = -1;
	tokens.forEach((t, i) => {
		const what = `token ${i} (${t.line}:${t.char}+${t.length})`;
		assert.ok(t.length > 0, `${what}: not empty`);
		assert.ok(t.line >= 0 && t.line < lines.lineCount, `${what}: on a line of the text`);
		assert.equal(t.start, lines.starts[t.line] + t.char, `${what}: offset agrees with line and character`);
		assert.ok(t.char + t.length <= lineLength(lines, t.line), `${what}: ends within its line`);
		assert.ok(t.start >= previousEnd, `${what}: after the previous token, not overlapping it`);
		previousEnd = t.start + t.length;
	});
	assertSymbols(lines, documentSymbols(doc), 'Outline');
}

const PIECES = ['Mr. ', 'Ms. ', 'The President', ' (spoke in French)', ': ', '(', ')', 'France', 'African Group', 'on behalf of the ',
	'Security Council', 'General Assembly', 'Agenda', 'we welcome ', 'condemns ', '\n', '\r\n', '\r', '\n\n', ' ', '\u{1F54A}', '\uD800', 'é'];
const textArb = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 2000 }),
	fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map(parts => parts.join('')),
);

describe('robustness: tokens and Outline on any text', function () {
	this.timeout(180_000);

	for (const [name, text] of Object.entries(adversarialTexts())) {
		it(`keeps tokens and symbols inside ${name}`, () => checkLspViews(text));
	}

	it('keeps tokens and symbols inside random texts', () => {
		fc.assert(fc.property(textArb, checkLspViews), { numRuns: 200 });
	});

	it('keeps tokens and symbols inside mutated sample and corpus texts', () => {
		const bases = baseTexts();
		const mutated = fc.tuple(fc.nat({ max: bases.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 3000 }), textArb)
			.map(([i, at, length, insert]) => {
				const text = bases[i];
				const from = Math.floor(at * text.length);
				// Cut a slice and put something else there: labels and sections lose their ends.
				return text.slice(0, from) + insert + text.slice(Math.min(text.length, from + length));
			});
		fc.assert(fc.property(mutated, checkLspViews), { numRuns: 120 });
	});
});
