/**
 * Re-analysis after an edit: whenever `reanalyze` answers, its analysis is the one a full
 * `analyze` of the edited text gives (random edits of our samples and, where present, of the real
 * verbatim records), and the line index it carries is the one built from scratch. It must also
 * answer for what it exists for: typing inside a long speech.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../core/analyze';
import { AnalyzedText, reanalyze } from '../../core/incremental';
import { mergeEdits, textDifference } from '../../core/textEdit';
import { LineIndex } from '../../core/lines';
import { builtinVocabulary } from '../../core/vocabulary';

const ROOT = resolve(__dirname, '../../../..');
const CORPUS = resolve(ROOT, '../shared/corpus/verbatim');

function records(): { name: string; text: string }[] {
	const out = ['s-pv-9901.txt', 'a-49-pv-88.txt'].map(f => ({ name: f, text: readFileSync(join(ROOT, 'samples', f), 'utf8') }));
	if (existsSync(CORPUS)) {
		for (const f of readdirSync(CORPUS).filter(f => f.endsWith('.txt')).sort().slice(0, 12)) {
			out.push({ name: f, text: readFileSync(join(CORPUS, f), 'utf8') });
		}
	}
	return out;
}

function analyzed(text: string): AnalyzedText {
	return { text, analysis: analyze(text), lines: new LineIndex(text) };
}

/** Replaces [at, at + remove) of `text` with `insert`. */
function edited(text: string, at: number, remove: number, insert: string): string {
	return text.slice(0, at) + insert + text.slice(Math.min(text.length, at + remove));
}

const INSERTS = ['x', ' ', 'e', ', ', '.', '\n', '\r\n', 'the ', 'United Nations ', 'Security Council', 'France', 'Mr. Smith (France):',
	'(UNDP)', '-', 'peace', 'MINUSCA', '\n\n', 'Council', 'Africa', 'on behalf of the African Group', 'The meeting rose at 1 p.m.', 'condemn'];

describe('incremental re-analysis', function () {
	this.timeout(120_000);
	const texts = records().map(r => ({ ...r, before: analyzed(r.text) }));

	it('equals a full analysis whenever it answers (random edits inside statements)', () => {
		let answered = 0;
		fc.assert(fc.property(
			fc.nat(), fc.nat(), fc.nat(), fc.nat({ max: 20 }), fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 6 })),
			(which, statement, offset, remove, insert) => {
				const { text, before } = texts[which % texts.length];
				const st = before.analysis.statements[statement % before.analysis.statements.length];
				const at = st.span.start + (offset % (st.span.end - st.span.start));
				const after = edited(text, at, remove, insert);
				const difference = textDifference(text, after);
				if (!difference) return;
				// As the server passes it: with the new characters, so that the new text is read nowhere else.
				const edit = { ...difference, text: after.slice(difference.start, difference.newEnd) };
				const result = reanalyze(before, after, edit, builtinVocabulary());
				if (!result) return;
				answered++;
				assert.deepEqual(result.analysis, analyze(after));
				assert.deepEqual(Array.from(result.lines.starts), Array.from(new LineIndex(after).starts));
			}), { numRuns: 300, seed: 20261126 });
		// Most random edits land in speech; far fewer than half answering would mean it never helps.
		assert.ok(answered > 100, `answered ${answered} of 300`);
	});

	it('answers for a letter typed inside a long speech, and moves what follows', () => {
		for (const { name, text, before } of texts) {
			const statements = before.analysis.statements;
			const long = statements.findIndex((s, i) => i < statements.length - 1 && s.span.end - s.span.start > 3000);
			if (long < 0) continue;
			const s = statements[long];
			// The middle of a word in the middle of the speech.
			let at = (s.span.start + s.span.end) >> 1;
			while (!/[a-z]/.test(text[at - 1] ?? '') || !/[a-z]/.test(text[at] ?? '')) at++;
			const after = edited(text, at, 0, 'q');
			const result = reanalyze(before, after, textDifference(text, after)!, builtinVocabulary());
			assert.ok(result, `${name}: no incremental answer for a letter typed at ${at}`);
			assert.equal(result.statement, long);
			assert.equal(result.analysis.statements[long + 1].span.start, statements[long + 1].span.start + 1);
			assert.deepEqual(result.analysis, analyze(after));
		}
	});

	it('reads the new text only through the edit (an edited string would be copied whole on a read)', () => {
		let checked = 0;
		for (const { text, before } of texts) {
			for (const s of before.analysis.statements.filter(st => st.span.end - st.span.start > 400).slice(0, 5)) {
				const at = s.span.start + 300;
				const after = edited(text, at, 2, 'qq ');
				const difference = textDifference(text, after)!;
				const edit = { ...difference, text: after.slice(difference.start, difference.newEnd) };
				// The same length, nothing right: any other read would show in the result.
				const decoy = '\u0000'.repeat(after.length);
				const result = reanalyze(before, decoy, edit, builtinVocabulary());
				if (!result) continue;
				checked++;
				assert.deepEqual(result.analysis, analyze(after));
			}
		}
		assert.ok(checked >= 5, `only ${checked} edits answered`);
	});

	it('leaves edits that move a turn boundary to a full analysis', () => {
		const { text, before } = texts[0];
		const s = before.analysis.statements[1];
		// A new speaker label inside a speech opens a new turn.
		const at = text.indexOf('\n', s.span.start) + 1;
		assert.ok(at > 0 && at < s.span.end, 'the sample statement has a second line');
		const after = edited(text, at, 0, 'Mr. Smith (France): I agree.\n');
		assert.equal(reanalyze(before, after, textDifference(text, after)!, builtinVocabulary()), null);
	});

	it('keeps line starts for any edit of any text with any line breaks', () => {
		fc.assert(fc.property(
			fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\r\n'), maxLength: 40 }),
			fc.nat(), fc.nat({ max: 6 }), fc.string({ unit: fc.constantFrom('b', '\n', '\r'), maxLength: 4 }),
			(text, at, remove, insert) => {
				const p = text.length ? at % (text.length + 1) : 0;
				const after = edited(text, p, remove, insert);
				const end = Math.min(text.length, p + remove);
				const moved = LineIndex.afterEdit(new LineIndex(text), after, p, end, p + insert.length);
				const fresh = new LineIndex(after);
				assert.deepEqual(Array.from(moved.starts), Array.from(fresh.starts));
				for (let l = 1; l <= fresh.lineCount; l++) {
					// A line ends before its break: LF, lone CR, or both characters of CRLF.
					const next = l < fresh.lineCount ? fresh.starts[l] : after.length + 1;
					const end = l < fresh.lineCount ? next - (after.slice(next - 2, next) === '\r\n' ? 2 : 1) : after.length;
					assert.equal(fresh.lineEnd(l), end, `end of line ${l}`);
					assert.equal(moved.lineEnd(l), end, `end of line ${l} after the edit`);
				}
			}), { numRuns: 2000 });
	});

	it('merges two edits into one that covers both', () => {
		fc.assert(fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.nat({ max: 5 }), fc.string({ maxLength: 5 }), fc.nat(), fc.nat({ max: 5 }), fc.string({ maxLength: 5 }),
			(text, a, ra, ia, b, rb, ib) => {
				const s1 = a % (text.length + 1), e1 = Math.min(text.length, s1 + ra);
				const middle = text.slice(0, s1) + ia + text.slice(e1);
				const s2 = b % (middle.length + 1), e2 = Math.min(middle.length, s2 + rb);
				const after = middle.slice(0, s2) + ib + middle.slice(e2);
				const m = mergeEdits(text, { start: s1, oldEnd: e1, newEnd: s1 + ia.length, text: ia }, s2, e2, ib);
				// Outside the merged stretch the old and the new text agree; inside it is the merged text.
				assert.equal(text.slice(0, m.start), after.slice(0, m.start));
				assert.equal(text.slice(m.oldEnd), after.slice(m.newEnd));
				assert.equal(m.text, after.slice(m.start, m.newEnd));
			}));
	});

	it('finds the one stretch two texts differ in', () => {
		fc.assert(fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, x, y, b) => {
			const before = a + x + b, after = a + y + b;
			const d = textDifference(before, after);
			if (before === after) return assert.equal(d, null);
			assert.ok(d);
			assert.equal(before.slice(0, d.start) + after.slice(d.start, d.newEnd) + before.slice(d.oldEnd), after);
			assert.ok(d.start >= 0 && d.oldEnd <= before.length && d.newEnd - d.start === after.length - before.length + d.oldEnd - d.start);
		}));
	});
});
