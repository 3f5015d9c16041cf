import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../core/analyze';
import { sliceAgain } from '../../core/sliceAgain';

describe('mention texts shared between mentions spelled alike', () => {
	it('is always the slice, whatever the previous text (random, the same, or as long)', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'é', ' ', '\n'), maxLength: 30 });
		fc.assert(fc.property(text, fc.nat(), fc.nat(), fc.option(text, { nil: undefined }), (t, x, y, previous) => {
			const start = Math.min(x, y) % (t.length + 1), end = Math.max(start, Math.max(x, y) % (t.length + 1));
			const same = t.slice(start, end), asLong = t.slice(0, end - start);
			for (const p of [previous, same, asLong]) assert.equal(sliceAgain(t, start, end, p), same);
		}), { numRuns: 2000 });
	});

	it('keeps every mention’s own spelling in a text that varies it', () => {
		const text = 'Mr. Ruiz (Spain): Ukraine, UKRAINE and Ukraine again. The Security Council, the SECURITY COUNCIL and the Security Council.\n\nMs. Lee (Chile): Ukraine.';
		const a = analyze(text);
		const ukraine = a.states.find(s => s.name === 'Ukraine');
		assert.deepEqual(ukraine?.mentions.map(m => m.text), ['Ukraine', 'UKRAINE', 'Ukraine', 'Ukraine']);
		for (const m of [...a.states.flatMap(s => s.mentions), ...a.institutions.flatMap(i => i.mentions)]) {
			assert.equal(m.text, text.slice(m.span.start, m.span.end));
		}
	});
});
