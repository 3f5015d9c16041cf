import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AnnotationOp } from '../annotations/edit';
import { Annotation, STANCE_IDS } from '../annotations/model';
import { AnnotationFileStore } from '../annotations/store';
import { HAND_WRITTEN, sampleAnnotation } from './helpers';
import { memoryFs } from './memoryFs';

const PATH = '/ws/m.annotations.yaml';
const text = fc.string({ unit: fc.constantFrom(...'ab :#-"\'\n\t{}[]é,'), maxLength: 20 });

/** Random ops on ids a-0 … a-5, with notes and quotes full of YAML-significant characters. */
const op = fc.oneof(
	fc.record({ kind: fc.constant('add' as const), n: fc.nat(5), quote: text.filter(q => q.length > 0), note: fc.option(text) }),
	fc.record({ kind: fc.constant('update' as const), n: fc.nat(5), note: fc.option(text), stance: fc.option(fc.constantFrom(...STANCE_IDS)) }),
	fc.record({ kind: fc.constant('remove' as const), n: fc.nat(5) }),
);

describe('AnnotationFileStore properties', () => {
	it('after any sequence of edits the file holds exactly what the edits say, comments intact', async () => {
		await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 12 }), fc.boolean(), async (ops, handWritten) => {
			const fs = memoryFs();
			if (handWritten) fs.files.set(PATH, HAND_WRITTEN);
			const store = new AnnotationFileStore(PATH, { documentName: 'm.txt', fs });
			await store.load();
			const model = new Map<string, Annotation>(store.annotations.map(a => [a.id, a]));
			for (const o of ops) {
				const id = `a-${o.n}`;
				let edit: AnnotationOp;
				if (o.kind === 'add') edit = { kind: 'add', annotation: { ...sampleAnnotation(id, o.quote), note: o.note || null } };
				else if (o.kind === 'update') edit = { kind: 'update', id, patch: { note: o.note || null, stance: o.stance } };
				else edit = { kind: 'remove', id };
				const had = model.has(id);
				const outcome = await store.apply([edit]);
				assert.equal(outcome.results[0].applied, o.kind === 'add' ? !had : had, `${o.kind} ${id}`);
				// The model: what the op should do.
				if (o.kind === 'add' && !model.has(id)) model.set(id, (edit as { annotation: Annotation }).annotation);
				else if (o.kind === 'update' && model.has(id)) model.set(id, { ...model.get(id)!, note: o.note || null, stance: o.stance ?? null });
				else if (o.kind === 'remove') model.delete(id);
			}
			const reread = new AnnotationFileStore(PATH, { documentName: 'm.txt', fs });
			const state = await reread.load();
			if (!model.size && !fs.files.has(PATH)) return;
			assert.equal(state.kind, 'loaded', JSON.stringify(state));
			assert.deepEqual(reread.annotations.map(a => [a.id, a.note, a.stance, a.anchor.quote]), [...model.values()].map(a => [a.id, a.note, a.stance, a.anchor.quote]));
			if (handWritten) assert.ok(fs.files.get(PATH)!.startsWith('# My notes on the meeting -- keep this comment\nversion: 1\ndocument: meeting.txt\nreviewer: Jane   # unknown field, must survive\n'));
		}), { numRuns: 150 });
	});
});
