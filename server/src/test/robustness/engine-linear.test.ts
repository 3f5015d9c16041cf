/**
 * Analysis time stays linear on the worst input of each pattern family (issue 7): when the
 * input grows 4×, the time grows well under the 16× of quadratic work. Each measurement keeps the
 * least CPU time of interleaved runs (growth.ts); one retry absorbs what noise is left, and a real
 * quadratic path fails both measurements.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../core/analyze';
import { describeGrowth, Growth, measureGrowth, repeatTo } from './growth';
import { baseTexts } from './inputs';

/** Linear is 4; quadratic is 16; the margin covers garbage collection and cache effects. */
const MAX_RATIO = 6;

function growthWithRetry(make: (length: number) => string, fn: (text: string) => unknown): Growth {
	const first = measureGrowth(make, fn);
	if (first.ratio < MAX_RATIO) return first;
	const second = measureGrowth(make, fn);
	return second.ratio < first.ratio ? second : first;
}

const realText = baseTexts(8).join('\n\n');

/** Worst-case generators by pattern family: each makes a text of the requested length. */
const FAMILIES: Record<string, (length: number) => string> = {
	'repeated speaker labels on one line': n => repeatTo('Mr. X (France): ', n),
	'repeated speaker labels, one per line': n => repeatTo('Mr. X (France): \n', n),
	'a label that never closes its colon': n => repeatTo('Mr. Xavier Yves Zoltan Abel ', n),
	'long runs of capitalised words': n => repeatTo('Permanent Mission Of The United Nations Organization ', n),
	'long runs of capitalised words with a lone acronym': n => `${repeatTo('Special Committee On Peaceful Settlement ', n - 8)} (SCOPS)`,
	'long parenthesis runs': n => repeatTo('((((', n),
	'nested parentheses with words': n => repeatTo('(Mr. A (B (C ', n),
	'many "(" without ")"': n => repeatTo('Mr. X (France ', n),
	'long lines without breaks (real text joined)': n => repeatTo(realText.replace(/\r?\n|\r/g, ' '), n),
	'real text with its line breaks': n => repeatTo(realText, n),
	'blank lines only': n => repeatTo('\n', n),
	'lone CRs between words': n => repeatTo('The President\r', n),
	'dotted leaders without an end': n => `President: Ms. V ${repeatTo('. ', n)}`,
	'"speaking on behalf of" chains': n => repeatTo('speaking on behalf of the Group of ', n),
	'vote lists without end': n => `In favour: ${repeatTo('Eastland, ', n)}`,
};

describe('robustness: analysis time grows linearly (size-doubling)', function () {
	this.timeout(300_000);

	it('detects quadratic work (the measurement itself can fail)', () => {
		// Reads the rest of the text, character by character in JavaScript, from every 512th
		// character: O(n²/512) at a constant cost per step (a native indexOf can hide the square
		// behind memory bandwidth and read as linear on a busy machine). Its ratio is about 16, far
		// above MAX_RATIO; the same measurement (least CPU time of interleaved runs) as the checks below.
		const quadratic = (text: string): number => {
			let sum = 0;
			for (let i = 0; i < text.length; i += 512) for (let j = i; j < text.length; j++) sum += text.charCodeAt(j);
			return sum;
		};
		const g = measureGrowth(n => repeatTo('abc ', n), quadratic);
		assert.ok(g.ratio >= MAX_RATIO, `a quadratic scan should exceed the ratio: ${describeGrowth(g)}`);
	});

	for (const [family, make] of Object.entries(FAMILIES)) {
		it(`stays linear on ${family}`, () => {
			const g = growthWithRetry(make, text => analyze(text));
			assert.ok(g.ratio < MAX_RATIO, `time grew super-linearly: ${describeGrowth(g)}`);
		});
	}
});
