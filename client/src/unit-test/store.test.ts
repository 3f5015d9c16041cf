import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotationFileStore } from '../annotations/store';
import { AnnotationFileError } from '../annotations/model';
import { nodeStoreFs } from '../annotations/fs';
import { HAND_WRITTEN, sampleAnnotation, tempDir } from './helpers';

describe('AnnotationFileStore', () => {
	let dir: string, cleanup: () => void, path: string;
	beforeEach(() => { ({ dir, cleanup } = tempDir()); path = join(dir, 'meeting.annotations.yaml'); });
	afterEach(() => cleanup());

	const storeAt = (p = path) => new AnnotationFileStore(p, { documentName: 'meeting.txt' });

	it('creates a new file that reads back the same annotation', async () => {
		const store = storeAt();
		assert.equal((await store.load()).kind, 'absent');
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-one') }]);
		const again = storeAt();
		const state = await again.load();
		assert.equal(state.kind, 'loaded');
		assert.deepEqual(again.annotations, [sampleAnnotation('a-one')]);
		assert.match(readFileSync(path, 'utf8'), /^document: meeting\.txt$/m);
	});

	it('reads back quotes with line breaks and spaces exactly, when added and when updated', async () => {
		// Line breaks around a lone space in a long quote (the yaml package's folded double-quoted
		// strings read this back with a backslash for the space), tabs, CRLF, edge spaces.
		const quotes = ['xxxx\n \nxxAA aA AAa aAa aaa aaaaa aaa and more words', ' lead\t\r\n  \n\n  trail ', 'a\n'.repeat(30) + ' '];
		const store = storeAt();
		await store.apply(quotes.map((quote, i) => ({ kind: 'add' as const, annotation: withQuote(sampleAnnotation(`a-${i}`), quote) })));
		assert.deepEqual((await reread()).map(a => a.anchor.quote), quotes);
		// An update writes into the existing scalar node, another path through the printer.
		const updated = quotes.map(q => q.split('').reverse().join('') + '\n \n' + q);
		await store.apply(updated.map((quote, i) => ({ kind: 'update' as const, id: `a-${i}`, patch: { anchor: { ...sampleAnnotation(`a-${i}`).anchor, quote } } })));
		assert.deepEqual((await reread()).map(a => a.anchor.quote), updated);
	});

	const withQuote = <A extends ReturnType<typeof sampleAnnotation>>(a: A, quote: string): A => ({ ...a, anchor: { ...a.anchor, quote } });
	const reread = async () => {
		const again = storeAt();
		await again.load();
		return again.annotations;
	};

	it('keeps comments, order and unknown fields when it rewrites', async () => {
		writeFileSync(path, HAND_WRITTEN);
		const store = storeAt();
		await store.load();
		await store.apply([{ kind: 'update', id: 'a-first', patch: { note: 'A clear call.' } }]);
		const text = readFileSync(path, 'utf8');
		for (const kept of ['# My notes on the meeting -- keep this comment', 'reviewer: Jane   # unknown field, must survive', '# first one', 'colour: blue # unknown field inside an annotation']) {
			assert.ok(text.includes(kept), `lost: ${kept}\n${text}`);
		}
		assert.ok(text.indexOf('reviewer') < text.indexOf('annotations:'), 'key order changed');
		assert.equal(store.annotations[0].note, 'A clear call.');
	});

	it('adding an annotation only adds lines (minimal diff)', async () => {
		writeFileSync(path, HAND_WRITTEN);
		const store = storeAt();
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-second', 'the humanitarian corridor', 80) }]);
		const after = readFileSync(path, 'utf8');
		assert.ok(after.startsWith(HAND_WRITTEN), `existing lines changed:\n${after}`);
		assert.match(after.slice(HAND_WRITTEN.length), /^ {2}- id: a-second$/m);
	});

	it('changing or removing one annotation leaves every other line as it was', async () => {
		const second = '  - id: a-second   # spaced comment\n    themes: [other]\n    anchor: {quote: q,  start: 0, end: 1}\n';
		writeFileSync(path, HAND_WRITTEN + second + '# closing comment\n');
		const store = storeAt();
		await store.apply([{ kind: 'update', id: 'a-second', patch: { stance: 'welcomes' } }]);
		const afterUpdate = readFileSync(path, 'utf8');
		assert.ok(afterUpdate.startsWith(HAND_WRITTEN), afterUpdate);
		assert.ok(afterUpdate.endsWith('# closing comment\n'));
		assert.match(afterUpdate, /stance: welcomes/);
		await store.apply([{ kind: 'remove', id: 'a-first' }]);
		const afterRemove = readFileSync(path, 'utf8');
		assert.equal(afterRemove, afterUpdate.replace(HAND_WRITTEN.slice(HAND_WRITTEN.indexOf('  - id: a-first')), ''));
	});

	it('keeps a file written at column 0 at column 0', async () => {
		const flat = HAND_WRITTEN.replace(/^ {2}/gm, '');
		writeFileSync(path, flat);
		await storeAt().apply([{ kind: 'add', annotation: sampleAnnotation('a-second') }]);
		assert.ok(readFileSync(path, 'utf8').startsWith(flat));
	});

	it('removes only the removed annotation', async () => {
		const store = storeAt();
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-1') }, { kind: 'add', annotation: sampleAnnotation('a-2') }]);
		await store.apply([{ kind: 'remove', id: 'a-1' }]);
		assert.deepEqual(store.annotations.map(a => a.id), ['a-2']);
	});

	it('never writes over a malformed file and reports where it is wrong', async () => {
		const broken = HAND_WRITTEN.replace('themes: [peace-security]', 'themes: [peace-security');
		writeFileSync(path, broken);
		const store = storeAt();
		const state = await store.load();
		assert.equal(state.kind, 'broken');
		assert.ok(state.kind === 'broken' && state.problems[0].line > 1);
		await assert.rejects(store.apply([{ kind: 'add', annotation: sampleAnnotation('a-x') }]), AnnotationFileError);
		assert.equal(readFileSync(path, 'utf8'), broken);
	});

	it('never writes over a file of an unknown version or with duplicate ids', async () => {
		for (const bad of [HAND_WRITTEN.replace('version: 1', 'version: 2'), HAND_WRITTEN + HAND_WRITTEN.slice(HAND_WRITTEN.indexOf('  - id'))]) {
			writeFileSync(path, bad);
			await assert.rejects(storeAt().apply([{ kind: 'add', annotation: sampleAnnotation('a-x') }]), AnnotationFileError);
			assert.equal(readFileSync(path, 'utf8'), bad);
		}
	});

	it('adds to a hand-made file whose annotations list is still blank', async () => {
		writeFileSync(path, '# started by hand\nversion: 1\ndocument: meeting.txt\nannotations:\n');
		const store = storeAt();
		assert.equal((await store.load()).kind, 'loaded');
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-1') }]);
		const text = readFileSync(path, 'utf8');
		assert.ok(text.startsWith('# started by hand\n'));
		assert.match(text, /^annotations:\n {2}- id: a-1$/m);
	});

	it('gives a clear message for a directory', async () => {
		mkdirSync(path);
		const state = await storeAt().load();
		assert.ok(state.kind === 'broken' && /is a directory/.test(state.message));
		await assert.rejects(storeAt().apply([{ kind: 'add', annotation: sampleAnnotation('a-x') }]), /is a directory/);
	});

	it('refuses a 50 MB file without reading it', async () => {
		writeFileSync(path, HAND_WRITTEN);
		truncateSync(path, 50 * 1024 * 1024);
		const state = await storeAt().load();
		assert.ok(state.kind === 'broken' && /larger than/.test(state.message));
	});

	it('merges an outside change made since it read the file', async () => {
		const store = storeAt();
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-mine') }]);
		// Another window adds an annotation and a comment behind the store's back.
		const other = storeAt();
		await other.apply([{ kind: 'add', annotation: sampleAnnotation('a-theirs') }]);
		writeFileSync(path, readFileSync(path, 'utf8') + '# added in another editor\n');
		const outcome = await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-later') }]);
		assert.equal(outcome.merged, true);
		assert.deepEqual(store.annotations.map(a => a.id), ['a-mine', 'a-theirs', 'a-later']);
		assert.match(readFileSync(path, 'utf8'), /# added in another editor/);
	});

	it('re-merges when the file changes between its read and its rename', async () => {
		writeFileSync(path, HAND_WRITTEN);
		let interfered = false;
		const racing = new AnnotationFileStore(path, {
			documentName: 'meeting.txt',
			fs: {
				...nodeStoreFs,
				async writeNewFile(p, data) {
					await nodeStoreFs.writeNewFile(p, data);
					if (!interfered) { // an outside write lands while our temporary file is being written
						interfered = true;
						writeFileSync(path, HAND_WRITTEN.replace('reviewer: Jane', 'reviewer: Joan'));
					}
				},
			},
		});
		await racing.apply([{ kind: 'add', annotation: sampleAnnotation('a-new') }]);
		const text = readFileSync(path, 'utf8');
		assert.ok(interfered);
		assert.match(text, /reviewer: Joan/);
		assert.match(text, /id: a-new/);
		assert.match(text, /id: a-first/);
	});

	it('gives up with a clear error, writing nothing, when the file never stops changing', async () => {
		writeFileSync(path, HAND_WRITTEN);
		let n = 0;
		const restless = new AnnotationFileStore(path, {
			documentName: 'meeting.txt',
			fs: {
				...nodeStoreFs,
				async writeNewFile(p, data) {
					await nodeStoreFs.writeNewFile(p, data);
					writeFileSync(path, HAND_WRITTEN.replace('reviewer: Jane', `reviewer: writer-${++n}`));
				},
			},
		});
		await assert.rejects(restless.apply([{ kind: 'add', annotation: sampleAnnotation('a-new') }]), /keeps changing/);
		const text = readFileSync(path, 'utf8');
		assert.match(text, new RegExp(`reviewer: writer-${n}`), 'the other writer\'s last version stays');
		assert.doesNotMatch(text, /a-new/);
		assert.deepEqual(readdirSync(dir).filter(f => f.endsWith('.tmp')), [], 'temporary files are cleaned up');
	});

	it('serializes quick successive writes so that none is lost', async () => {
		const stores = [storeAt(), storeAt(), storeAt()];
		const ids = Array.from({ length: 12 }, (_, i) => `a-${i}`);
		await Promise.all(ids.map((id, i) => stores[i % 3].apply([{ kind: 'add', annotation: sampleAnnotation(id) }])));
		const check = storeAt();
		await check.load();
		assert.deepEqual(check.annotations.map(a => a.id).sort(), [...ids].sort());
	});

	it('replaces the file atomically: a reader never sees a torn file', async () => {
		const store = storeAt();
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-0') }]);
		let reading = true, reads = 0;
		const failures: string[] = [];
		const reader = (async () => {
			while (reading) {
				const result = await storeAt().load();
				reads++;
				if (result.kind !== 'loaded') failures.push(JSON.stringify(result));
				await new Promise(resolve => setImmediate(resolve));
			}
		})();
		for (let i = 1; i <= 30; i++) await store.apply([{ kind: 'add', annotation: sampleAnnotation(`a-${i}`, 'x'.repeat(2000), i) }]);
		reading = false;
		await reader;
		assert.ok(reads > 0);
		assert.deepEqual(failures, []);
		assert.equal(store.annotations.length, 31);
	});

	it('writes the target only by rename, never in place', async () => {
		const written: string[] = [];
		const store = new AnnotationFileStore(path, {
			documentName: 'meeting.txt',
			fs: { ...nodeStoreFs, writeNewFile: async (p, d) => { written.push(p); await nodeStoreFs.writeNewFile(p, d); } },
		});
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-1') }]);
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-2') }]);
		assert.equal(written.length, 2);
		assert.ok(written.every(p => p !== path && p.startsWith(dir) && p.endsWith('.tmp')));
	});

	it('reports an update of an annotation removed meanwhile instead of inventing it', async () => {
		const store = storeAt();
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-1') }]);
		await storeAt().apply([{ kind: 'remove', id: 'a-1' }]);
		const outcome = await store.apply([{ kind: 'update', id: 'a-1', patch: { note: 'x' } }]);
		assert.equal(outcome.written, false);
		assert.equal(outcome.results[0].applied, false);
		assert.match(outcome.results[0].reason ?? '', /no longer/);
	});
});

describe('AnnotationFileStore with other encodings of lines', () => {
	let dir: string, cleanup: () => void;
	beforeEach(() => ({ dir, cleanup } = tempDir()));
	afterEach(() => cleanup());

	it('keeps CRLF line ends and changes only added lines', async () => {
		const path = join(dir, 'm.annotations.yaml');
		const crlf = HAND_WRITTEN.replace(/\n/g, '\r\n');
		writeFileSync(path, crlf);
		const store = new AnnotationFileStore(path, { documentName: 'm.txt' });
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-crlf') }]);
		const after = readFileSync(path, 'utf8');
		assert.ok(after.startsWith(crlf));
		assert.equal(after.replace(/\r\n/g, '').includes('\n'), false, 'a bare LF crept in');
		assert.deepEqual(store.annotations.map(a => a.id), ['a-first', 'a-crlf']);
	});

	it('reads and rewrites a file that starts with a byte order mark', async () => {
		const path = join(dir, 'b.annotations.yaml');
		writeFileSync(path, '\uFEFF' + HAND_WRITTEN);
		const store = new AnnotationFileStore(path, { documentName: 'b.txt' });
		assert.equal((await store.load()).kind, 'loaded');
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-bom') }]);
		assert.deepEqual(store.annotations.map(a => a.id), ['a-first', 'a-bom']);
	});
});
