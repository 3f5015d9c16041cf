/**
 * Annotation files the store must not trust (issue 7): unreadable, too large, invalid in ways a
 * parse test alone cannot show untouched, broken beside a healthy one, or steering a write
 * elsewhere through their contents. Each time: a clear message, the file byte for byte as it was,
 * and the rest still working.
 */
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { nodeStoreFs, StoreFs } from '../annotations/fs';
import { AnnotationFileError } from '../annotations/model';
import { annotationFileFor } from '../annotations/paths';
import { AnnotationFileStore } from '../annotations/store';
import { HAND_WRITTEN, sampleAnnotation, tempDir } from './helpers';

/** The node file system, logging every path it writes; reads (or stats) of `deny.path` fail with EACCES. */
function recordingFs(deny?: { path: string; failing: 'readFile' | 'stat' }): StoreFs & { writes: string[] } {
	const path = deny?.path, failing = deny?.failing;
	const denied = () => Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
	const writes: string[] = [];
	return {
		...nodeStoreFs,
		writes,
		stat: async p => { if (failing === 'stat' && p === path) throw denied(); return nodeStoreFs.stat(p); },
		readFile: async p => { if (failing === 'readFile' && p === path) throw denied(); return nodeStoreFs.readFile(p); },
		writeNewFile: async (p, d) => { writes.push(p); await nodeStoreFs.writeNewFile(p, d); },
		rename: async (from, to) => { writes.push(to); await nodeStoreFs.rename(from, to); },
	};
}

describe('AnnotationFileStore on files it must not trust', () => {
	let dir: string, cleanup: () => void, path: string;
	beforeEach(() => { ({ dir, cleanup } = tempDir()); path = join(dir, 'meeting.annotations.yaml'); });
	afterEach(() => cleanup());

	const storeAt = (p = path, fs?: StoreFs) => new AnnotationFileStore(p, { documentName: 'meeting.txt', fs });

	for (const failing of ['readFile', 'stat'] as const) {
		it(`gives a clear message for an unreadable file (${failing} denied) and writes nothing`, async () => {
			writeFileSync(path, HAND_WRITTEN);
			const fs = recordingFs({ path, failing });
			const state = await storeAt(path, fs).load();
			assert.ok(state.kind === 'broken', JSON.stringify(state));
			assert.match(state.message, /Cannot read .*meeting\.annotations\.yaml.*permission denied/);
			await assert.rejects(storeAt(path, fs).apply([{ kind: 'add', annotation: sampleAnnotation('a-x') }]), AnnotationFileError);
			assert.deepEqual(fs.writes, [], 'no temporary file, no rename');
			assert.equal(readFileSync(path, 'utf8'), HAND_WRITTEN);
		});
	}

	it('gives a clear message for a file without read permission on disk (skipped as root)', async function () {
		if (process.getuid?.() === 0 || process.platform === 'win32') this.skip();
		writeFileSync(path, HAND_WRITTEN);
		chmodSync(path, 0o200);
		try {
			const state = await storeAt().load();
			assert.ok(state.kind === 'broken' && /Cannot read/.test(state.message), JSON.stringify(state));
			await assert.rejects(storeAt().apply([{ kind: 'add', annotation: sampleAnnotation('a-x') }]), AnnotationFileError);
		} finally {
			chmodSync(path, 0o600);
		}
		assert.equal(readFileSync(path, 'utf8'), HAND_WRITTEN);
	});

	it('refuses to write to a 50 MB file and leaves it as it was', async () => {
		writeFileSync(path, HAND_WRITTEN);
		truncateSync(path, 50 * 1024 * 1024);
		const before = statSync(path);
		await assert.rejects(storeAt().apply([{ kind: 'add', annotation: sampleAnnotation('a-x') }]), /larger than/);
		const after = statSync(path);
		assert.equal(after.size, before.size);
		assert.equal(after.mtimeMs, before.mtimeMs);
		assert.ok(readFileSync(path).subarray(0, HAND_WRITTEN.length).equals(Buffer.from(HAND_WRITTEN)), 'the head is unchanged');
		assert.deepEqual(readdirSync(dir), ['meeting.annotations.yaml'], 'no temporary file is left');
	});

	it('never writes over a file with a wrong type or an alias bomb', async () => {
		let bomb = 'version: 1\ndocument: meeting.txt\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
		for (let i = 1; i < 12; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
		bomb += 'annotations: []\n';
		const wrongType = HAND_WRITTEN.replace('start: 10', 'start: ten');
		for (const bad of [wrongType, bomb]) {
			writeFileSync(path, bad);
			const store = storeAt();
			assert.equal((await store.load()).kind, 'broken');
			await assert.rejects(store.apply([{ kind: 'add', annotation: sampleAnnotation('a-x') }]), AnnotationFileError);
			assert.equal(readFileSync(path, 'utf8'), bad);
		}
	});

	it('keeps working for other texts beside a broken file, and for the broken one once it is fixed', async () => {
		const broken = HAND_WRITTEN.replace('themes: [peace-security]', 'themes: [peace-security');
		writeFileSync(path, broken);
		const other = storeAt(join(dir, 'other.annotations.yaml'));
		await other.apply([{ kind: 'add', annotation: sampleAnnotation('a-other') }]);
		assert.deepEqual(other.annotations.map(a => a.id), ['a-other']);
		assert.equal(readFileSync(path, 'utf8'), broken, 'the broken file is untouched');

		const store = storeAt();
		await assert.rejects(store.apply([{ kind: 'add', annotation: sampleAnnotation('a-x') }]), AnnotationFileError);
		writeFileSync(path, HAND_WRITTEN); // the user fixes the file by hand
		await store.apply([{ kind: 'add', annotation: sampleAnnotation('a-x') }]);
		assert.deepEqual(store.annotations.map(a => a.id), ['a-first', 'a-x']);
	});

	it('writes only its own file, whatever the file says: no path from its contents is followed', async () => {
		// A hostile file: `document` and every string field point elsewhere.
		const ws = join(dir, 'ws'), outside = join(dir, 'outside');
		mkdirSync(join(ws, 'texts'), { recursive: true });
		mkdirSync(outside);
		const where = annotationFileFor(join(ws, 'texts', 'meeting.txt'), 'beside', ws);
		assert.ok(!('error' in where));
		const escape = '../../outside/pwned.txt';
		writeFileSync(where.path, HAND_WRITTEN
			.replace('document: meeting.txt', `document: ${escape}`)
			.replace('reviewer: Jane', `reviewer: ${escape}`)
			.replace('Ms. Example (Ruritania)', `"${resolve(outside, 'speaker.yaml')}"`));
		const fs = recordingFs();
		const store = new AnnotationFileStore(where.path, { documentName: where.documentName, fs });
		await store.apply([{ kind: 'add', annotation: { ...sampleAnnotation('a-2'), note: escape } }]);
		await store.apply([{ kind: 'update', id: 'a-first', patch: { note: `/${escape}` } }]);
		await store.apply([{ kind: 'remove', id: 'a-2' }]);

		assert.equal(fs.writes.length, 6, 'three temporary files and three renames');
		for (const written of fs.writes) assert.equal(dirname(written), dirname(where.path), `written beside the text: ${written}`);
		assert.ok(fs.writes.filter((_, i) => i % 2 === 1).every(p => p === where.path), 'every rename lands on the annotation file itself');
		assert.deepEqual(readdirSync(outside), [], 'nothing appears outside the workspace');
		assert.deepEqual(readdirSync(join(ws, 'texts')), ['meeting.annotations.yaml']);
		assert.ok(!existsSync(join(dir, 'pwned.txt')));
	});
});
