import assert from 'node:assert/strict';
import fc from 'fast-check';
import { attachAll, makeAnchor, TextChange } from '../annotations/anchor';
import { AnnotationFileStore } from '../annotations/store';
import { anchorUpdates, moveAttached, reattachKeeping } from '../annotations/tracking';
import { sampleAnnotation } from './helpers';
import { memoryFs } from './memoryFs';

const PATH = '/ws/t.annotations.yaml';
const words = fc.array(fc.stringMatching(/^[A-Za-z]{2,9}$/), { minLength: 40, maxLength: 120 }).map(ws => ws.join(' '));
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.string({ unit: fc.constantFrom(...'xyz QRS.\n'), maxLength: 25 }) });

function applyChange(text: string, e: { at: number; remove: number; insert: string }): { text: string; change: TextChange } {
	const at = e.at % (text.length + 1);
	const remove = Math.min(e.remove, text.length - at);
	return { text: text.slice(0, at) + e.insert + text.slice(at + remove), change: { rangeOffset: at, rangeLength: remove, text: e.insert } };
}

describe('tracking edits in the editor', () => {
	it('moves spans with edits and marks a span whose text is gone as an orphan', () => {
		const text = 'aaa bbb ccc ddd';
		const attached = attachAll(text, [{ id: 'x', anchor: makeAnchor(text, 4, 7, null) }, { id: 'y', anchor: makeAnchor(text, 12, 15, null) }]);
		const { attached: after, lost } = moveAttached(attached, [{ rangeOffset: 0, rangeLength: 0, text: 'new ' }, { rangeOffset: 16, rangeLength: 3, text: '' }]);
		assert.equal(lost, true);
		assert.deepEqual(after.map(a => a.resolution.status), ['exact', 'orphan']);
		assert.ok(after[0].resolution.status !== 'orphan' && after[0].resolution.start === 8);
	});

	it('saving writes anchors that fit the saved text; orphans keep theirs; nothing is lost', async () => {
		await fc.assert(fc.asyncProperty(words, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 3, max: 40 })), { minLength: 1, maxLength: 6 }), fc.array(edit, { maxLength: 8 }), async (original, spans, edits) => {
			const fs = memoryFs();
			const store = new AnnotationFileStore(PATH, { documentName: 't.txt', fs });
			const annotations = spans.map(([seed, len], i) => {
				const start = seed % (original.length - len);
				return { ...sampleAnnotation(`a-${i}`), anchor: makeAnchor(original, start, start + len, null) };
			});
			await store.apply(annotations.map(annotation => ({ kind: 'add' as const, annotation })));
			// Typing in the editor.
			let text = original;
			let attached = attachAll(text, store.annotations);
			for (const e of edits) {
				const step = applyChange(text, e);
				text = step.text;
				attached = moveAttached(attached, [step.change]).attached;
			}
			// Saving the text.
			const ops = anchorUpdates(text, attached);
			if (ops.length) await store.apply(ops);
			// Reading both back as a later session would.
			const reread = new AnnotationFileStore(PATH, { documentName: 't.txt', fs });
			await reread.load();
			assert.deepEqual(reread.annotations.map(a => a.id), annotations.map(a => a.id), 'an annotation was lost');
			const again = attachAll(text, reread.annotations);
			attached.forEach((tracked, i) => {
				if (tracked.resolution.status === 'orphan') {
					assert.deepEqual(reread.annotations[i].anchor, annotations[i].anchor, 'an orphan\'s anchor was rewritten');
				} else {
					const r = again[i].resolution;
					assert.equal(r.status, 'exact');
					assert.ok(r.status === 'exact' && r.start === tracked.resolution.start && r.end === tracked.resolution.end);
				}
			});
		}), { numRuns: 150 });
	});
});

describe('reattachKeeping', () => {
	it('keeps the tracked place of unchanged anchors and resolves changed or new ones', () => {
		const saved = 'alpha beta gamma delta';
		const a = { id: 'a', anchor: makeAnchor(saved, 6, 10, null) }; // beta
		const b = { id: 'b', anchor: makeAnchor(saved, 11, 16, null) }; // gamma
		const edited = 'NEW ' + saved; // unsaved typing moved everything by 4
		const tracked = moveAttached(attachAll(saved, [a, b]), [{ rangeOffset: 0, rangeLength: 0, text: 'NEW ' }]).attached;
		// A write changed b's note (same anchor) and added c.
		const c = { id: 'c', anchor: makeAnchor(edited, 21, 26, null) }; // delta, anchored in the edited text
		const result = reattachKeeping(edited, [a, { ...b }, c], tracked);
		assert.deepEqual(result.map(r => r.resolution.status === 'orphan' ? null : [r.resolution.start, r.resolution.end]), [[10, 14], [15, 20], [21, 26]]);
		assert.equal(result[0].resolution, tracked[0].resolution, 'a kept its tracked resolution');
	});
});
