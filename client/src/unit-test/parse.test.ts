import assert from 'node:assert/strict';
import { parseAnnotationFile } from '../annotations/parse';
import { MAX_FILE_BYTES } from '../annotations/model';
import { describePath, pointerToPath } from '../annotations/validate';
import { HAND_WRITTEN } from './helpers';

function errorsOf(text: string) {
	const result = parseAnnotationFile(text);
	assert.equal(result.ok, false, 'expected the file to be rejected');
	return result.problems.filter(p => p.severity === 'error');
}

describe('parseAnnotationFile', () => {
	it('reads a hand-written file with comments and unknown fields', () => {
		const result = parseAnnotationFile(HAND_WRITTEN);
		assert.ok(result.ok);
		assert.equal(result.annotations.length, 1);
		const [a] = result.annotations;
		assert.equal(a.id, 'a-first');
		assert.deepEqual(a.themes, ['peace-security']);
		assert.equal(a.stance, 'calls-for');
		assert.equal(a.anchor.quote, 'We call for a ceasefire');
		assert.equal(a.anchor.prefix, 'said: ');
	});

	it('reads an empty file as no annotations', () => {
		const result = parseAnnotationFile('');
		assert.ok(result.ok);
		assert.equal(result.annotations.length, 0);
	});

	it('reports malformed YAML with its line and column', () => {
		const text = 'version: 1\ndocument: x.txt\nannotations:\n  - id: a\n    themes: [peace\n';
		const [first] = errorsOf(text);
		assert.ok(first.line >= 5, `line ${first.line}`);
		assert.ok(first.column >= 1);
	});

	it('places a wrong type on the offending node', () => {
		const text = 'version: 1\ndocument: x.txt\nannotations:\n  - id: a-1\n    themes: [peace]\n    stance: furious\n    anchor: {quote: q, start: 0, end: 1}\n';
		const errors = errorsOf(text);
		const stance = errors.find(e => e.message.includes('stance'));
		assert.ok(stance, JSON.stringify(errors));
		assert.equal(stance.line, 6);
		assert.equal(stance.column, 13);
	});

	it('rejects numbers where strings belong and strings where numbers belong', () => {
		const errors = errorsOf('version: 1\ndocument: x.txt\nannotations:\n  - id: a-1\n    themes: [peace]\n    anchor: {quote: q, start: "zero", end: 1}\n');
		assert.ok(errors.some(e => e.message.includes('anchor.start') && e.line === 6));
	});

	it('rejects an unknown version and says which it reads', () => {
		const [error] = errorsOf('version: 7\ndocument: x.txt\nannotations: []\n');
		assert.match(error.message, /version 7/);
		assert.equal(error.line, 1);
	});

	it('rejects duplicate ids, pointing at the second', () => {
		const item = (line: string) => `  - id: a-dup\n    themes: [peace]\n    anchor: {quote: ${line}, start: 0, end: 1}\n`;
		const errors = errorsOf(`version: 1\ndocument: x.txt\nannotations:\n${item('one')}${item('two')}`);
		const dup = errors.find(e => /Duplicate/.test(e.message));
		assert.ok(dup);
		assert.equal(dup.line, 7);
		assert.equal(dup.annotationId, 'a-dup');
	});

	it('rejects an anchor whose end is before its start', () => {
		const errors = errorsOf('version: 1\ndocument: x.txt\nannotations:\n  - id: a\n    themes: [p]\n    anchor: {quote: q, start: 5, end: 1}\n');
		assert.ok(errors.some(e => /before its start/.test(e.message)));
	});

	it('refuses an alias bomb without expanding it', () => {
		let text = 'version: 1\ndocument: x.txt\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
		for (let i = 1; i < 12; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
		text += 'annotations: []\n';
		const errors = errorsOf(text);
		assert.ok(errors.some(e => /alias/i.test(e.message)), JSON.stringify(errors));
	});

	it('refuses text over the size cap', () => {
		const big = 'version: 1\ndocument: x.txt\nannotations: []\n# ' + 'x'.repeat(MAX_FILE_BYTES) + '\n';
		const [error] = errorsOf(big);
		assert.match(error.message, /larger than/);
	});

	it('rejects a file that is not a mapping', () => {
		assert.ok(errorsOf('- just\n- a list\n').length > 0);
	});
});

describe('schema error paths', () => {
	it('reads JSON pointers, escapes included, and names them readably', () => {
		assert.deepEqual(pointerToPath('/annotations/0/anchor/a~1b~0c'), ['annotations', 0, 'anchor', 'a/b~c']);
		assert.deepEqual(pointerToPath(''), []);
		assert.equal(describePath(['annotations', 3, 'anchor', 'start']), 'annotations[3].anchor.start');
		assert.equal(describePath([]), 'the file');
	});
});

describe('annotation places', () => {
	it('gives the line and column of each annotation id', () => {
		const result = parseAnnotationFile(HAND_WRITTEN + '  - id: a-two\n    themes: [x]\n    anchor: {quote: q, start: 0, end: 1}\n');
		assert.ok(result.ok);
		assert.deepEqual([result.places.get('a-first')?.line, result.places.get('a-first')?.column], [7, 9]);
		assert.equal(result.places.get('a-two')?.line, 18);
	});
});
