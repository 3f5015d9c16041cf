/**
 * The engine on any text (issue 7): random, mutated and hostile inputs never make `analyze`
 * throw, and its result always satisfies the structural invariants of `checkAnalysis`.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../core/analyze';
import { adversarialTexts, baseTexts, REPO_ROOT } from './inputs';
import { checkAnalysis } from './invariants';

/** Pieces that trigger the engine's patterns: labels, parentheses, line breaks, symbols, cues. */
const PIECES = [
	'Mr. ', 'Mrs. ', 'Ms. ', 'The President', 'The Secretary-General', ' (spoke in French)', ': ', ':', '(', ')',
	'France', 'United States of America', 'African Group', 'speaking on behalf of ', 'on behalf of the ', 'European Union',
	'Security Council', 'General Assembly', 'UNSMLC', ' (UNSMLC)', 'S/PV.9901', 'A/79/PV.29', 'resolution 2719 (2024)',
	'we welcome ', 'condemns ', 'is deeply concerned ', 'calls for ', 'in favour', 'against', 'abstaining', 'Agenda',
	'The meeting rose at 1 p.m.', '\n', '\r\n', '\r', '\n\n', ' ', '. ', '\t', '\u00a0', '\u2019', '\u200f', 'é', 'ß', '\0', '\uFFFD',
];

const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map(parts => parts.join(''));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map(c => String.fromCharCode(c));
const anyText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 3000 }),
	fc.string({ unit: 'grapheme', maxLength: 3000 }),
	fc.array(fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 20 }), loneSurrogate, fc.constantFrom(...PIECES)), { maxLength: 300 }).map(a => a.join('')),
	pieceText,
);

type Mutation = { kind: 'insert' | 'delete' | 'duplicate' | 'breaks'; at: number; length: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
	kind: fc.constantFrom('insert', 'delete', 'duplicate', 'breaks'),
	at: fc.double({ min: 0, max: 1, noNaN: true }),
	length: fc.nat({ max: 2000 }),
	text: anyText,
});

/** Applies one edit of the kind a damaged or hand-edited file shows. */
function mutate(text: string, m: Mutation): string {
	const at = Math.floor(m.at * text.length);
	const end = Math.min(text.length, at + m.length);
	switch (m.kind) {
		case 'insert': return text.slice(0, at) + m.text + text.slice(at);
		case 'delete': return text.slice(0, at) + text.slice(end);
		case 'duplicate': return text.slice(0, end) + text.slice(at, end) + text.slice(end);
		case 'breaks': return text.slice(0, at) + text.slice(at, end).replace(/\r\n|\n/g, m.length % 2 ? '\r' : '\r\n') + text.slice(end);
	}
}

function analyzeChecked(text: string): void {
	checkAnalysis(text, analyze(text));
}

describe('robustness: engine on any text', function () {
	this.timeout(120_000);

	describe('adversarial inputs', () => {
		for (const [name, text] of Object.entries(adversarialTexts())) {
			it(`analyses ${name} without throwing, with a consistent result`, () => analyzeChecked(text));
		}
	});

	it('analyses random strings', () => {
		fc.assert(fc.property(anyText, analyzeChecked), { numRuns: 300 });
	});

	it('analyses mutated sample and corpus texts (insert, delete, duplicate slices, change line breaks)', () => {
		const bases = baseTexts();
		assert.ok(bases.length > 0);
		const mutated = fc.tuple(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
			.map(([i, ms]) => ms.reduce(mutate, bases[i]));
		fc.assert(fc.property(mutated, analyzeChecked), { numRuns: 150 });
	});

	it('analyses every base text whole, cut at any point, and with every line break style', () => {
		for (const text of baseTexts(Infinity)) {
			analyzeChecked(text);
			analyzeChecked(text.slice(0, text.length >> 1));
			analyzeChecked(text.slice(text.length >> 1));
			analyzeChecked(text.replace(/\r?\n/g, '\r\n'));
			analyzeChecked(text.replace(/\r?\n/g, '\r'));
		}
	});

	it('gives the same result on the first call in a fresh process as on the second', () => {
		// Lazily built or memoised engine state must not change results: only a new process sees
		// the very first call, so the check runs in a child that analyses each text twice in a row.
		const texts = [
			'The President: I give the floor to Mr. Tavi.\n\nMr. Tavi (Eastland): We thank the Eastland Harm Reduction Network and the Greenhill Foundation for their work with the Security Council.\n',
			...baseTexts(0).slice(-3),
		];
		const script = `
			const { analyze } = require(${JSON.stringify(path.join(REPO_ROOT, 'server/src/core/analyze.ts'))});
			const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));
			const differing = texts.map((t, i) => JSON.stringify(analyze(t)) === JSON.stringify(analyze(t)) ? -1 : i).filter(i => i >= 0);
			process.stdout.write(JSON.stringify(differing));`;
		const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: REPO_ROOT, input: JSON.stringify(texts), encoding: 'utf8' });
		assert.equal(child.status, 0, child.stderr);
		assert.deepEqual(JSON.parse(child.stdout), [], 'texts whose first and second analyses differ (indices)');
	});

	it('gives the same result for the same text twice (no state leaks between calls)', () => {
		const bases = baseTexts(4);
		fc.assert(fc.property(fc.oneof(anyText, fc.constantFrom(...bases)), text => {
			const first = JSON.stringify(analyze(text));
			analyze(`${text}\nMr. Other (Elsewhere): interference.\n`);
			assert.equal(JSON.stringify(analyze(text)), first);
		}), { numRuns: 60 });
	});
});
