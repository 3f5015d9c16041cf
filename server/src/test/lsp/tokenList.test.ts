/**
 * The pure token computation, in process: whatever spans the engine reports (nested, crossing,
 * equal, multi-line), the token list is sorted, non-overlapping, single-line and within its lines,
 * inner spans win over outer ones, and range lookup agrees with a linear scan.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../core/lines';
import { Analysis, EMPTY_ANALYSIS, Statement } from '../../core/model';
import { TOKEN_TYPES } from '../../lsp/legend';
import { tokenEdits } from '../../lsp/tokenDelta';
import { computeTokens, firstTokenOnOrAfterLine, tokenAt } from '../../lsp/tokenList';
import { matchScore } from '../../lsp/workspaceSymbols';

function statement(index: number, start: number, end: number, label: { start: number; end: number } | null, cues: { start: number; end: number }[] = []): Statement {
	return {
		index, span: { start, end }, startLine: 1, endLine: 1,
		speaker: { name: 'X', title: null, affiliation: null, affiliationKind: null, role: index === 0 ? 'chair' : 'member', onBehalfOf: [], span: label },
		themes: [], stances: [], themeCues: cues.map(span => ({ span, theme: 't' })), stanceCues: [], keySentence: '', vote: null, section: -1,
	};
}

function analysisWith(parts: Partial<Analysis>): Analysis {
	return { ...EMPTY_ANALYSIS, genre: 'verbatim-record', ...parts };
}

describe('computeTokens', () => {
	it('splits a speaker label around a state inside it, and gives equal spans to the speaker', () => {
		const text = 'Mr. Haldane (United Kingdom): text';
		const uk = { start: text.indexOf('United'), end: text.indexOf(')') };
		const a = analysisWith({
			statements: [statement(0, 0, text.length, { start: 0, end: uk.end + 1 })],
			states: [{ name: 'United Kingdom', observer: false, mentions: [{ span: uk, line: 1, text: 'United Kingdom' }] }],
		});
		const tokens = computeTokens(a, new LineIndex(text), new Set());
		assert.deepEqual(tokens.map(t => [t.char, t.length, TOKEN_TYPES[t.type]]), [
			[0, uk.start, 'speaker'], [uk.start, uk.end - uk.start, 'state'], [uk.end, 1, 'speaker'],
		]);
		const same = analysisWith({
			statements: [statement(0, 0, text.length, uk)],
			states: [{ name: 'United Kingdom', observer: false, mentions: [{ span: uk, line: 1, text: 'United Kingdom' }] }],
		});
		assert.deepEqual(computeTokens(same, new LineIndex(text), new Set()).map(t => TOKEN_TYPES[t.type]), ['speaker']);
	});

	it('gives a span that is both a theme cue and an institution to the institution', () => {
		const text = 'We thank the African Union.';
		const au = { start: text.indexOf('African'), end: text.indexOf('.') };
		const a = analysisWith({
			statements: [statement(1, 0, text.length, null, [au])],
			institutions: [{ id: 'au', name: 'African Union', canonical: 'African Union', acronym: 'AU', kind: 'regional-organization', learned: false, mentions: [{ span: au, line: 1, text: 'African Union' }] }],
		});
		assert.deepEqual(computeTokens(a, new LineIndex(text), new Set()).map(t => [t.char, TOKEN_TYPES[t.type]]), [[au.start, 'institution']]);
	});

	it('splits a span across lines, leaving the line breaks out', () => {
		const text = 'ab\r\ncd\nef';
		const a = analysisWith({ statements: [statement(0, 0, text.length, { start: 1, end: text.length - 1 })] });
		const tokens = computeTokens(a, new LineIndex(text), new Set([0]));
		assert.deepEqual(tokens.map(t => [t.line, t.char, t.length]), [[0, 1, 1], [1, 0, 2], [2, 0, 1]]);
		assert.ok(tokens.every(t => t.modifiers === 0b11), 'chair and annotated on every piece');
	});

	it('keeps its invariants for any spans (property)', () => {
		const line = fc.stringMatching(/^[a-z ]{0,12}$/);
		const sample = fc.record({
			lines: fc.array(line, { minLength: 1, maxLength: 6 }),
			breaks: fc.constantFrom('\n', '\r\n', '\r'),
			spans: fc.array(fc.tuple(fc.nat(80), fc.nat(30), fc.nat(3)), { maxLength: 25 }),
		});
		fc.assert(fc.property(sample, ({ lines, breaks, spans }) => {
			const text = lines.join(breaks);
			const clamp = (n: number) => Math.min(n, text.length);
			const mk = ([s, len]: [number, number, number]) => ({ start: clamp(s), end: clamp(s + len) });
			const statements = spans.filter(x => x[2] === 0).map((x, i) => statement(i, 0, text.length, mk(x)));
			const cues = spans.filter(x => x[2] === 1).map(mk);
			if (statements.length === 0) statements.push(statement(0, 0, text.length, null, cues)); else (statements[0] as { themeCues: unknown }).themeCues = cues.map(span => ({ span }));
			const mentions = spans.filter(x => x[2] >= 2).map(x => ({ span: mk(x), line: 1, text: '' }));
			const a = analysisWith({ statements, states: [{ name: 'S', observer: false, mentions }] });
			const index = new LineIndex(text);
			const tokens = computeTokens(a, index, new Set());
			for (let i = 0; i < tokens.length; i++) {
				const t = tokens[i];
				assert.ok(t.length > 0);
				assert.ok(t.char + t.length <= index.lineEnd(t.line + 1) - index.starts[t.line], 'within its line');
				assert.equal(index.starts[t.line] + t.char, t.start);
				if (i > 0) assert.ok(tokens[i - 1].start + tokens[i - 1].length <= t.start, 'sorted and disjoint');
			}
			// Every character covered by some span (outside line breaks) is covered by a token.
			const covered = new Set<number>();
			for (const t of tokens) for (let k = t.start; k < t.start + t.length; k++) covered.add(k);
			const all = [...statements.map(s => s.speaker.span), ...cues, ...mentions.map(m => m.span)];
			for (const s of all) if (s) for (let k = s.start; k < s.end; k++) if (!/[\r\n]/.test(text[k])) assert.ok(covered.has(k), `offset ${k} covered`);
			// Lookups agree with a linear scan.
			for (let off = 0; off <= text.length; off++) {
				const hit = tokenAt(tokens, off);
				const linear = tokens.find(t => t.start <= off && off < t.start + t.length) ?? tokens.find(t => t.start + t.length === off);
				if (linear) assert.ok(hit, `token at ${off}`); else assert.equal(hit, undefined);
			}
			for (let l = 0; l < lines.length + 1; l++) {
				assert.equal(firstTokenOnOrAfterLine(tokens, l), tokens.findIndex(t => t.line >= l) === -1 ? tokens.length : tokens.findIndex(t => t.line >= l));
			}
		}), { numRuns: 300 });
	});
});

describe('tokenEdits', () => {
	it('rebuilds the new array from the old one for any pair (property)', () => {
		fc.assert(fc.property(fc.array(fc.nat(5), { maxLength: 40 }), fc.array(fc.nat(5), { maxLength: 40 }), (before, after) => {
			const edits = tokenEdits(before, after);
			const rebuilt = [...before];
			for (const e of edits) rebuilt.splice(e.start, e.deleteCount, ...(e.data ?? []));
			assert.deepEqual(rebuilt, after);
			if (before.join() === after.join()) assert.equal(edits.length, 0);
		}));
	});

	it('sends only the changed middle', () => {
		assert.deepEqual(tokenEdits([1, 2, 3, 4, 5], [1, 2, 9, 4, 5]), [{ start: 2, deleteCount: 1, data: [9] }]);
	});
});

describe('workspace symbol matching', () => {
	it('ranks prefix, then substring, then letters in order, and rejects the rest', () => {
		assert.equal(matchScore('hal', 'Haldane (United Kingdom)'), 0);
		assert.equal(matchScore('united', 'Haldane (United Kingdom)'), 1);
		assert.equal(matchScore('hdn', 'Haldane'), 2);
		assert.equal(matchScore('xyz', 'Haldane'), undefined);
		assert.equal(matchScore('ndh', 'Haldane'), undefined);
	});
});
