/**
 * Every real text in ../shared/corpus analyses without error and as its kind: verbatim records
 * yield turns, coverage releases reported statements, statements of the Secretary-General no turns.
 * Skipped where the corpus is absent (it is not part of the repository).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../core/analyze';
import { checkAnalysis } from '../robustness/invariants';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus');
const KIND: Record<string, string> = { verbatim: 'verbatim-record', coverage: 'meeting-coverage', 'coverage-written': 'meeting-coverage', other: 'other' };

describe('engine on the real corpus', function () {
	before(function () { if (!existsSync(CORPUS)) this.skip(); });
	const dirs = existsSync(CORPUS) ? readdirSync(CORPUS).filter(d => KIND[d]) : [];
	for (const dir of dirs) {
		for (const file of readdirSync(join(CORPUS, dir)).filter(f => f.endsWith('.txt'))) {
			it(`${dir}/${file} is a ${KIND[dir]} with consistent spans`, () => {
				const text = readFileSync(join(CORPUS, dir, file), 'utf8');
				const a = analyze(text);
				assert.equal(a.genre, KIND[dir]);
				if (KIND[dir] !== 'other') assert.ok(a.statements.length > 0, 'no statements');
				else assert.equal(a.statements.length, 0);
				checkAnalysis(text, a);
				if (KIND[dir] === 'verbatim-record') {
					// Every turn in a verbatim record starts at a line that begins with its speaker's label.
					for (const s of a.statements) assert.ok(s.speaker.span && s.speaker.span.start === s.span.start, `line ${s.startLine}`);
				}
			});
		}
	}
});
