import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportAnnotations } from '../annotations/exportFiles';
import { AnnotationFileError } from '../annotations/model';
import { tempDir } from './helpers';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');

describe('exportAnnotations', () => {
	let dir: string, cleanup: () => void;
	beforeEach(() => ({ dir, cleanup } = tempDir()));
	afterEach(() => cleanup());

	it('exports the sample annotations as CSV, one row per theme', async () => {
		const csv = await exportAnnotations([{ path: join(SAMPLES, 's-pv-9901.txt'), name: 's-pv-9901.txt' }], 'csv');
		const lines = csv.trim().split('\r\n');
		assert.equal(lines[0], 'file,speaker,affiliation,theme,stance,note,quote');
		assert.ok(lines.some(l => l.startsWith('s-pv-9901.txt,Mr. Jilani,Pakistan,peacekeeping,concerned,')), lines.join('\n'));
		assert.ok(lines.length > 6);
	});

	it('exports JSON-LD whose targets are file URLs of the texts', async () => {
		const json = JSON.parse(await exportAnnotations([{ path: join(SAMPLES, 'press-release-9901.txt') }], 'jsonld'));
		assert.equal(json.type, 'AnnotationCollection');
		assert.ok(json.total >= 3);
		assert.ok(json.first.items.every((i: { target: { source: string } }) => i.target.source.startsWith('file://') && i.target.source.endsWith('press-release-9901.txt')));
	});

	it('contributes nothing for a text without annotations', async () => {
		const text = join(dir, 'plain.txt');
		writeFileSync(text, 'Nothing here.');
		assert.equal(await exportAnnotations([{ path: text }], 'csv'), 'file,speaker,affiliation,theme,stance,note,quote\r\n');
	});

	it('names the malformed file and its line instead of leaving it out', async () => {
		const text = join(dir, 'm.txt');
		copyFileSync(join(SAMPLES, 'press-release-9901.txt'), text);
		writeFileSync(join(dir, 'm.annotations.yaml'), 'version: 1\ndocument: m.txt\nannotations:\n  - id: a\n    themes: [x\n');
		await assert.rejects(exportAnnotations([{ path: text }], 'csv'), (error: unknown) => error instanceof AnnotationFileError && /m\.annotations\.yaml:\d+:\d+: /.test(error.message));
	});
});
